"""Reading an article file (.txt, .md, .html) into its metadata and body paragraphs."""
from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Callable

from rdflib import URIRef

from cskg.loaders.text import aligned_tables, clean_body
from cskg.ontology import ID

SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
DATE_FORMATS = ("%A, %B %d, %Y", "%B %d, %Y", "%d %B %Y", "%A %d %B %Y", "%A, %d %B %Y", "%Y-%m-%d",
                "%d/%m/%Y", "%b %d, %Y", "%d %b %Y", "%B %d %Y", "%d-%b-%Y")
MAX_BYTES = 5_000_000


class ArticleError(ValueError):
    """The input is not an article cskg can read; the message names the input."""


@dataclass
class Article:
    name: str
    title: str
    body: list[str]
    published: date | None = None
    author: str | None = None
    url: str | None = None
    skipped: list[tuple[str, str]] = field(default_factory=list)
    sections: dict[int, str] = field(default_factory=dict)  # paragraph number -> the heading above it
    location: str | None = None  # the file's absolute path, when read from a file

    @property
    def source(self) -> str:
        """What the queries print as `source`: the URL where known, else the file name."""
        return self.url or self.name

    @property
    def iri(self) -> URIRef:
        # The URL, else the file's place, names the article: reading the same file again replaces its
        # graph, while two files of the same name in different folders stay two articles.
        key = self.url or self.location or self.name
        return ID[f"article/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"]


def parse_date(text: str) -> date | None:
    # ("**Released:** Tuesday 8 April 2025 &middot; ...": a markdown header line's emphasis and entities)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", html.unescape(text).replace("**", "").strip().rstrip("."))
    cleaned = re.sub(r"^volume\s+\d+\s*:\s*", "", cleaned, flags=re.IGNORECASE)  # Hansard: "Volume 769: debated on ..."
    # "Posted by Graham Whitlock on Sunday 22 June 2025": who posted it is no part of the date
    cleaned = re.sub(r"^posted\s+by\s+[^,;]{1,60}?\s+on\s+(?=\S*\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)", "", cleaned,
                     flags=re.IGNORECASE)
    labelled = re.sub(r"^(?:(?:transcript|page|article|story|post|episode)\s+)?(?:(?:bulletin|news)\s+script|"
                      # (the longer labels first: "Date of meeting:", "Published online:" are not "Date", "Published")
                      r"date\s+of\s+(?:meeting|note|issue|publication|report|submission)|published\s+online|published|signed|updated|last\s+updated|posted|date|"
                      r"answered|made|issued|sent|bulletin|broadcast|aired|filed|debated|released|first\s+published|"
                      r"meeting\s+date|date\s+of\s+meeting|for\s+immediate\s+release|held|meeting\s+held|tx\s+date|"
                      r"transmission\s+date|timestamp|time\s+stamp|"
                      r"embargoed\s+(?:to|until)(?:\s+\d{4}(?:\s*(?:hrs|GMT|BST))?)?)"
                      r"(?:\s+on)?\s*:?\s*", "", cleaned, flags=re.IGNORECASE)
    if labelled != cleaned:  # "Answered on 21 January 2025 by Baroness Thornhill": who answered is no part of the date
        cleaned = re.sub(r"\s+by\s+.*$", "", labelled, flags=re.IGNORECASE)
    # "4 Nov 2024 • 🌐", "21 Aug 2024 - Explainers", "19 March 2019, 11:02pm | Updated: 20 March 2019": the first date
    # ("Thursday, February 6, 2025       Page 9": a print page's folio, set apart by spaces)
    cleaned = re.split(r"\s+[•|·]\s*|\s+[-–—]\s+|\s{3,}", cleaned)[0]
    # "08:00, Thursday 7 March 2024", "Monday 5 August 2019, 11:42 BST", "Thursday 16 May 2024 at 5:42pm": the time adds
    # nothing the date does not say
    cleaned = re.sub(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]m)?,?\s+|,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]m)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}"
                     r"(?:\s*[ap]m)?)?(?:\s+[A-Z]{2,4})?$", "", cleaned, flags=re.IGNORECASE)  # ("9.00am-10.00am": a broadcast's hour)
    # "Sat 8 Mar 2025", "Tues 4 June 2024": the day's name adds nothing the date does not say
    cleaned = re.sub(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+"
                     r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", "", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"\bSept\b", "Sep", cleaned)
    cleaned = re.sub(r"\s*\([A-Z]{2,6}\)$", "", cleaned)  # "Tuesday March 4 2025 (NNW)": the agency's code after a wire's date
    for candidate in (cleaned, cleaned[:10]):
        for fmt in DATE_FORMATS:
            try:
                return datetime.strptime(candidate, fmt).date()
            except ValueError:
                continue
    try:  # an email's header: "Date: Fri, 22 May 2026 07:00:00 +0100"
        return parsedate_to_datetime(cleaned).date()
    except (TypeError, ValueError, IndexError):
        return None


def read_article(path: Path) -> Article:
    """Read one article file; raises ArticleError naming the file when it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a directory") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from None
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise ArticleError(f"{path}: not an article file (cskg reads {', '.join(sorted(SUFFIXES))})")
    article = parse_article(data, path.name, kind, where=str(path))
    article.location = str(path.resolve())
    return article


def parse_article(data: bytes | str, name: str, kind: str = "txt", where: str | None = None) -> Article:
    """Read an article's text; `name` is its file name, `where` what error messages call it."""
    where = where or name
    try:
        text = _decode(data, name)
        if not text.strip():
            raise ArticleError(f"{name}: the article is empty")
        reader = {"txt": _read_txt, "md": _read_md, "html": _read_html}.get(kind)
        if reader is None:
            raise ArticleError(f"{name}: unknown article format '{kind}'")
        article = reader(text, name)
        if not article.body:
            raise ArticleError(f"{name}: no article text found")
    except ArticleError as exc:
        message = str(exc)
        raise ArticleError(where + message[len(name):] if message.startswith(name) else message) from None
    return article


def sniff_kind(text: str) -> str:
    """The format of an article read from standard input."""
    head = text.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head or "<article" in head:
        return "html"
    if head.startswith("# ") or head.startswith("---"):
        return "md"
    return "txt"


def _decode(data: bytes | str, name: str) -> str:
    if isinstance(data, str):
        return data
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{name}: too large for an article ({len(data)} bytes)")
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name}: a binary file, not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleError(f"{name}: not UTF-8 text") from None


