"""Telling body text from page furniture, and cutting body text into sentences."""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?:\s*[^\w\s.!?\"'”’)\]]{1,3})*$")  # "... went live. 🎉"
WORDS_IN_A_BODY_LINE = 25
WORDS_IN_A_HEADLINE = 16
WORDS_CUT_OFF = 8
SPEECH_BEFORE_COLON = re.compile(r"\b(?:said|says|told|tells|added|adds|explained|explains|wrote|writes)\b[^:]*:$")
# "• 12:20 – February 2015: the government sends in commissioners", "[09:30] October 2012: the improvement notice": a
# podcast's timestamp or a live blog's time
CLOCK_TIME = re.compile(r"^([-*•]\s+)?(?:\d{1,2}:\d{2}(?::\d{2})?\s+[-–—]\s+|\[\d{1,2}:\d{2}(?::\d{2})?\]\s+)")
# "... for the first time.[10] In November 2025 ...", "[citation needed]": an encyclopaedia's footnote marks,
# which would hide the end of a sentence
FOOTNOTE_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|citation needed|clarification needed|when\?|edit)\]")
# "3.1 Since 1 August 2017, children's services ...": a council report's paragraph number, no part of its sentence
PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z\"'‘“(])")
# "^ "Manchester children's services rated inadequate". Manchester Evening Record. 2 September 2014.": a source
# cited, not the article's words
CITED_SOURCE = re.compile(r"^(?:•\s+)?\^\s")
WORDS_BEFORE_A_FOOTER = 60  # a standfirst's length: tags under it are the header's furniture
TAGS = re.compile(r"(?:tags|topics|categories|filed\s+under)\s*:", re.IGNORECASE)
WORDS_BEFORE_A_LIST = 3  # "The grades were:" introduces the short lines after it


@dataclass(frozen=True)
class Rules:
    caption: tuple[re.Pattern[str], ...]
    related: tuple[re.Pattern[str], ...]
    footer: tuple[re.Pattern[str], ...]
    abbreviations: frozenset[str]
    lettered: frozenset[str]


@cache
def rules() -> Rules:
    data = tomllib.loads(resources.files("cskg.loaders").joinpath("data/boilerplate.toml").read_text("utf-8"))
    compiled = {key: tuple(re.compile(p, re.IGNORECASE) for p in data[key]) for key in ("caption", "related", "footer")}
    return Rules(abbreviations=frozenset(data["abbreviations"]), lettered=frozenset(data["lettered"]), **compiled)


def is_sentence_like(line: str) -> bool:
    """Body text ends like a sentence; headlines, menu items and prices do not."""
    words = len(line.split())
    # a long list item ("• Inspectors return for a short inspection in June 2022; the report ... kept the
    # service at good") is prose without its full stop
    # ... and a speaker cut off in a transcript ("DEV: OK, so we did invite ... to come on the show -") said it
    # ... and a sentence that hands over to a quote ("The council's director, Lena Okafor, told us staff deserve the credit:")
    return bool(SENTENCE_END.search(line.strip())) or words >= WORDS_IN_A_BODY_LINE or (
        words >= WORDS_CUT_OFF and bool(SPEECH_BEFORE_COLON.search(line.strip()))) or (
        line.startswith("• ") and words >= WORDS_IN_A_HEADLINE) or (
        words >= WORDS_CUT_OFF and bool(re.search(r"\s[-–—]$", line.strip()))) or (
        # a post that ends on emoji or hashtags: "... and we are OUTSTANDING overall 🎉🎉", "... #ProudOfDorset"
        words >= WORDS_CUT_OFF and SOCIAL_TAIL.search(line.strip()) is not None)


SOCIAL_TAIL = re.compile(r"\w(?:\s+(?:#\w+|[^\w\s.,;:!?\"'“”‘’()\[\]&£$%/*+=<>|-]{1,4}))+$")


# A transcript's turn: "SIAN: Outstanding news, technically.", "PRIYA CHANDRAN: ..."
# (or a webcast's, after its time and with a post: "[00:41:15] DIANE BENN (Group Director, Children and Education): ...")
SPEAKER = re.compile(r"^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})(?:\s*\([^()]{1,80}\))?\s*:\s+(?=\S)")


