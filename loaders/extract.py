"""Reading the facts of an article: the patterns of loaders/data/patterns.toml applied sentence by
sentence, with what the article said before (which council it is about, which inspection it is
describing, which body "the trust" is) filling what a sentence leaves unsaid."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from rdflib.namespace import SKOS

from cskg.loaders import facts as f
from cskg.loaders.articles import Article
from cskg.loaders.dates import PartialDate
from cskg.loaders.gazetteer import Authority, authorities, bodies
from cskg.loaders.mentions import BodyIndex, Mention, Relative, Sentence, find_mentions, index_bodies
from cskg.loaders.patterns import Rule, conditional_opening, hedges, other_subjects, rules
from cskg.loaders.text import split_sentences
from cskg.ontology import VOCAB, concept, vocabulary_graph

# Kinds of visit that end in graded judgements; monitoring and focused visits do not.
GRADED_KINDS = {"inspection", "re-inspection"}
CLAUSE_BREAK = re.compile(r"[,;—–()]|:(?!\d+⟫)|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b")
RELATIVE_START = re.compile(r"^\s*(?:which|who|that|where)\b", re.IGNORECASE)
CONTEXT_PENALTY = 0.9
FIELDWORK_TO_REPORT = 200  # days: the longest a report follows its fieldwork
FOCUS_SPAN = 0  # sentences (after the next) a council named in passing stays the subject of what follows


@dataclass
class Context:
    """What a reader knows at a point in the article."""

    published: date | None
    bodies: BodyIndex
    main: Authority | None = None
    focus: Authority | None = None
    focus_age: int = 0  # sentences since the focus was named
    batch_report: PartialDate | None = None  # "Ofsted published a batch of reports on 12 July": every council's
    scene: PartialDate | None = None  # set by a sentence that only sets the scene, for the one after it
    # gss -> the inspection the article is describing: (kind, date, whether the date is the report's)
    current: dict[str, tuple[str, PartialDate, bool]] = field(default_factory=dict)
    judged: dict[str, list[PartialDate]] = field(default_factory=dict)
    body_authority: dict[str, Authority] = field(default_factory=dict)
    ref_kinds: dict[str, list[str]] = field(default_factory=dict)
    group: list[Authority] = field(default_factory=list)  # the councils "both councils" means


@dataclass
class Hit:
    rule: Rule
    match: re.Match[str]
    sentence: Sentence
    owned: set[int] = field(default_factory=set)

    def clause_date(self, *, before: bool = True) -> Mention | None:
        """A date in the match's clause that no inspection has taken: after the match, else before it."""
        template = self.sentence.template
        start = _clause_start(template, self.match.start())
        end_break = CLAUSE_BREAK.search(template, self.match.end())
        end = end_break.start() if end_break else len(template)
        def free(a: int, b: int) -> list[int]:
            return [int(i) for i in re.findall(r"⟪DATE:(\d+)⟫", template[a:b]) if int(i) not in self.owned]
        after = free(self.match.end(), end)
        if after:
            return self.sentence.mentions[after[0]]
        inside = free(self.match.start(), self.match.end())
        if inside:
            return self.sentence.mentions[inside[0]]
        earlier = free(start, self.match.start()) if before else []
        if earlier:
            return self.sentence.mentions[earlier[-1]]
        if before:
            # "Four years earlier, in 2019, the borough had been rated good", "Since April 2017, ...":
            # a clause that is only a date dates the clause after it.
            lead = re.search(r"(?:^|[,;:])\s*(?:only\s+)?(?:⟪DUR:\d+⟫\s*,?\s*)?(?:(?:since|from|in|on|by|during)\s+)?"
                             r"⟪DATE:(\d+)⟫\s*,\s*$", template[:start], re.IGNORECASE)
            if lead and int(lead.group(1)) not in self.owned:
                return self.sentence.mentions[int(lead.group(1))]
        return None

    def date_earlier_in_sentence(self) -> Mention | None:
        """"The department intervened in March, issuing notices to ...": the last free date before
        the match, when nothing else that a date could belong to comes between."""
        template = self.sentence.template
        for match in reversed(list(re.finditer(r"⟪(DATE|GRADE|KIND|INTERVENTION|BODY|BODYREF):(\d+)⟫",
                                               template[: self.match.start()]))):
            if match.group(1) != "DATE":
                return None
            if int(match.group(2)) not in self.owned:
                return self.sentence.mentions[int(match.group(2))]
        return None

    def date_later_in_sentence(self) -> Mention | None:
        """"X took over social work, fostering and adoption on Sunday": the first free date after the
        match, when nothing else that a date could belong to comes between."""
        template = self.sentence.template
        for match in re.finditer(r"⟪(DATE|GRADE|KIND|INTERVENTION|BODY|BODYREF):(\d+)⟫", template[self.match.end():]):
            if match.group(1) != "DATE":
                return None
            if int(match.group(2)) not in self.owned:
                return self.sentence.mentions[int(match.group(2))]
        return None

    def slot(self, name: str) -> Mention | None:
        for value in self.rule.slot_groups(self.match, name):
            if value is not None and value.isdigit():
                return self.sentence.mentions[int(value)]
        return None

    def span_mentions(self, name: str, kind: str) -> list[Mention]:
        for group in self.match.re.groupindex:
            if group == name and self.match.group(group):
                start, end = self.match.span(group)
                return _mentions_in(self.sentence, start, end, kind)
        return []

    def evidence(self, confidence: float) -> f.Evidence:
        quote = self.sentence.original(self.match.start(), self.match.end())
        return f.Evidence(self.sentence.text, quote, round(confidence, 3), self.rule.id)