def _read_txt(text: str, name: str) -> Article:
    lines = text.splitlines()
    email = _email_header(lines, name)
    if email is not None:
        return email
    non_empty = [i for i, line in enumerate(lines) if line.strip()]
    title = lines[non_empty[0]].strip()
    author = published = None
    body_from = non_empty[0] + 1
    # The header is the title, then an author line and a date line, in either order.
    header = non_empty[1:4]
    for n, i in enumerate(header):
        line = lines[i].strip()
        when = parse_date(line)
        dated_next = n + 1 < len(header) and parse_date(lines[header[n + 1]]) is not None
        if when and published is None:
            published, body_from = when, i + 1
        elif author is None and not line.endswith((".", "?", "!")) and (
                len(line.split()) <= 6 or (len(line.split()) <= 20 and (dated_next or re.match(r"by\s", line, re.I)))) and (
                published is None or re.match(r"by\s", line, re.IGNORECASE)):
            # "By Daniel Okafor, Local Democracy Reporting Service", "Answered by ..., Department for
            # Education" above the date line: a byline may be long
            author = re.sub(r"^by\s+", "", line, flags=re.IGNORECASE)
            body_from = i + 1
        else:
            break
    if published is None:
        body_from = non_empty[0] + 1
        author = None
        published = _header_date(lines)
    body, skipped, sections = clean_body(_unwrap(_plain_tables(aligned_tables(_timeline_columns(_name_columns(_dotted_leaders(lines[body_from:])))))))
    return Article(name=name, title=title, body=body, published=published, author=author, skipped=skipped,
                   sections=sections)


DOTTED_LEADER = re.compile(r"^\s*(\S.*?)\s*(?:\.\s?){4,}\s*(\S.*?)\s*$")


def _dotted_leaders(lines: list[str]) -> list[str]:
    """A council report's table set with dot leaders ("Overall effectiveness ........ Good"), its labels wrapped
    over lines ("The impact of leaders on social work practice with children" / "and families ....... Outstanding"):
    each row as a line of its own, "Overall effectiveness: Good."."""
    out: list[str] = []
    for line in lines:
        row = DOTTED_LEADER.match(line)
        if row is None:
            out.append(line)
            continue
        label = row.group(1)
        # the label's first lines: those just above, back to a blank line or another row
        while out and out[-1].strip() and not out[-1].rstrip().endswith((".", ":")):
            label = f"{out.pop().strip()} {label}"
        if out and out[-1].strip():
            out.append("")
        out += [f"{label}: {row.group(2).rstrip('.')}.", ""]
    return out


