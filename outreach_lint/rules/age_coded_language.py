"""## What it does

Flags wording that tells older candidates they are not wanted: "recent graduate" or "new grad"
as what the job is for ("looking for a recent graduate", "ideal for a new grad"), "digital
native", "young and energetic", "young, dynamic team", "young professionals",
graduation-year windows ("graduated between 2018 and 2022", "class of 2022 to 2024",
"finished university in the last two years"), caps on experience ("no more than 5 years of
experience", "a maximum of 3 years' PQE") and age ranges ("aged 20-35").

Not flagged: a young company ("a young company", "founded 5 years ago"), minimum experience
("5+ years of experience", "3-5 years' PQE"), work with young people (a youth worker's
caseload), a "digital-native brand", and a sender who was a recent graduate themselves.

## Why is this bad?

US law protects workers aged 40 and over, and "recent graduate", "digital native", "young"
and graduation-year windows are the age-coded wording that agencies are told to avoid: they
screen people out by age without saying so, and a recipient can quote them back.

## Example

```markdown
We're a young, energetic agency looking for a recent graduate (class of 2022 to 2024) to
join as a Junior Social Media Executive. Digital natives only!
```

## Use instead

```markdown
We're a 12-person agency hiring a Junior Social Media Executive: you'll run our clients'
TikTok and Instagram calendars. No experience needed; we train you.
```

## Options

None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.patterns import compile_folded
from outreach_lint.prefilter import located, prefiltered

_N = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_YEAR = r"(?:19|20)\d\d"
_RANGE = _YEAR + r"(?:\s*(?:-|–|to|and|or|through|until)\s*(?:(?:19|20)?\d\d))?"
_EXPERIENCE = r"years?'?\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:experience|exp|pqe)\b"

_GRADUATE = located(
    r"\b(?:recent|new|fresh)(?:ly)?\s+(?:college\s+|university\s+|uni\s+)?grad(?:uate)?s?\b"
)
_FOR_THEM = compile_folded(
    r"\b(?:looking\s+for|seeking|want\w*|need\w*|hir\w*|recruit\w*|ideal\w*|perfect|suit\w*|"
    r"great\s+for|aimed\s+at|targeted\s+at|designed\s+for|only|prefer\w*|must\s+be|should\s+"
    r"be|are\s+you\s+an?|if\s+you(?:'re|\s+are)\s+an?|open\s+to|welcom\w*)\b"
    r"|\bfor\s+(?:(?:a|an|the|more|other|all)\s+)?$"
)
_ONLY_THEM = compile_folded(
    r"\s*(?:\(|,)?\s*(?:(?:are|is)\s+(?:very\s+|especially\s+|particularly\s+)?)?(?:only|"
    r"preferred|wanted|needed|welcome|encouraged|ideal|ideally|sought)\b"
)
_THEMSELF = compile_folded(
    r"\b(?:as\s+an?|I(?:'m|\s+am|\s+was)\s+an?|myself|congratulations|congrats|our)\s+(?:\S+\s+)?$"
)
_CODED = prefiltered(
    # "digital natives only"
    r"\bdigital[\s-]natives?\b(?![\s-](?:brands?|compan(?:y|ies)|business(?:es)?|retailers?|"
    r"banks?|start-?ups?|platforms?|publishers?|agenc(?:y|ies)|firms?|products?|media|"
    r"companies|insurers?|lenders?)\b)"
    # "young and energetic", "a young, dynamic team"
    r"|\byoung(?:\s*,\s*|\s+and\s+|\s+)(?:energetic|dynamic|hungry|vibrant|enthusiastic|"
    r"ambitious|fresh|fun|lively|eager)\b"
    r"|\byoung\s+(?:team|professionals|talent|blood|graduates|candidates|workforce|guns?|"
    r"go-getters|hires)\b"
    r"|\byouthful\s+(?:team|energy|workforce|candidates|outlook)\b"
    # graduation-year windows
    r"|\bgraduat\w*\s+(?:between|in|from|after|since|no\s+earlier\s+than|in\s+or\s+after)\s+"
    + _RANGE
    + r"\b|\bclass\s+of\s+"
    + _RANGE
    + r"\b|\b"
    + _YEAR
    + r"\s*(?:-|–|to|or|and)\s*(?:(?:19|20)?\d\d)\s+grad(?:uate)?s\b"
    r"|\b" + _YEAR + r"\s+(?:or|and)\s+(?:later|after|onwards|newer)\s+grad(?:uate)?s\b"
    r"|\bgrad(?:uate)?s?\s+(?:of|from)\s+" + _RANGE + r"\b"
    r"|\b(?:graduat\w*|finish\w*\s+(?:university|uni|college|school|(?:your|their)\s+(?:degree|"
    r"studies))|complet\w*\s+(?:your\s+|their\s+|a\s+)?(?:degree|studies))\s+(?:in|within|during)"
    r"\s+(?:the\s+)?(?:last|past|previous)\s+(?:" + _N + r"\s+|few\s+|couple\s+of\s+)?"
    r"(?:years?|months?)\b"
    # "no more than 5 years of experience"
    r"|\b(?:(?:no|not)\s+more\s+than|(?:a\s+)?max(?:imum)?\.?(?:\s+of)?|at\s+most|up\s+to)\s+"
    + _N
    + r"\s+"
    + _EXPERIENCE
    + r"|\b"
    + _N
    + r"\s+"
    + _EXPERIENCE
    + r"\s+(?:max(?:imum)?|at\s+most|or\s+(?:less|fewer))\b"
    # "aged 20-35", "under the age of 30"
    r"|(?<!people\s)(?<!children\s)(?<!kids\s)(?<!pupils\s)(?<!students\s)(?<!patients\s)"
    r"(?<!clients\s)(?<!users\s)(?<!adults\s)(?<!learners\s)(?<!residents\s)(?<!boys\s)"
    r"(?<!girls\s)(?<!customers\s)(?<!teens\s)(?<!youths\s)"
    r"\baged?\s+(?:between\s+)?(?:1[6-9]|[2-9]\d)\s*(?:-|–|to|and)\s*\d\d\b"
    r"|\b(?:under|below)\s+the\s+age\s+of\s+\d\d\b"
    r"|\b(?:under|below|younger\s+than|no\s+older\s+than)\s+\d\d\s+(?:years\s+(?:old|of\s+age)|"
    r"y/?o)\b",
    locate=True,
)


_IDEAL_FOR = compile_folded(
    r"\b(?:looking\s+for|seeking|want\w*|ideal\w*|perfect|suit\w*|great\s+for|aimed\s+at|"
    r"targeted\s+at|designed\s+for|only|prefer\w*|must\s+be|should\s+be)\b"
)


def _graduate_wanted(prose: str, sentence_start: int, start: int, end: int) -> bool:
    """Is the job for graduates ("looking for a recent graduate", "recent graduates only")?
    Not "as a recent graduate myself". "New grad" names programmes too ("our new grad RN
    residency"), so it needs a plain preference ("ideal for a new grad")."""
    before = prose[max(sentence_start, start - 60) : start]
    if _THEMSELF.search(before) or re.search(r"\bmyself\b", prose[end : end + 12]):
        return False
    wanted = _IDEAL_FOR if prose.startswith("new", start) else _FOR_THEM
    return bool(wanted.search(before) or _ONLY_THEM.match(prose, end))


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        folded = message.folded
        hits = [(m.start(), m.end()) for m in _CODED.finditer(folded)]
        for m in _GRADUATE.finditer(folded):
            sentence = message.sentence_at(m.start())
            if _graduate_wanted(folded, sentence.start, m.start(), m.end()):
                hits.append((m.start(), m.end()))
        for start, end in sorted(hits):
            text = " ".join(message.prose[start:end].split())
            yield Diagnostic(
                start,
                end,
                f"'{text}' is age-coded: describe the skills and the level of the job "
                "instead (e.g. 'no experience needed', 'entry-level')",
                field=message.field.name,
            )


RULE = Rule(
    code="OL602",
    name="age-coded-language",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