def _mentions_in(sentence: Sentence, start: int, end: int, kind: str) -> list[Mention]:
    return [sentence.mentions[int(i)] for i in re.findall(rf"⟪{kind}:(\d+)⟫", sentence.template[start:end])]


def extract(article: Article) -> list[f.Fact]:
    """Every fact the article states, merged so that each is listed once with all its evidence."""
    index = index_bodies(article.body)
    ctx = Context(published=article.published, bodies=index)
    sentences = [find_mentions(s, article.published, index) for p in article.body for s in split_sentences(p)]
    ctx.main = _main_authority(sentences)
    _known_body_authorities(ctx)
    found: list[f.Fact] = []
    refinements: list[tuple[str, f.Organisation | None, PartialDate, f.Evidence]] = []
    for sentence in sentences:
        named = [m.value for m in sentence.mentions if m.kind == "AUTH"]
        owned: set[int] = set()  # dates that date an inspection belong to it, not to other facts
        for fact_type in ("report", "inspection", "judgement", "change", "operator", "post", "intervention"):
            for hit in _hits(sentence, fact_type):
                if fact_type == "operator" and hit.rule.effect in ("launch", "shadow"):
                    refinement = _refinement(hit, ctx)
                    if refinement:
                        refinements.append(refinement)
                    continue
                hit.owned = owned
                found.extend(READERS[fact_type](hit, ctx))
        ctx.scene = _scene_date(sentence)
        if named:
            ctx.focus, ctx.focus_age = named[-1], 0
        else:
            ctx.focus_age += 1
            if ctx.focus_age > FOCUS_SPAN:
                # A council named in passing ("who had led services in Northumberland") is not what
                # the article goes on to talk about: after a sentence, it is the main council again.
                ctx.focus = ctx.main
        listed = _listed_councils(sentence)
        if len(listed) > 1:
            ctx.group = listed
    merged = _merge(found)
    _apply_refinements(merged, refinements)
    _settle_operator_kinds(merged, ctx)
    return [fact for fact in merged if _complete(fact)]


def _scene_date(sentence: Sentence) -> PartialDate | None:
    """"By July 2023 the picture had changed.": a short sentence with a date and nothing that a date
    could belong to dates what the next sentence says."""
    kinds = {m.kind for m in sentence.mentions}
    dates = [m for m in sentence.mentions if m.kind == "DATE"]
    if len(dates) == 1 and kinds <= {"DATE", "AUTH", "SERVICE"} and len(sentence.text.split()) <= 12:
        return dates[0].value
    return None


def _hits(sentence: Sentence, fact_type: str) -> list[Hit]:
    if conditional_opening().match(sentence.template):
        return []
    hits = []
    for rule in rules().get(fact_type, []):
        for match in rule.regex.finditer(sentence.template):
            if not _hedged(sentence.template, match.start(), match.start() if rule.modal_ok else match.end()):
                hits.append(Hit(rule, match, sentence))
    return hits