TABLE_RULE = re.compile(r"^\s*[-+=]{3,}(?:\s*\|\s*[-+=]{3,})+\s*$")
LABELLED = re.compile(r"^[A-Z][\w ,&'’()-]{1,60}:\s+\S")


# "  8 March 2024     Report published: services rated inadequate overall;": a timeline box's entry, its date in a
# column of its own
TIMELINE_ENTRY = re.compile(r"^(\s{0,8})((?:\d{1,2}(?:[-–]\d{1,2})?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{4}|(?:19|20)\d\d)(\s{3,})(\S.*)$")


# "Jo Prentice                 Strategic Director, People, and statutory Director of Children's": those present at a
# board, their names in one column and their posts in the next
NAME_COLUMN_ROW = re.compile(r"^(\s{0,8})((?:(?:Dr|Prof|Professor|Cllr|Councillor|Mr|Mrs|Ms|Sir|Dame)\.?\s)?[A-Z][\w'’-]+"
                             r"(?:\s[A-Z][\w'’-]+){1,3})(\s{3,})(\S.*)$")


def _name_columns(lines: list[str]) -> list[str]:
    """A list of people set out in two columns, a post running over several lines: each person as the line
    "Jo Prentice, Strategic Director, People, and statutory Director of Children's Services"."""
    return _two_columns(lines, NAME_COLUMN_ROW, lambda name, post: f"{name}, {post}")


def _timeline_columns(lines: list[str]) -> list[str]:
    """A timeline set out in two columns, the dates on the left and what happened on the right, its entries running
    over several lines: each entry as one item, "• 8 March 2024: Report published: services rated inadequate overall;
    help and protection also inadequate."."""
    return _two_columns(lines, TIMELINE_ENTRY, lambda day, said: f"• {day}: {said}")


def _two_columns(lines: list[str], row: re.Pattern[str], written: Callable[[str, str], str]) -> list[str]:
    """Rows whose left-hand cell the pattern's second group reads and whose right-hand cell (its fourth) goes on in the
    lines below, indented to its column: each row as one line, as `written` puts it (two rows at least make a list)."""
    if sum(bool(row.match(line)) for line in lines) < 2:
        return lines
    out: list[str] = []
    at = 0
    while at < len(lines):
        found = row.match(lines[at])
        if found is None:
            out.append(lines[at])
            at += 1
            continue
        column = len(found.group(1)) + len(found.group(2)) + len(found.group(3))
        said = [found.group(4).strip()]
        at += 1
        while at < len(lines) and lines[at].strip() and not row.match(lines[at]) \
                and len(lines[at]) - len(lines[at].lstrip()) >= column - 1:
            said.append(lines[at].strip())
            at += 1
        out += [written(found.group(2), " ".join(said)), ""]
    return out