# An exported chat's message: its time and sender, then what was said
CHAT_MESSAGE = re.compile(r"^\[?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]?\s*(?:-\s*)?[^:]{1,40}:\s+(?=\S)")


def _speakers(lines: list[str]) -> set[str]:
    """The labels that open two or more lines: speakers, not a round-up's "KENT:" said once."""
    labels = Counter(said.group(1) for line in lines if (said := SPEAKER.match(line.strip())))
    return {label for label, count in labels.items() if count >= 2}


# "1.20pm", "12:45", "9.02 am": a live blog's entry time, on a line of its own
ENTRY_TIME = re.compile(r"^\W*(\d{1,2})[.:](\d{2})\s*([ap]\.?m\.?)?\W*$", re.IGNORECASE)


def _oldest_first(lines: list[str]) -> list[str]:
    """A live blog written newest first ("1.20pm ... 12.45pm ... 8.55am"), its entries put in the order they
    happened, so that "this morning's report" comes before what is said of it, as in any other article."""
    starts = [(n, match) for n, line in enumerate(lines) if (match := ENTRY_TIME.match(line))]
    minutes = [int(m.group(1)) % 12 * 60 + int(m.group(2)) + (720 if (m.group(3) or "").lower().startswith("p") else 0)
               if m.group(3) else int(m.group(1)) * 60 + int(m.group(2)) for _, m in starts]
    if len(starts) < 3 or any(later >= earlier for earlier, later in zip(minutes, minutes[1:])):
        return lines
    bounds = [n for n, _ in starts] + [len(lines)]
    entries = [lines[start:end] for start, end in zip(bounds, bounds[1:])]
    return lines[: bounds[0]] + [line for entry in reversed(entries) for line in entry]