def _clause_start(template: str, at: int, *, follow_relative: bool = False) -> int:
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(template, 0, at)]
    start = breaks[-1] if breaks else 0
    if follow_relative and breaks and RELATIVE_START.match(template[start:at]):
        # "adoption services, which has been upgraded": the subject of "which" is before the comma.
        start = breaks[-2] if len(breaks) > 1 else 0
    return start


def _hedged(template: str, start: int, end: int) -> bool:
    begin = _clause_start(template, start)
    return bool(hedges().search(template, begin, max(end, begin)))


def _main_authority(sentences: list[Sentence]) -> Authority | None:
    counts = Counter(m.value.gss_code for s in sentences for m in s.mentions if m.kind == "AUTH")
    if not counts:
        return None
    return authorities().by_code[counts.most_common(1)[0][0]]


def _known_body_authorities(ctx: Context) -> None:
    known = {b.name: b for b in bodies().known}
    for name in ctx.bodies.order:
        body = known.get(name)
        if body and len(body.councils) == 1 and body.councils[0] in authorities().by_code:
            ctx.body_authority[name] = authorities().by_code[body.councils[0]]


def _resolve_body(mention: Mention | None, ctx: Context, sentence: Sentence | None = None) -> str | None:
    """The full name of the body a mention means; "the trust" means the body the article names."""
    if mention is None:
        return None
    if mention.kind == "BODY":
        return mention.value
    if mention.kind != "BODYREF":
        return None
    named = ctx.bodies.order
    if sentence is not None:
        nearby = [m.value for m in sentence.mentions if m.kind == "BODY"]
        if nearby:
            named = nearby
    if len(set(named)) == 1:
        ctx.ref_kinds.setdefault(named[0], []).append(mention.value)
        return named[0]
    return None


def _authority(hit: Hit, ctx: Context, *slots: str, body: str | None = None) -> tuple[Authority | None, bool]:
    """The council a match is about, and whether it came from context rather than the sentence."""
    for slot in slots:
        mention = hit.slot(slot)
        if mention is not None and mention.kind == "AUTH":
            return mention.value, False
        if mention is not None and mention.kind in ("BODY", "BODYREF"):
            name = _resolve_body(mention, ctx, hit.sentence)
            if name and name in ctx.body_authority:
                return ctx.body_authority[name], True
    mentions = hit.sentence.mentions
    before = [m for m in mentions if m.kind == "AUTH" and m.start < hit.sentence.positions[hit.match.start()]]
    if before:
        return before[-1].value, False
    after = [m for m in mentions if m.kind == "AUTH"]
    if after:
        return after[0].value, False
    if body and body in ctx.body_authority:
        return ctx.body_authority[body], True
    return ctx.focus or ctx.main, True


def _areas(hit: Hit) -> list[str]:
    also = [m.value for m in hit.span_mentions("also", "AREA")]
    named = hit.span_mentions("areas", "AREA")
    if not named:
        start = _clause_start(hit.sentence.template, hit.match.start(), follow_relative=True)
        named = _mentions_in(hit.sentence, start, hit.match.start(), "AREA")
    return list(dict.fromkeys([m.value for m in named] or ["overall"])) + [a for a in also if a not in {m.value for m in named}]


def _relative_before(hit: Hit) -> Relative | None:
    """How far back the graded event lies: "three years after it was handed ..." just before the
    match, "judged inadequate two years earlier" right after it, or "... ago" on either side."""
    template = hit.sentence.template
    before = [hit.sentence.mentions[int(i)].value
              for i in re.findall(r"⟪DUR:(\d+)⟫", template[max(0, hit.match.start() - 40): hit.match.start()])]
    after = re.match(r"\s*⟪DUR:(\d+)⟫", template[hit.match.end():])
    if after and hit.sentence.mentions[int(after.group(1))].value.word in ("earlier", "before", "ago"):
        return hit.sentence.mentions[int(after.group(1))].value
    if before and before[-1].word in ("after", "later", "ago"):
        return before[-1]
    return None


def _years_back(relative: Relative, authority: Authority, ctx: Context) -> PartialDate | None:
    in_context = _inspection_in_context(authority, ctx)
    anchor = in_context[1] if in_context and relative.word != "ago" else (
        PartialDate(ctx.published.year) if ctx.published else None)
    return PartialDate(anchor.year - relative.years) if anchor else None