def _plain_tables(lines: list[str]) -> list[str]:
    """A table typed in plain text, its columns set apart by "|" under a header and a rule of dashes, with cells
    wrapped over several lines: each row as one line of text ("Focused visit (children in need). • Dates on site:
    14 and 15 November 2023. • Report published: 12 December 2023."), a cell's "Label: value" lines as items."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        if at + 1 < len(lines) and lines[at].count("|") >= 2 and TABLE_RULE.match(lines[at + 1]):
            header = [cell.strip() for cell in lines[at].split("|")]
            rows: list[list[list[str]]] = []
            at += 2
            while at < len(lines) and lines[at].count("|") == len(header) - 1:
                cells = [cell.strip() for cell in lines[at].split("|")]
                if not rows or cells[1]:  # a row begins where its second column does
                    rows.append([[] for _ in header])
                for column, cell in enumerate(cells):
                    if cell:
                        rows[-1][column].append(cell)
                at += 1
            for row in rows:
                said = [" ".join(row[0])]
                for label, parts in zip(header[1:], row[1:]):
                    if parts and all(LABELLED.match(part) for part in parts):
                        said += parts  # "Overall effectiveness: Good", "Impact of leaders: Outstanding"
                    elif parts:
                        said.append(f"{label}: {' '.join(parts)}")
                out += [". • ".join(part.rstrip(".") for part in said) + ".", ""]
            continue
        out.append(lines[at])
        at += 1
    return out


EMAIL_FIELD = re.compile(r"^(from|to|cc|subject|date|sent|reply-to):\s*(.*)$", re.IGNORECASE)


def _email_header(lines: list[str], name: str) -> Article | None:
    """A newsletter saved as an email ("From: ...", "Subject: ...", "Date: Fri, 13 Sep 2024 07:15:02 +0100"): its
    subject is the title, its sender the author, its date the publication's."""
    import email.utils

    fields: dict[str, str] = {}
    end = 0
    for end, line in enumerate(lines):
        field = EMAIL_FIELD.match(line.strip())
        if field is None:
            break
        fields[field.group(1).lower()] = field.group(2).strip()
    if not {"from", "subject"} <= fields.keys():
        return None
    published = None
    if fields.get("date") or fields.get("sent"):
        said = fields.get("date") or fields.get("sent") or ""
        try:
            published = email.utils.parsedate_to_datetime(said).date()
        except (TypeError, ValueError):
            published = parse_date(said)
    sender = email.utils.parseaddr(fields["from"])[0] or fields["from"]
    body, skipped, sections = clean_body(_unwrap(lines[end:]))
    return Article(name=name, title=fields["subject"], body=body, published=published, author=sender or None,
                   skipped=skipped, sections=sections)


WRAPPED_AT = 60  # a plain-text line at least this long, cut mid-sentence, goes on in the next line ...
WRAPPED_LINES = 3  # ... in a text with at least this many such lines (not a caption above its copy)
LINE_ENDS_SENTENCE = re.compile(r"[.?!:;\"”’)|]\s*$")
# ... unless the next line is an item, a labelled line or a chat's message ("10/05/2023, 08:41 - Dawn R: Morning all")
LINE_STARTS_ITEM = re.compile(r"^\s*(?:[-*+•–|]|\(?[a-z0-9]{1,3}[.)]|[A-Z][\w ]{0,30}:\s|\[?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2})")


def _unwrap(lines: list[str]) -> list[str]:
    """A council report or a written answer hard-wraps its paragraphs ("... issued a statutory direction
    requiring / the Council to transfer ..."): a line cut mid-sentence is joined to the next."""
    def cut(line: str, after: str) -> bool:
        # ('... at the "front door" (contact, referral and assessment)' / 'and at children subject to ...': a bracket
        # closed mid-sentence, the sentence going on in lower case)
        ends = LINE_ENDS_SENTENCE.search(line) and not (line.rstrip().endswith(")") and re.match(r"\s*[a-z]", after))
        # ("... rated outstanding by Ofsted" / "- the highest grade there is.": an aside after a dash, not a list's item)
        item = LINE_STARTS_ITEM.match(after) and (LINE_STARTS_ITEM.match(line) or not re.match(r"\s*[-–]\s+[a-z]", after))
        return len(line.strip()) >= WRAPPED_AT and not ends and bool(after.strip()) and not item

    if sum(cut(line, after) for line, after in zip(lines, lines[1:])) < WRAPPED_LINES:
        return lines
    out: list[str] = []
    for line in lines:
        if out and cut(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


HEADER_DATE_SAID = re.compile(r"(?:\b(?:approved|agreed|adopted|issued|published|sent|delivered|circulated|dated|tx|date"
                              r"(?:\s+and\s+time)?|issue\s+date)\b[^.\n]{0,80}?|^\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+)"
                              r"\b(\d{1,2}\s+[A-Za-z]+\s+\d{4})\b", re.IGNORECASE)
APPROVED_ON = re.compile(r"\bapproved\s+by\s+the\s+(?:board|committee|council|cabinet|trustees)\b[^.\n]{0,60}?\bon\s+"
                         r"(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b", re.IGNORECASE)
ANSWERED_ON = re.compile(r"(?:answered|published|made)\s+on\s+\d", re.IGNORECASE)
DATELINE_WITHIN = 15  # non-empty lines of a plain-text article's header that may hold its date
HEADER_SENTENCES_WITHIN = 8  # ... and that may be its sentences saying when it was published
LABELLED_DATE_WITHIN = 40  # ... and that may hold a line "Published: <date>"
PAGE_EDITED = re.compile(r"\bthis\s+page\s+was\s+last\s+(?:edited|modified|updated)\s+on\s+(\d{1,2}\s+[A-Za-z]+\s+\d{4})", re.IGNORECASE)


def _header_date(lines: list[str]) -> date | None:
    """The date in an article's header, below its first line, when the header is no plain run of title, author, date."""
    non_empty = [i for i, line in enumerate(lines) if line.strip()]
    # an encyclopaedia page's "This page was last edited on 14 March 2025.", at its foot: its date (not a date its
    # infobox gives, "Founded: 1 April 2018")
    edited = next((found.group(1) for line in lines if (found := PAGE_EDITED.search(line))), None)
    if edited is not None and (when := parse_date(edited)) is not None:
        return when
    # "Answered on 30 July 2024" below a written question: a dateline further down the header
    return next((when for i in non_empty[1:DATELINE_WITHIN]
                 if (len(lines[i].split()) <= 8 or ANSWERED_ON.match(lines[i].strip()))
                 and (when := parse_date(lines[i])) is not None), None) or next(
        # "Posted by u/broads_and_burnout · 20 May 2019 · 214 points": a post's line of details
        # ("CABINET - 16 September 2024": a meeting's name and day; "Tuesday 19 March 2019, 11:02pm | Updated: ...":
        # the first date, not the update's)
        # ... or the first line's: "PA NEWS | Home News | Wednesday 18 July 2018"; a committee's name and day in a
        # header table's cell: "| Report for: | Cabinet, 13 June 2023 |"
        (when for i in non_empty[:DATELINE_WITHIN] for part in re.split(r"\s[·|•–—-]\s", lines[i])
         if (when := parse_date(part) or parse_date(re.sub(r"^[^,]{1,40},\s+", "", part.strip()))) is not None), None) or next(
        # a wire's slug line: "UKNW 14/05/2025 11:42 BST", "... (URGENT)   23-Jul-2024 11:42 GMT"
        (when for i in non_empty[:DATELINE_WITHIN] if len(lines[i].split()) <= 12
         for found in re.findall(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}-[A-Z][a-z]{2}-\d{4}\b", lines[i])
         if (when := parse_date(found)) is not None), None) or next(
        # a sentence of the header's: "Summary prepared by Democratic Services. Published 20 March 2025. This ..." (not the
        # body's "Ofsted's letter had been published on 1 August 2024")
        (when for i in non_empty[:HEADER_SENTENCES_WITHIN]
         for found in re.findall(r"\b(?:published|issued|posted\s+online)\s*:?\s+(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?"
                                 r"(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b", lines[i], re.IGNORECASE)
         if (when := parse_date(found)) is not None), None) or next(
        # ... else a meeting's: "MINUTES of the meeting held on Thursday, 24 April 2025, commencing at 10.00 am"
        (when for i in non_empty[:DATELINE_WITHIN]
         for found in re.findall(r"\bheld\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b", lines[i], re.IGNORECASE)
         if (when := parse_date(found)) is not None), None) or next(
        # a report's "Published: 12 March 2025" below its header block, further down
        (when for i in non_empty[:LABELLED_DATE_WITHIN] if re.match(r"\W*published\s*:", lines[i], re.IGNORECASE)
         and (when := parse_date(lines[i].strip())) is not None), None) or next(
        # a leaflet's imprint at its foot: "Published and promoted by S. Whittaker, c/o County Hall, Preston / PR1 8XJ, on 6
        # October 2025."
        (when for found in re.findall(r"\bpublished\s+and\s+promoted\s+by\b.{0,160}?\bon\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b",
                                      " ".join(line.strip() for line in lines), re.IGNORECASE)
         if (when := parse_date(found)) is not None), None) or next(
        # a letter's date on a line of its own, under two addresses and above "Dear Cllr Hafeez,"
        (when for i in non_empty[:LABELLED_DATE_WITHIN] if re.fullmatch(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}", lines[i].strip())
         and any(re.match(r"\s*Dear\s", lines[j]) for j in non_empty if j > i) and (when := parse_date(lines[i].strip())) is not None),
        None) or next(
        # a labelled or approved date near the top: "Approved by the Audit and Standards Committee on 27 September 2017
        # and published with ...", "*Issued to members 21 March 2025.*", "TX: TUESDAY 10 JUNE 2025 - 18:30", "Date and
        # time: THURSDAY 7 MARCH 2024 COMMENCING AT 9.30 AM", "Bristol, 12 February 2025 -" (a wire's dateline)
        (when for i in non_empty[:HEADER_SENTENCES_WITHIN]
         for found in HEADER_DATE_SAID.findall(lines[i]) if (when := parse_date(found)) is not None), None) or next(
        # ... or a report's approval at its foot: "Approved by the Board of Directors on 17 July 2025"
        (when for line in lines for found in APPROVED_ON.findall(line) if (when := parse_date(found)) is not None), None) or next(
        # a newsletter's "Sent to members Friday 7 March 2025" under its masthead: a short line that ends on a day
        (when for i in non_empty[1:HEADER_SENTENCES_WITHIN] if len(lines[i].split()) <= 8
         and (found := re.search(r"\b(?:[A-Z][a-z]+day,?\s+)?(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$", lines[i].strip()))
         and (when := parse_date(found.group(1))) is not None), None)


MD_META = re.compile(r"^(author|by|date|published|url|source|canonical)\s*:\s*(.+)$", re.IGNORECASE)


def _read_md(text: str, name: str) -> Article:
    lines = text.splitlines()
    meta: dict[str, str] = {}
    if lines and lines[0].strip() == "---":  # YAML-style front matter
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
        for line in lines[1:end]:
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.strip().strip("'\"")
        lines = lines[end + 1:]
    title = meta.get("title", "")
    body_lines = []
    prose = False  # the header's "Author:" and "Date:" lines may follow a sub-heading, not the text
    for number, line in enumerate(lines):
        stripped = line.strip()
        heading = re.match(r"^#{1,6}\s+(.*)$", stripped) or _bold_heading(lines, number)
        match = MD_META.match(stripped)
        prose = prose or bool(stripped and not heading and not match)
        if heading and not title:
            title = heading.group(1).strip()
        elif match and not prose:
            meta[match.group(1).lower()] = match.group(2).strip()
        elif heading:
            body_lines += ["", heading.group(1).strip(), ""]  # a sub-heading: not body text, but a section's name
        elif BOLD_LABEL.match(line):  # "**Fieldwork:** 24 and 25 July 2024": a fact sheet's line, not wrapped prose
            body_lines.append("- " + _plain_markdown(line.strip()))
        elif BOLD_SIGN_OFF.match(line):  # "**Alastair Penrose**, Interim Chief Executive": a line of a sign-off
            body_lines += ["", _plain_markdown(line.strip()), ""]
        else:
            body_lines.append(_plain_markdown(line, emphasis=False))
    # (emphasis read once a paragraph's lines are joined: "rated ... **children in" / "care** as **good**")
    paragraphs = [_without_emphasis(paragraph) for paragraph in _join_paragraphs(body_lines)]
    body, skipped, sections = clean_body(paragraphs)
    # else a byline's: "*Dr Priya Nandakumar, Senior Researcher · 18 September 2025 · 7 minute read*"
    # (not a sub-heading, but one that gives the date: "### Local families · June 2025 issue · Posted online 30 May 2025",
    # "## Minutes of the meeting held on Wednesday 24 September 2025, 10.00am – 12.30pm")
    published = parse_date(meta.get("date") or meta.get("published") or "") or _header_date(
        [_plain_markdown(re.sub(r"^\s*#+\s*", "", line)) for line in lines
         if not re.match(r"\s*#", line) or re.search(r"\b(?:published|posted|meeting\s+held\s+on)\b", line, re.IGNORECASE)])
    url = meta.get("url") or meta.get("canonical") or meta.get("source")
    author = meta.get("author") or meta.get("by")
    return Article(name=name, title=title or name, body=body, published=published, author=author,
                   url=url if url and url.startswith("http") else None, skipped=skipped, sections=sections)


BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)([^*_]{1,80}?[^*_.!?:,;])(?:\*\*|__)\s*$")