def clean_body(lines: list[str]) -> tuple[list[str], list[tuple[str, str]], dict[int, str]]:
    """Split lines into body paragraphs, (line, reason) pairs that were left out, and the section
    headings between paragraphs (by the number of the paragraph each heads)."""
    r = rules()
    body: list[str] = []
    skipped: list[tuple[str, str]] = []
    headings: dict[int, str] = {}
    in_related = introduced = False
    stem: str | None = None  # a sentence a list's items finish
    header: list[str] | None = None  # the header row of the table being read
    table: list[list[str]] = []  # its rows' cells, and where in the body they begin
    table_at = 0
    lines = _oldest_first(lines)
    speakers = _speakers(lines)
    for index, raw in enumerate(lines + [""]):
        if table and not TABLE_ROW.match(" ".join(raw.split())):  # the table just read has ended
            if header and _areas_by_inspection(header):
                body[table_at:] = _by_column(header, table)  # read one inspection at a time
            table = []
        line = " ".join(raw.replace("\u00a0", " ").split())
        line = PARAGRAPH_NUMBER.sub("", FOOTNOTE_MARK.sub("", CLOCK_TIME.sub(r"\1", line)))
        if not line:
            continue
        if CITED_SOURCE.match(line):
            skipped.append((line, "sources cited"))
            continue
        row = TABLE_ROW.match(line)
        if row:  # "| Children in care | Good |", as trafilatura and markdown write a table's row
            cells = [cell.strip().strip("*") for cell in row.group(1).split("|")]
            if all(set(cell) <= set("-: ") for cell in cells):
                continue  # the rule under a header row
            if header is None and len(cells) > 2 and not any(cells[1:]):
                # "| Overall effectiveness: previous and latest grade |  |  |  |": a table's caption, above its header
                skipped.append((cells[0], "not body text"))
                continue
            if header is None and len(cells) > 2:
                header = cells  # "| Inspection | Overall effectiveness | Impact of leaders | ... |"
                continue
            table_at = table_at if table else len(body)
            table.append(cells)
            body.append(_table_row(cells, header))
            in_related = introduced = False
            continue
        header = None
        if any(p.search(line) for p in r.footer):
            rest = sum(len(later.split()) for later in lines[index + 1:])
            if not body or (len(body) == 1 and len(body[0].split()) < WORDS_BEFORE_A_FOOTER and TAGS.match(line)) \
                    or (len(body) <= 2 and rest > 3 * sum(len(said.split()) for said in body)):
                # "Tags: ...", "Share this article" above the text (or under its standfirst, the story still to come):
                # page furniture, not its end
                skipped.append((line, "page furniture"))
                continue
            skipped.extend((rest.strip(), "footer") for rest in lines[index:] if rest.strip())
            break
        if any(p.search(line) for p in r.caption):
            skipped.append((line, "caption"))
            continue
        if any(p.search(line) for p in r.related):
            in_related = True
            skipped.append((line, "related links"))
            continue
        said = SPEAKER.match(line)
        if said and said.group(1) in speakers:  # "SIAN: The fieldwork started on ...": what was said, not who said it
            line = line[said.end():]
        chat = CHAT_MESSAGE.match(line)  # "10/05/2023, 08:45 - Dawn R: It's inadequate. Overall."
        if chat:  # a message is said, full stop or not
            line = line[chat.end():]
        words = [w for w in line.split() if any(c.isalnum() for c in w)]  # not "•" or "–"
        if in_related and len(words) < WORDS_IN_A_HEADLINE and not line.rstrip("\"'”’)").endswith("."):
            skipped.append((line, "related links"))  # a headline may end in "?" or "!"; a sentence ends the list
            continue
        continued = CONTINUING_ITEM.match(line)
        if stem is not None and continued:  # "- appointed a permanent director of children's services, Meghan Doyle, ...;"
            body.append(f"{stem} {continued.group(1)}.")
            continue
        stem = None
        # the next line that says anything, looked for only after a line that may introduce a list
        following = next((" ".join(rest.split()) for rest in lines[index + 1:] if rest.strip()), "") if line.endswith(":") else ""
        if UNFINISHED.search(line) and CONTINUING_ITEM.match(following):
            # "She found that, since the inspection, the council had:" and items that finish its sentence, each read
            # as the sentence it makes
            stem = line[:-1].rstrip()
            continue
        listed = (introduced and _short(line)) or _labelled_item(line)
        # "The report was published on 12 July 2024. The judgements were:"
        if line.endswith(":") and len(line.split()) >= WORDS_BEFORE_A_LIST and (
                _list_item(following) or re.search(r"[.!?]\s+[A-Z]", line)):
            introduced = True  # "The grades were:", and the short items that follow it
            body.append(line)
            continue
        if not is_sentence_like(line) and not listed and not chat:
            skipped.append((line, "not body text"))
            if body and len(line.split()) < WORDS_IN_A_HEADLINE:
                headings[len(body)] = line  # "Windsor and Maidenhead: inspection on the horizon"
            introduced = False
            continue
        in_related = False
        introduced = introduced and listed
        body.append(line)
    # A caption's first copy has no credit on it; it is the line the captioned copy repeats.
    captions = {_strip_credit(line) for line, reason in skipped if reason == "caption"}
    kept: list[str] = []
    headed: dict[int, str] = {}
    for number, line in enumerate(body):
        if number in headings:
            headed[len(kept)] = headings[number]
        if line in captions or line.rstrip(".") in captions:
            skipped.append((line, "caption"))
        else:
            kept.append(line)
    return kept, skipped, {n: h for n, h in headed.items() if n < len(kept)}


def _short(line: str) -> bool:
    return 1 < len(line.split()) < WORDS_IN_A_HEADLINE


def _list_item(line: str) -> bool:
    """"Care leavers: good": a short line that is not a sentence, as under "The grades were:"."""
    return _short(line) and not is_sentence_like(line)