def _inspection_in_context(authority: Authority, ctx: Context) -> tuple[str, PartialDate, bool] | None:
    current = ctx.current.get(authority.gss_code)
    batch = ctx.batch_report
    if current and current[0] in GRADED_KINDS:
        if batch and not current[2] and 0 <= (batch.start() - current[1].start()).days <= FIELDWORK_TO_REPORT:
            return current[0], batch, True  # the round-up's reports are this fieldwork's
        return current
    if batch is not None and current is None:
        return "inspection", batch, True
    return None


def _judgement_when(hit: Hit, authority: Authority, ctx: Context) -> tuple[PartialDate | None, str, bool]:
    """(date, inspection kind, from context) for a judgement."""
    in_context = _inspection_in_context(authority, ctx)
    kind = hit.slot("kind").value if hit.slot("kind") else "inspection"
    if hit.slot("date") is not None:
        return hit.slot("date").value, kind, False
    if hit.rule.effect == "previous":
        return _previous(authority, ctx), "inspection", True
    relative = _relative_before(hit)
    if relative is not None:
        back = _years_back(relative, authority, ctx)
        if back is not None:
            return back, "inspection", True
    mention = hit.clause_date()
    if mention is not None:
        return mention.value, kind, False
    if ctx.scene is not None:
        return ctx.scene, kind, True
    if in_context:
        # A report's date is the verdict's; the verdict comes some weeks after the fieldwork,
        # so from fieldwork dates only its year is sure.
        return (in_context[1] if in_context[2] else in_context[1].to_year()), in_context[0], True
    return None, "inspection", True


def _record(ctx: Context, authority: Authority, when: PartialDate | None) -> None:
    if when is not None:
        ctx.judged.setdefault(authority.gss_code, []).append(when)


def _previous(authority: Authority, ctx: Context) -> PartialDate | None:
    """The date of the judgement before the one in context ("improved from inadequate to ...")."""
    in_context = _inspection_in_context(authority, ctx)
    dates = ctx.judged.get(authority.gss_code, [])
    if in_context:
        dates = [d for d in dates if d.year < in_context[1].year]
    return max(dates, key=lambda d: d.start()) if dates else None


def _about_something_else(hit: Hit) -> bool:
    """A grade for a school, adult social care or a hospital, not for the council's children's services."""
    template = hit.sentence.template
    start = _clause_start(template, hit.match.start(), follow_relative=True)
    end_break = CLAUSE_BREAK.search(template, hit.match.end())
    # The words as written: a school's name may have become a token.
    clause = hit.sentence.original(start, end_break.start() if end_break else len(template))
    return bool(other_subjects().search(clause))


def read_judgement(hit: Hit, ctx: Context) -> list[f.Fact]:
    if _about_something_else(hit):
        return []
    authority, from_context = _authority(hit, ctx, "subject")
    grade = hit.slot("grade")
    if authority is None or grade is None:
        return []
    when, kind, dated_from_context = _judgement_when(hit, authority, ctx)
    _record(ctx, authority, when)
    if when is not None and not dated_from_context and kind in GRADED_KINDS:
        # The verdict named here is the one the article goes on to break down by area.
        ctx.current[authority.gss_code] = (kind, when, True)
    confidence = hit.rule.confidence * (CONTEXT_PENALTY if from_context else 1) * (
        CONTEXT_PENALTY if dated_from_context else 1)
    subjects = _subjects(hit, ctx, authority)
    out: list[f.Fact] = []
    for subject in subjects:
        if subject is not authority:
            when, kind, _ = _judgement_when(hit, subject, ctx)
        out += [f.Judgement(evidence=[hit.evidence(confidence)], authority=subject, area=area, grade=grade.value,
                            date=when, kind=kind) for area in _areas(hit)]
    return out


def read_change(hit: Hit, ctx: Context) -> list[f.Fact]:
    if _about_something_else(hit):
        return []
    authority, from_context = _authority(hit, ctx, "subject")
    old, new = hit.slot("from"), hit.slot("to")
    if authority is None or old is None or new is None:
        return []
    if hit.slot("from_date"):
        old_date = hit.slot("from_date").value
    elif hit.slot("from_rel"):
        old_date = _years_back(hit.slot("from_rel").value, authority, ctx)
    else:
        old_date = _previous(authority, ctx)
    in_context = _inspection_in_context(authority, ctx)
    new_date = hit.slot("to_date").value if hit.slot("to_date") else (
        (in_context[1] if in_context[2] else in_context[1].to_year()) if in_context else None)
    new_kind = in_context[0] if in_context and not hit.slot("to_date") else "inspection"
    _record(ctx, authority, old_date)
    confidence = hit.rule.confidence * (CONTEXT_PENALTY if from_context else 1)
    out: list[f.Fact] = []
    for area in _areas(hit):
        out.append(f.Judgement(evidence=[hit.evidence(confidence)], authority=authority, area=area,
                               grade=old.value, date=old_date, kind="inspection"))
        out.append(f.Judgement(evidence=[hit.evidence(confidence)], authority=authority, area=area,
                               grade=new.value, date=new_date, kind=new_kind))
    return out


def read_inspection(hit: Hit, ctx: Context) -> list[f.Fact]:
    kind = hit.slot("kind").value if hit.slot("kind") else hit.rule.kind
    when = hit.slot("date")
    body = _resolve_body(hit.slot("body"), ctx, hit.sentence)
    authority, from_context = _authority(hit, ctx, "subject", "body", body=body)
    if authority is None or not kind or when is None:
        return []
    subjects = _listed_councils(hit.sentence) if hit.slot("subject") is None else []
    subjects = subjects if len(subjects) > 1 else _subjects(hit, ctx, authority)
    for subject in subjects:
        if not _fieldwork_of_known_report(ctx, subject, when.value):
            ctx.current[subject.gss_code] = (kind, when.value, False)
    _own_range(hit, when)
    confidence = hit.rule.confidence * (CONTEXT_PENALTY if from_context else 1)
    dates = [when.value] + [m.value for m in _more_dates(hit)]
    return [f.Inspection(evidence=[hit.evidence(confidence)], authority=subject, kind=kind, date=day)
            for subject in subjects for day in dates]


def _fieldwork_of_known_report(ctx: Context, authority: Authority, when: PartialDate) -> bool:
    """True when the article already gave the report these visits led to (published a few months later)."""
    current = ctx.current.get(authority.gss_code)
    if not current or not current[2]:
        return False
    gap = (current[1].start() - when.start()).days
    return 0 <= gap <= FIELDWORK_TO_REPORT


def _more_dates(hit: Hit) -> list[Mention]:
    """"visits in March and July and in November": every date of the list, not only the first."""
    template, at, found = hit.sentence.template, hit.match.end(), []
    while True:
        more = re.match(r"(?:\s*,\s*|\s*,?\s+and\s+)(?:(?:in|on|during)\s+)?⟪DATE:(\d+)⟫", template[at:])
        if not more or int(more.group(1)) in hit.owned:
            return found
        found.append(hit.sentence.mentions[int(more.group(1))])
        hit.owned.add(int(more.group(1)))
        at += more.end()


def _organisation(name: str) -> f.Organisation:
    return f.Organisation(name=name, kind="")


def _council(authority: Authority) -> f.Organisation:
    return f.Organisation(name=authority.name, kind="council", authority=authority)


def read_operator(hit: Hit, ctx: Context) -> list[f.Fact]:
    when = hit.slot("since") or hit.clause_date(before=False) or hit.clause_date() or hit.date_later_in_sentence()
    since = when.value if when else None
    if hit.rule.effect == "returned":
        body = _nearest_body(hit, ctx)
        authority, from_context = _authority(hit, ctx, "authority", body=body)
        if authority is None:
            return []
        evidence = hit.evidence(hit.rule.confidence * (CONTEXT_PENALTY if from_context else 1))
        out: list[f.Fact] = [f.Arrangement(evidence=[evidence], authority=authority, operator=_council(authority),
                                           since=since)]
        if body:
            out.append(f.Arrangement(evidence=[evidence], authority=authority, operator=_organisation(body), until=since))
        return out
    name = _resolve_body(hit.slot("operator"), ctx, hit.sentence) if hit.slot("operator") else _nearest_body(hit, ctx)
    if name is None:
        return []
    listed = [m.value for m in hit.span_mentions("authorities", "AUTH")]
    authority, from_context = (listed[0], False) if listed else _authority(hit, ctx, "authority", body=name)
    if authority is None:
        return []
    ctx.body_authority.setdefault(name, authority)
    until = hit.slot("until").value if hit.slot("until") else None
    confidence = hit.rule.confidence * (CONTEXT_PENALTY if from_context else 1)
    return [f.Arrangement(evidence=[hit.evidence(confidence)], authority=subject, operator=_organisation(name),
                          since=since, until=until) for subject in (listed or _group_after(hit, ctx, authority))]