def _bold_heading(lines: list[str], number: int) -> re.Match[str] | None:
    """"**1 September 2015 · The fall**" on a line of its own, its entry's text on the next: a timeline entry's
    heading, written in bold where a "###" would do."""
    following = lines[number + 1].strip() if number + 1 < len(lines) else ""
    if not following or following.startswith(("#", "|", "-", "*", ">")):
        return None
    return BOLD_LINE.match(lines[number])


# (not a paragraph that opens on a name in bold: "**Worcestershire Children First**, the council-owned company that ...")
BOLD_SIGN_OFF = re.compile(r"^\s*(?:\*\*|__)[^*_,]{3,60}(?:\*\*|__),\s+(?!(?:the|a|an|which|who|that|whose|its|their)\b)[^.]{1,80}$")
BOLD_LABEL = re.compile(r"^\s*(?:\*\*|__)[^*_]{1,40}(?::(?:\*\*|__)|(?:\*\*|__):)\s+\S")


def _plain_markdown(line: str, emphasis: bool = True) -> str:
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)  # images
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)  # links keep their text
    line = _without_emphasis(line) if emphasis else line
    line = re.sub(r"^\s*>\s?", "", line)
    return line


def _without_emphasis(text: str) -> str:
    return re.sub(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1", r"\2", text)


def _join_paragraphs(lines: list[str]) -> list[str]:
    """Markdown wraps paragraphs over lines; list items and blank lines end them."""
    out: list[str] = []
    current: list[str] = []
    for line in lines:
        item = re.match(r"^\s*(?:[-*+•]|\d+[.)])\s+(.*)$", line)
        row = line.strip().startswith("|")  # a table's row is a line of its own
        if not line.strip() or item or row:
            if current:
                out.append(" ".join(current))
                current = []
            if item:
                out.append("• " + item.group(1).strip())
            elif row:
                out.append(line.strip())
            continue
        current.append(line.strip())
    if current:
        out.append(" ".join(current))
    return out


def _read_html(text: str, name: str) -> Article:
    import trafilatura

    text = _definitions_as_paragraphs(text)
    try:
        # (the date its markup gives, not one guessed from the whole page: a related link's "/blog/2024/11/" is no date
        # of this page's)
        extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                                include_tables=True, include_images=False, favor_precision=True,
                                                date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:  # lxml raises many kinds of parse errors on broken pages
        raise ArticleError(f"{name}: cannot parse the HTML ({type(exc).__name__})") from None
    doc = extracted.as_dict() if extracted is not None else None
    if not doc or not (doc.get("text") or "").strip():
        raise ArticleError(f"{name}: no article text found in the HTML")
    stories = _stories(text)
    if len(stories) > 1:  # trafilatura keeps only the first of a newsletter's articles
        lines = [line for story in stories for line in story + [""]]
    else:
        lines = _with_dropped_lists(text, (doc.get("text") or "").splitlines())
    body, skipped, sections = clean_body(lines)
    # "Question 7: ... - City Council meeting, 22 January 2025 - Liverpool City Council": the site the page's <title> names
    site = re.search(r"<title[^>]*>[^<]*\s[-|–]\s([^<>|–-]{3,80}?)\s*</title>", text, re.IGNORECASE)
    if site:
        skipped.append((html.unescape(site.group(1).strip()), "page furniture"))
    title = (doc.get("title") or "").strip()
    # trafilatura repeats the title as the first paragraph when the page has it as <h1>.
    if body and title and body[0].strip() == title:
        body = body[1:]
        sections = {n - 1: heading for n, heading in sections.items() if n > 0}
    # (a feed of posts: the markup's original date is the oldest post's, the page's the one on top)
    marked = parse_date(doc.get("date") or "")
    feed = len(re.findall(r"<time\b", text, re.IGNORECASE)) > 1
    seen = _visible_date(text) if marked is None or feed else None
    published = seen if marked is None or (seen is not None and seen > marked) else marked
    url = doc.get("url")
    return Article(name=name, title=title or name, body=body, published=published,
                   author=(doc.get("author") or _visible_byline(text)), url=url if url and url.startswith("http") else None,
                   skipped=skipped, sections=sections)


# "Posted by Graham Pettifer, Chief Executive · Friday 28 March 2025 · 7 minute read"
VISIBLE_BYLINE = re.compile(r"^\s*(?:(?:posted|written)\s+)?by\s+([A-Z][^·|•\n]{2,80}?)\s*(?:[·|•]|$)", re.IGNORECASE)
BYLINE_WITHIN = 6  # non-empty lines below the headline


def _visible_byline(page: str) -> str | None:
    """A page whose markup names no author: the byline a reader sees under its headline."""
    headline = re.search(r"<h1\b", page, re.IGNORECASE)
    if headline is None:
        return None
    for line in _visible_lines(page[headline.start():], inline=True)[1:BYLINE_WITHIN]:
        said = VISIBLE_BYLINE.match(line)
        if said:
            return said.group(1).strip().rstrip(",")
    return None


def _visible_lines(markup: str, *, inline: bool = False) -> list[str]:
    """The non-empty lines a reader sees of a page's markup; with `inline`, a tag such as <strong> around a name does not
    break its line ("Posted by <strong>Graham Pettifer</strong>, Chief Executive")."""
    breaks = r"<(?!/?(?:strong|b|em|i|a|span)\b)[^>]+>" if inline else r"<[^>]+>"
    lines = [html.unescape(line) for line in re.sub(r"<(?:script|style)\b.*?</(?:script|style)>|" + breaks, "\n", markup,
                                                     flags=re.IGNORECASE | re.DOTALL).splitlines()]
    return [re.sub(r"<[^>]+>", "", line) if inline else line for line in lines if line.strip()]


def _visible_date(page: str) -> date | None:
    """A page whose markup gives no date: the dateline a reader sees near its top ("Posted by Abi Mensah, Programme
    Lead (London) · 14 May 2025 · 6 min read"), else the date trafilatura guesses from the whole page."""
    import trafilatura

    headline = re.search(r"<h1\b", page, re.IGNORECASE)  # (the story's top, below the site's navigation)
    page_top = page[headline.start():] if headline else page
    seen = _header_date(_visible_lines(page_top)[:LABELLED_DATE_WITHIN])
    if seen is not None:
        return seen
    guessed = trafilatura.bare_extraction(page, with_metadata=True, favor_precision=True)
    return parse_date((guessed.as_dict() if guessed is not None else {}).get("date") or "")


def _with_dropped_lists(text: str, lines: list[str]) -> list[str]:
    """The text with the lists inside it that trafilatura's precision mode left out ("Breaking it down:" then the
    four grades, in a live blog) put back: a recall-mode reading's list items that fall between two lines both
    readings keep. Whatever else recall mode adds (cookie notes, mastheads) stays out."""
    import difflib

    import trafilatura

    recall = (trafilatura.extract(text, favor_recall=True, include_comments=False, include_tables=True,
                                  include_images=False) or "").splitlines()
    merged: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=lines, b=recall, autojunk=False).get_opcodes():
        merged += lines[i1:i2]
        if tag == "insert" and 0 < i1 < len(lines) and all(line.startswith("- ") for line in recall[j1:j2]):
            merged += recall[j1:j2]
    return merged