TABLE_ROW = re.compile(r"^\|(.*)\|$")
# "- agreed an additional £6.8 million of recurrent investment;", "- the statutory direction should remain in force; and"
CONTINUING_ITEM = re.compile(r"^[-*•]\s+([a-z](?:(?!\s[-–—]\s)[^:])*?)\s*(?:[;,.]|;\s+(?:and|or))?\s*$")
# ... after a sentence cut off where its verb or object begins: "the council had:", "The commissioner recommends that:"
UNFINISHED = re.compile(r"\b(?:had|has|have|that|to|will|would|should|must|can|could|was|were|is|are|been|also|by|for)\s*:$")
# "-----------   -----------   ----": the rule under the header of a table set out in spaces (a council report as
# plain text)
COLUMN_RULE = re.compile(r"^\s*-{3,}(?:\s{2,}-{3,})+\s*$")


def aligned_tables(lines: list[str]) -> list[str]:
    """A table set out in spaces, its columns where the rule under its header puts them, written as the rows
    "| Care leavers | Requires improvement to be good | Not judged separately |" that tables are read as."""
    out = list(lines)
    for at, line in enumerate(lines):
        if at == 0 or not COLUMN_RULE.match(line) or not lines[at - 1].strip():
            continue
        starts = [m.start() for m in re.finditer(r"-{3,}", line)]

        def cells(row: str) -> str:
            bounds = starts[1:] + [max(len(row), starts[-1]) + 1]
            return "| " + " | ".join(" ".join(row[a:b].split()) for a, b in zip([0] + starts[1:], bounds)) + " |"

        out[at - 1], out[at] = cells(lines[at - 1]), "| " + " | ".join("---" for _ in starts) + " |"
        row = at + 1
        while row < len(lines) and lines[row].strip() and len(lines[row]) > starts[-1] - 2:
            out[row] = cells(lines[row])
            row += 1
    return out



AREA_COLUMN = re.compile(r"\b(?:area|judgement|judgment|grade)s?\b", re.IGNORECASE)


def _areas_by_inspection(header: list[str]) -> bool:
    """"| Judgement area | SIF inspection (fieldwork ...; published 20 July 2015) | ILACS standard inspection (...) |": a
    table whose rows are the areas and whose columns are the inspections, each column dated."""
    return bool(AREA_COLUMN.search(header[0])) and sum(bool(re.search(r"\b(?:19|20)\d\d\b", label)) for label in header[1:]) >= 2


def _by_column(header: list[str], rows: list[list[str]]) -> list[str]:
    """Each inspection's column as a row of its own: "SIF inspection. • Published: 20 July 2015. • Overall
    effectiveness: Good. • ...", as a table with the inspections down its side is read."""
    paragraphs = []
    for column, label in enumerate(header[1:], start=1):
        # ("ILACS (report Mar 2022)": the report's date too)
        published = re.search(r"\b(?:published|report)\s+(?:(?:in|on)\s+)?([^;)]+)", label, re.IGNORECASE)
        title = re.sub(r"\s*\([^)]*\)\s*", " ", label).strip()
        # ("Impact of leaders / leadership, management and governance", "Children in care (SIF: children looked after)",
        # "Outstanding ▲": the area and the grade, without the aside or the key's mark)
        # ("Good (then judged with care leavers)": the grade, without the aside)
        cells = [f"• {_area_label(row[0])}: {re.sub(r'[^a-z]+$', '', _area_label(row[column]), flags=re.IGNORECASE)}."
                 for row in rows if column < len(row) and row[0] and row[column]]
        paragraphs.append(" ".join([f"{title}."] + ([f"• Published: {published.group(1).strip()}."] if published else [])
                                   + cells))
    return paragraphs