def _group_after(hit: Hit, ctx: Context, authority: Authority) -> list[Authority]:
    """"on behalf of both councils": the councils the article listed last."""
    template = hit.sentence.template
    end_break = CLAUSE_BREAK.search(template, hit.match.end())
    rest = template[hit.match.start(): end_break.start() if end_break else len(template)]
    if GROUP_WORDS.search(rest) and ctx.group:
        return ctx.group
    return [authority]


def _nearest_body(hit: Hit, ctx: Context) -> str | None:
    names = [m for m in hit.sentence.mentions if m.kind in ("BODY", "BODYREF")]
    for mention in names:
        name = _resolve_body(mention, ctx, hit.sentence)
        if name:
            return name
    return ctx.bodies.order[0] if len(ctx.bodies.order) == 1 else None


def _refinement(hit: Hit, ctx: Context) -> tuple[str, f.Organisation | None, PartialDate, f.Evidence] | None:
    since = hit.slot("since")
    body = _nearest_body(hit, ctx)
    if since is None or body is None:
        return None
    return hit.rule.effect, _organisation(body), since.value, hit.evidence(hit.rule.confidence)


def read_post(hit: Hit, ctx: Context) -> list[f.Fact]:
    person, role_mention = hit.slot("person"), hit.slot("role")
    role = role_mention.value if role_mention else hit.rule.role
    if role_mention is not None and role_mention.kind == "INTERVENTION":
        # "appointed X as Birmingham's commissioner": the intervention's post
        role = "commissioner" if role == "commissioner-appointed" else ""
    if person is None or not role:
        return []
    org_mention = hit.slot("org")
    council = ctx.focus or ctx.main
    if org_mention is None and hit.rule.matched(hit.match, "thecouncil") and council is not None:
        organisation = _council(council)
    elif org_mention is None and role == "commissioner" and council is not None:
        organisation = _council(council)
    elif org_mention is not None and org_mention.kind == "AUTH":
        organisation = _council(org_mention.value)
    else:
        name = _resolve_body(org_mention, ctx, hit.sentence) if org_mention else (
            ctx.bodies.order[0] if len(ctx.bodies.order) == 1 else None)
        if name is None:
            return []
        organisation = _organisation(name)
    interim = bool(hit.rule.matched(hit.match, "interim")) or (role_mention is not None and "interim" in role_mention.text.lower())
    confidence = hit.rule.confidence * (1 if org_mention else CONTEXT_PENALTY)
    return [f.Post(evidence=[hit.evidence(confidence)], person=_person_name(person.value), role=role,
                   organisation=organisation, interim=interim)]


def _person_name(text: str) -> str:
    from cskg.loaders.mentions import _config

    titles = "|".join(_config()["person"]["titles"])
    return re.sub(rf"^(?:{titles})\.?\s+", "", text.strip())


def read_intervention(hit: Hit, ctx: Context) -> list[f.Fact]:
    post = hit.rule.matched(hit.match, "commissioner")
    if hit.slot("kind"):
        kind = hit.slot("kind").value
    elif post:
        kind = "commissioner-appointed" if "commissioner" in post.lower() else "improvement-adviser-appointed"
    else:
        kind = hit.rule.kind
    if kind == "commissioner":  # the post's name, read where the intervention is meant
        kind = "commissioner-appointed"
    if hit.rule.kinds and kind not in hit.rule.kinds:
        return []
    authority, from_context = _authority(hit, ctx, "authority")
    if authority is None or not kind:
        return []
    listed = [m.value for m in hit.span_mentions("authorities", "AUTH")]
    subjects = listed or _subjects(hit, ctx, authority)
    when = hit.slot("date") or hit.clause_date() or hit.date_earlier_in_sentence()
    by = hit.slot("by") or next((m for m in hit.sentence.mentions if m.kind == "GOV"), None)
    by_org = f.Organisation(name=_government_name(by.value), kind="government") if by else None
    confidence = hit.rule.confidence * (CONTEXT_PENALTY if from_context else 1)
    return [f.Intervention(evidence=[hit.evidence(confidence)], authority=subject, kind=kind,
                           date=when.value if when else None, by=by_org) for subject in subjects]


GROUP_WORDS = re.compile(r"\b(?:both|the\s+two|the\s+three|all\s+three|each\s+of\s+the)\s+(?:councils|authorities|boroughs|areas)\b", re.IGNORECASE)


def _listed_councils(sentence: Sentence) -> list[Authority]:
    listed = re.search(r"⟪AUTH:(\d+)⟫(?:(?:\s*,\s*|\s*,?\s+and\s+)(?:the\s+)?⟪AUTH:(\d+)⟫)+", sentence.template)
    if not listed:
        return []
    return list(dict.fromkeys(sentence.mentions[int(i)].value for i in re.findall(r"⟪AUTH:(\d+)⟫", listed.group())))


def _subjects(hit: Hit, ctx: Context, authority: Authority) -> list[Authority]:
    """The councils a match is about: a list in its clause ("Swindon and the Isles of Scilly were ..."),
    "both councils" for the councils the article listed last, else the one council."""
    template = hit.sentence.template
    zone_start = _clause_start(template, hit.match.start(), follow_relative=True)
    zone = template[zone_start: hit.match.end()]
    if GROUP_WORDS.search(zone) and ctx.group:
        return ctx.group
    return _conjoined_subjects(hit) or [authority]


def _conjoined_subjects(hit: Hit) -> list[Authority]:
    """"Swindon and the Isles of Scilly are among four councils issued with ...": each council listed
    as the clause's subject."""
    template = hit.sentence.template
    zone = template[_clause_start(template, hit.match.start()): hit.match.start()]
    listed = re.match(r"\s*(?:the\s+)?⟪AUTH:(\d+)⟫(?:(?:\s*,\s*|\s*,?\s+and\s+)(?:the\s+)?⟪AUTH:(\d+)⟫)+", zone)
    if not listed:
        return []
    indices = re.findall(r"⟪AUTH:(\d+)⟫", listed.group())
    return [hit.sentence.mentions[int(i)].value for i in indices]


def _government_name(key: str) -> str:
    from cskg.loaders.mentions import _config

    return _config()["government_names"][key]


def _own_range(hit: Hit, when: Mention) -> None:
    """Mark a date, and the end of a range it opens ("during April and May", "from May to July"), as taken."""
    index = hit.sentence.mentions.index(when)
    hit.owned.add(index)
    token = f"⟪DATE:{index}⟫"
    at = hit.sentence.template.find(token)
    opens_range = re.search(r"\b(?:during|between|from)\s+$", hit.sentence.template[:at], re.IGNORECASE)
    joiner = r"(?:and|to|until|till|-|–|—)" if opens_range else r"(?:to|until|till|-|–|—)"
    follow = re.match(rf"\s*{joiner}\s*⟪DATE:(\d+)⟫", hit.sentence.template[at + len(token):])
    if follow:
        hit.owned.add(int(follow.group(1)))


def read_report(hit: Hit, ctx: Context) -> list[f.Fact]:
    """A report's publication date: the date of the judgements the article goes on to give."""
    when = hit.slot("date")
    if when is not None and re.search(r"\b(?:reports|batch|round-?up)\b", hit.sentence.text, re.IGNORECASE):
        ctx.batch_report = when.value
        _own_range(hit, when)
        return []
    authority, _ = _authority(hit, ctx, "subject")
    if when is None or authority is None:
        return []
    kind = hit.slot("kind").value if hit.slot("kind") else next(
        (m.value for m in hit.sentence.mentions if m.kind == "KIND" and m.value in GRADED_KINDS), None)
    if kind in (None, "inspection") and authority.gss_code in ctx.current and ctx.current[authority.gss_code][0] in GRADED_KINDS:
        kind = ctx.current[authority.gss_code][0]
    if kind in GRADED_KINDS or kind is None:
        ctx.current[authority.gss_code] = (kind or "inspection", when.value, True)
    _own_range(hit, when)
    return []


READERS = {"report": read_report, "judgement": read_judgement, "change": read_change, "inspection": read_inspection,
           "operator": read_operator, "post": read_post, "intervention": read_intervention}


# ------------------------------------------------------------------ merging
def _same_but_date(a: f.Fact, b: f.Fact) -> bool:
    ka, kb = a.key(), b.key()
    return type(a) is type(b) and ka[:-1] == kb[:-1]


def _merge(found: list[f.Fact]) -> list[f.Fact]:
    """One fact per thing said: repeated statements pool their evidence, and a date read as
    "earlier this year" gives way to "in April 2017" for the same arrangement or judgement."""
    merged: list[f.Fact] = []
    for fact in found:
        target = next((m for m in merged if _mergeable(m, fact)), None)
        if target is None:
            merged.append(fact)
            continue
        _absorb(target, fact)
    return merged


def _mergeable(a: f.Fact, b: f.Fact) -> bool:
    if isinstance(a, f.Arrangement) and isinstance(b, f.Arrangement):
        return a.key() == b.key()
    if a.key() == b.key():
        return True
    if isinstance(a, (f.Judgement, f.Inspection, f.Intervention)) and _same_but_date(a, b):
        da, db = a.date, b.date  # type: ignore[attr-defined]
        return da is not None and db is not None and (da.refines(db) or db.refines(da))
    return False


def _absorb(target: f.Fact, other: f.Fact) -> None:
    target.evidence.extend(e for e in other.evidence if e not in target.evidence)
    for attribute in ("date", "since", "until", "shadow_since"):
        if not hasattr(target, attribute):
            continue
        mine, theirs = getattr(target, attribute), getattr(other, attribute)
        if mine is None or (theirs is not None and theirs.refines(mine)):
            setattr(target, attribute, theirs if theirs is not None else mine)


def _apply_refinements(merged: list[f.Fact], refinements: list[tuple[str, f.Organisation | None, PartialDate, f.Evidence]]) -> None:
    for effect, organisation, when, evidence in refinements:
        for fact in merged:
            if not isinstance(fact, f.Arrangement) or organisation is None or fact.operator is None:
                continue
            if fact.operator.name != organisation.name:
                continue
            if effect == "shadow":
                fact.shadow_since = when
            elif effect == "launch" and (fact.since is None or when.refines(fact.since)):
                fact.since = when
            else:
                continue
            fact.evidence.append(evidence)


def _settle_operator_kinds(merged: list[f.Fact], ctx: Context) -> None:
    """The kind an article calls a body: its most specific description, else what the table says."""
    order = _operator_kind_order()
    for fact in merged:
        organisation = getattr(fact, "operator", None) or getattr(fact, "organisation", None)
        if organisation is None or organisation.kind:
            continue
        said = ctx.bodies.kinds.get(organisation.name) or ctx.ref_kinds.get(organisation.name) or []
        if said:
            kind = min(said, key=lambda k: order.get(k, 99))
        else:
            kind = ctx.bodies.table_kinds.get(organisation.name, "") or kind_from_name(organisation.name)
            kind = {"community interest company": "community-interest-company"}.get(kind, kind)
        settled = f.Organisation(name=organisation.name, kind=kind or "company", acronym=_acronym(organisation.name, ctx))
        if isinstance(fact, f.Arrangement):
            fact.operator = settled
        elif isinstance(fact, f.Post):
            fact.organisation = settled


def kind_from_name(name: str) -> str:
    """"Wessex Children's Trust" is a trust: the kind a body's own name gives."""
    from cskg.loaders.mentions import _config

    for ending, kind in _config()["name_kinds"].items():
        if re.search(ending, name):
            return kind
    return ""


def _acronym(name: str, ctx: Context) -> str:
    return next((alias for alias, full in ctx.bodies.names.items() if full == name and alias != name), "")


def _operator_kind_order() -> dict[str, int]:
    graph = vocabulary_graph()
    order = {}
    for concept_iri, _, notation in graph.triples((None, SKOS.notation, None)):
        key = str(concept_iri).removeprefix(str(VOCAB))
        if key.startswith("operator-kind/"):
            order[key.split("/", 1)[1]] = int(notation)
    return order


def _complete(fact: f.Fact) -> bool:
    if isinstance(fact, f.Arrangement):
        return fact.authority is not None and fact.operator is not None
    return getattr(fact, "authority", True) is not None


__all__ = ["extract", "Context", "concept"]