def _definitions_as_paragraphs(text: str) -> str:
    """A directory's entries written as definition lists ("<dt>Chair</dt><dd>Dr Helena Marchbank, appointed this
    summer.</dd>") as the paragraphs "Chair: Dr Helena Marchbank, ...": trafilatura keeps a term apart from what it
    defines, and of a page of such lists only the first."""
    if "<dl" not in text.lower():
        return text
    import lxml.html

    try:
        tree = lxml.html.fromstring(text)
    except Exception:  # the page's parse error is reported where it is read
        return text
    for listing in list(tree.iter("dl")):
        items = list(listing)
        paragraphs = []
        for term, definition in zip(items, items[1:]):
            if term.tag == "dt" and definition.tag == "dd":
                paragraph = lxml.html.Element("p")
                paragraph.text = f"{term.text_content().strip().rstrip(':')}: {definition.text_content().strip()}"
                paragraphs.append(paragraph)
        if not paragraphs:
            continue
        listing.clear()
        listing.tag = "div"
        listing.extend(paragraphs)
    return lxml.html.tostring(tree, encoding="unicode")


STORY_MIN_CHARS = 400  # a teaser card for another story is shorter than this


def _stories(text: str) -> list[list[str]]:
    """The text of each full <article> of a page that has several (a newsletter's items, each with its
    heading); teaser cards for other stories, and articles inside asides or footers, are not among them."""
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.fromstring(text)
    except Exception:  # a page lxml cannot parse has no stories to add
        return []
    outer = {"article", "aside", "footer", "nav", "header"}
    stories = []
    for element in tree.iter("article"):
        if any(parent.tag in outer for parent in element.iterancestors()):
            continue
        if len(element.text_content().strip()) < STORY_MIN_CHARS or len(element.findall(".//p")) < 2:
            continue
        fragment = "<html><body>" + lxml.html.tostring(element, encoding="unicode") + "</body></html>"
        story = trafilatura.extract(fragment, include_comments=False, include_tables=True, include_images=False,
                                    favor_precision=True)
        if story:
            stories.append(story.splitlines())
    return stories