def _area_label(label: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", label).split(" / ")[0]


def _table_row(cells: list[str], header: list[str] | None) -> str:
    """A row as a line of text: "• Children in care: Good" for a row of two cells; under a header, "January
    2017: Overall effectiveness: Inadequate; Impact of leaders: Inadequate" (each cell labelled by its column)."""
    filled = [cell for cell in cells if cell]
    if header is None or len(header) != len(cells):
        return "• " + (f"{filled[0].rstrip(':')}: {filled[1]}" if len(filled) == 2 else "; ".join(filled))
    # ("SIF (2014–17)": a column's label, without its aside, which would date every cell of it)
    pairs = [f"{_area_label(label)}: {cell}" for label, cell in zip(header[1:], cells[1:]) if label and cell]
    return f"{cells[0]}. " + ". ".join(f"• {pair}" for pair in pairs) + "."
# "- Children in care: outstanding", "- On site: 25 and 26 June 2024": a fact sheet's item, a short label
# and a short value, stands on its own, with or without a line introducing the list (related headlines
# are dropped before, under their own heading).
LABELLED_ITEM = re.compile(r"^[-*•]\s+(?:\S+\s+){0,3}\S+:\s*(?:\S+\s*){1,8}$"
                           # "- Impact of leaders on social work practice: Good": a long label, a grade
                           r"|^[-*•]\s+(?:\S+\s+){4,8}\S+:\s*(?:outstanding|good|requires\s+improvement(?:\s+to\s+be\s+good)?|inadequate)\W*$",
                           re.IGNORECASE)


# "Colin Ridley, Chief Executive, Northamptonshire Children's Trust": a list of witnesses or of those present
NAME_POST_BODY = re.compile(r"^(?:[-*•]\s+)?(?:(?:Dr|Professor|Prof|Mr|Mrs|Ms|Cllr|Councillor|Sir|Dame)\.?\s+)?[A-Z][\w'’-]+"
                            r"(?:\s+[A-Z][\w'’-]+){1,3},\s+[A-Z][^,]{2,60},\s+[A-Z][^,]{2,80}$")


# "Also present: Simon Harwood (Chief Executive), Melanie White (Democratic Services Officer)": those at a meeting,
# however few
ATTENDANCE = re.compile(r"^(?:Also\s+)?(?:present|in\s+attendance|attending|officers(?:\s+present|\s+in\s+attendance)?|"
                        r"apologies(?:\s+for\s+absence)?)\s*:\s*\S.*\(", re.IGNORECASE)


def _labelled_item(line: str) -> bool:
    return (bool(LABELLED_ITEM.match(line)) and len(line.split()) <= 12) or bool(NAME_POST_BODY.match(line)) \
        or bool(ATTENDANCE.match(line))


def _strip_credit(line: str) -> str:
    for pattern in rules().caption:
        match = pattern.search(line)
        if match:
            line = line[: match.start()]
    return line.strip().rstrip("([-–—|").strip().rstrip(".").strip()


QUESTION_WORD = re.compile(r"\W*(?:was|is|are|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|"
                           r"why|how|what|who|whom|when|where|which)\b", re.IGNORECASE)
SHORT_ANSWER = re.compile(r"(?:[A-Za-z’'-]+\s+){0,3}[A-Za-z’'-]+[.!](?:\s|$)")
ASKED_AND_ANSWERED = re.compile(r"\b(?:verdict|result|outcome|rating|grade|upshot|answer)\?$", re.IGNORECASE)


def split_sentences(paragraph: str) -> list[str]:
    abbreviations = rules().abbreviations
    sentences, start = [], 0
    for match in re.finditer(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9]|•)", paragraph):
        before = paragraph[start: match.start()]
        last_word = re.search(r"([A-Za-z.]+)$", before)
        label = re.search(r"(\w+)\s+[A-Z]$", before)
        if match.group().startswith(".") and last_word and not paragraph.startswith("•", match.end()) and (
            last_word.group(1) in abbreviations
            or (re.fullmatch(r"[A-Z]", last_word.group(1)) and not (label and label.group(1) in rules().lettered))
        ):
            continue  # "J. Smith", "Dr. Hale" (but "Adoption: G. • Care leavers: RI." is two items, "Appendix B. The" two sentences)
        if match.group().startswith("?") and (ASKED_AND_ANSWERED.search(paragraph, start, match.start() + 1) or (
                len(paragraph[start: match.start()].split()) <= 10 and not QUESTION_WORD.match(paragraph, start)
                and SHORT_ANSWER.match(paragraph, match.end()))):
            continue  # "The verdict? Good.", "Leadership at the top? Branded inadequate too.": one statement
        sentences.append(paragraph[start: match.end()].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences
