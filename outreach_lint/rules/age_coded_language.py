"""## What it does

Flags wording that tells older candidates they are not wanted: "recent graduate", "recent PhD
graduate", "recent law graduate", "new grad", "graduates from the last two years" or "fresh out
of university" as what the job is for ("looking for a recent graduate", "ideal for a recent
design graduate", "ideal for a new grad", "it suits someone fresh out of university", "we're
hiring and would love to train a recent graduate"), "digital
native", "young and energetic", "young, dynamic team", "young professionals", "a team of
energetic millennials", "ideally early twenties", graduation-year windows ("graduated between
2018 and 2022", "class of 2022 to 2024", "finished university in the last two years", "finished
their PhD in the last two years", "got their PhD in 2023 or 2024"), qualification-year windows,
which in accountancy and law stand in for age ("qualified between 2020 and 2023", "qualified in
the last two years", "qualified no more than three years ago"), caps on experience ("no more
than 5 years of experience", "no more than 10 years in the trade", "someone with under 5 years'
experience", "a maximum of 3 years' PQE") and ages ("aged 20-35", "between 25 and 35 years old",
"someone who is 25-35", "ideally under 35").

Not flagged: a young company ("a young company", "founded 5 years ago", "under 5 years old"),
minimum experience ("5+ years of experience", "3-5 years' PQE"), an invitation ("even with under
2 years' experience you'd fit"), job levels ("newly qualified", "NQ solicitor", "Early Career
Teacher", "our graduate scheme", "looking for someone to run our new UK graduate programme"),
when the reader qualified, said as a fact ("you qualified with KPMG in 2016", "since you
finished your PhD in the last two years"), numbers that count something ("35 hours a week",
"£25-35k", "25-35 beds"), work with young people (a youth worker's caseload) or with graduates
("hiring a Careers Adviser to work with recent graduates", "a Trainee Supervisor to support
recent law graduates", "hiring a Graduate Training Manager to train recent graduates"; not an
employer keen to train them, which is hiring them), a "digital-native brand", and a sender who
was a recent graduate themselves.

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
Hi {{ first_name|default('there') }}, your TikToks for {{ club_name }} are why I'm writing.
We're a 12-person agency hiring a Junior Social Media Executive: you'll run our clients'
TikTok and Instagram calendars. No experience needed; we train you. Could we talk this week?
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
from outreach_lint.prefilter import prefiltered

_N = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_YEAR = r"(?:19|20)\d\d"
_RANGE = _YEAR + r"(?:\s*(?:-|–|to|and|or|through|until)\s*(?:(?:19|20)?\d\d))?"
_EXPERIENCE = (
    r"years?'?\s+(?:(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:experience|exp|pqe)\b|in\s+(?:the\s+)?"
    r"(?:trade|industry|sector|profession|field|business)\b)"
)
"""Experience: "5 years' experience", "3 years of PQE", "10 years in the trade"."""
_AGES = r"(?:between\s+)?(?:1[6-9]|[2-9]\d)\s*(?:-|–|to|and)\s*\d\d"
"""An age range: "20-35", "between 25 and 35"."""
_NOT_CLIENTS = "".join(
    rf"(?<!{who}\s)"
    for who in (
        "people children kids pupils students patients clients users adults learners residents "
        "boys girls customers teens youths"
    ).split()
)
"""Not right after the people a job serves ("young people aged 11-19")."""
_AGE_ENDS = r"\b(?=\s*(?:[.,;:!?)]|$|(?:and|or|ideally|preferably|please)\b))"
"""After a bare number: nothing it counts ("35 hours", "£25-35k", "25-35 beds")."""
_SPAN = (
    _YEAR + r"\s*(?:-|–|to|and|or|through|until)\s*(?:(?:19|20)?\d\d)|" + _YEAR + r"\s+or\s+"
    r"(?:later|after|since)"
)
_RECENTLY = (
    r"(?:in|within|during|over)\s+(?:the\s+)?(?:last|past|previous)\s+(?:" + _N + r"\s+|few\s+|"
    r"couple\s+of\s+)?(?:years?|months?)\b|(?:(?:no|not)\s+more\s+than|(?:less|fewer)\s+than|"
    r"under|at\s+most|within)\s+(?:" + _N + r"|a\s+few|a\s+couple\s+of)\s+years?\s+ago\b"
)
_FINISHED = (
    r"(?:qualif(?:ied|ying)|(?:finish\w*|complet\w*|got|gotten|earn\w*|receiv\w*|obtain\w*|"
    r"awarded|passed)\s+(?:your\s+|their\s+|a\s+|the\s+)?(?:phd|ph\.d\.?|doctorate|dphil|"
    r"degree|studies|masters?|msc|training|qualifications?|finals)|finish\w*\s+(?:university|"
    r"uni|college|school))"
)
_ABOUT_THEM = compile_folded(
    r"(?:\byou(?:'ve|\s+have|'d|\s+had)?\s+(?:just\s+|recently\s+|only\s+|been\s+)?|\b(?:since|"
    r"after|now\s+that|as|congratulations\s+on|congrats\s+on|well\s+done\s+on)\s+(?:you\s+)?)$"
)
_REQUIRED = compile_folded(
    r"\b(?:ideal\w*|prefer\w*|should|must|need\w*|want\w*|looking\s+for|seeking|only|"
    r"requir\w*|will|would)\b|'ll\b"
)

_GRADUATE = prefiltered(
    # "a recent graduate", "a recent law graduate", "recent MSc data graduates": what they
    # studied may stand between (not "in recent years graduates", "new joiners and graduates")
    r"\b(?:recent|new|fresh)(?:ly)?\s+(?:(?!(?:of|for|and|or|the|an?|in|on|at|to|with|from|"
    r"years?|months?|weeks?)\b)[\w.&'-]+\s+){0,2}?grad(?:uate)?s?\b"
    r"(?!\s+(?:schemes?|programmes?|programs?|residenc(?:y|ies)|intakes?|fairs?)\b)"
    # "graduates from the last two years", "someone fresh out of university"
    r"|\bgrad(?:uate)?s?\s+(?:from|of)\s+(?:the\s+)?(?:last|past|previous)\s+(?:" + _N + r"\s+|"
    r"few\s+|couple\s+of\s+)?years?\b"
    r"|\b(?:fresh|straight)\s+out\s+of\s+(?:university|uni|college|school)\b",
    locate=True,
)
_FOR_THEM = compile_folded(
    r"\b(?:looking\s+for|seeking|want\w*|need\w*|hir\w*|recruit\w*|appoint\w*|ideal\w*|perfect|suit\w*|"
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
    # (not "a digital-native skincare brand", nor the "digital natives aged 18-24" it sells to)
    r"(?<!sell\sto\s)(?<!sells\sto\s)(?<!selling\sto\s)(?<!market\sto\s)(?<!aimed\sat\s)"
    r"(?<!targeting\s)\bdigital[\s-]natives?\b(?![\s-](?:[\w-]+[\s-]+){0,2}?(?:brands?|compan(?:y|ies)|"
    r"business(?:es)?|retailers?|banks?|start-?ups?|platforms?|publishers?|agenc(?:y|ies)|"
    r"firms?|products?|media|companies|insurers?|lenders?|customers?|consumers?|shoppers?|"
    r"audiences?|users?|market|readers?|fans?|aged)\b)"
    # "young and energetic", "a young, dynamic team"
    r"|\byoung(?:\s*,\s*|\s+and\s+|\s+)(?:energetic|dynamic|hungry|vibrant|enthusiastic|"
    r"ambitious|fresh|fun|lively|eager)\b"
    r"|\byoung\s+(?:team|professionals|talent|blood|graduates|candidates|workforce|guns?|"
    r"go-getters|hires)\b"
    r"|\byouthful\s+(?:team|energy|workforce|candidates|outlook)\b"
    r"|\byouthful,?\s+(?:high[\s-]energy|energetic|dynamic|vibrant)\b"
    # "ideally in their twenties", "a Gen Z hire", "a millennial who...", "fresh-faced"
    r"|\bin\s+(?:their|your|his|her)\s+(?:early\s+|mid\s+|late\s+)?(?:twenties|20s|thirties|30s)\b"
    # "someone ideally early twenties", "aged mid-20s"
    r"|\b(?:ideally|preferably|aged|who(?:'s|\s+is)|you(?:'re|\s+are))\s+(?:ideally\s+|preferably\s+)?"
    r"(?:early|mid|late)[\s-]?(?:twenties|20s|thirties|30s)\b"
    r"|\bgen(?:eration)?[\s-]?z\s+(?:hires?|candidates?|talent|team|recruits?|workers?|"
    r"applicants?|engineers?|graduates?)\b"
    r"|\b(?:an?|young)\s+millennials?\s+(?:who|to|with|that|hire|candidate)\b"
    # "a team of energetic millennials"
    r"|\b(?:team|crew|group|office|bunch)\s+of\s+(?:[\w-]+\s+){0,2}?(?:millennials|gen[\s-]?z(?:ers)?|"
    r"twenty-?somethings|20-?somethings)\b"
    r"|\bfresh[\s-]faced\b"
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
    # "no more than 5 years of experience", "no more than 10 years in the trade"
    r"|\b(?:(?:no|not)\s+more\s+than|(?:a\s+)?max(?:imum)?\.?(?:\s+of)?|at\s+most|up\s+to)\s+"
    + _N
    + r"\s+"
    + _EXPERIENCE
    + r"|\b(?:\d{1,2}\s*[-–]\s*)?"  # "2-4 years' experience maximum", quoted whole
    + _N
    + r"\s+"
    + _EXPERIENCE
    + r"\s+(?:max(?:imum)?|at\s+most|or\s+(?:less|fewer))\b"
    # "someone with under 5 years' experience" (not "even with under 2 years' experience you'd
    # fit", nor "people with less than 2 years' experience are welcome too")
    r"|(?<=with\s)(?<!even\swith\s)\b(?:under|less\s+than|fewer\s+than)\s+"
    + _N
    + r"\s+"
    + _EXPERIENCE
    + r"(?!\s+(?:(?:are|is)\s+(?:also\s+|still\s+|very\s+)?welcome|(?:can|may|could)\s+(?:also\s+|"
    r"still\s+)?apply|too|also)\b)"
    # "aged 20-35", "under the age of 30"
    r"|" + _NOT_CLIENTS + r"\baged?\s+" + _AGES + r"\b"
    r"|\b(?:under|below)\s+the\s+age\s+of\s+\d\d\b"
    r"|\b(?:under|below|younger\s+than|no\s+older\s+than)\s+\d\d\s+(?:years\s+(?:old|of\s+age)|"
    r"y/?o)\b"
    # "Age limit: 32 years", "maximum age 35", "candidates should be under 30"
    r"|(?<!\bno\s)(?<!\bno\supper\s)\b(?:upper\s+)?age\s+(?:limit|bar|cap|cut-?off)\s*(?:is|of|:|-)?"
    r"\s*\d\d\b(?!\s*\+|\s*(?:or|and)\s+(?:over|above|older)|\s+(?:to|-|–)\s*\d)"
    r"|\b(?:max(?:imum)?|upper)\.?\s+age\s*(?:is|of|:|-)?\s*\d\d\b"
    r"|\b(?:candidates?|applicants?|you)\s+(?:should|must|need\s+to)\s+be\s+(?:under|below|"
    r"younger\s+than|no\s+older\s+than)\s+\d\d\b",
    locate=True,
)

_AGE = prefiltered(
    # "between 25 and 35 years old"
    r"(?=[\db])" + _NOT_CLIENTS + r"(?<!between\s)\b" + _AGES + r"\s+(?:years?\s+old|years\s+"
    r"of\s+age|y/?o)\b"
    # "someone who is 25-35", "ideally under 35": an age, as nothing is counted after it
    r"|\b(?:(?:who(?:'s|\s+is)|you(?:'re|\s+are)|(?:candidates?|applicants?|you|someone)\s+"
    r"(?:should|must)\s+be)\s+(?:ideally\s+|preferably\s+)?" + _AGES + r"|(?:someone|"
    r"candidates?|applicants?|ideally|preferably|who(?:'s|\s+is)|you(?:'re|\s+are))\s+"
    r"(?:ideally\s+|preferably\s+)?(?:under|below|younger\s+than|no\s+older\s+than)\s+\d\d)"
    + _AGE_ENDS,
    locate=True,
    needs=tuple("0123456789"),  # an age has digits; the analysis finds "y", in every text
)
_QUALIFIED = prefiltered(
    # "graduated in the last two years", "qualified no more than three years ago"
    r"\b(?:graduat\w*|" + _FINISHED + r")\s+(?:" + _RECENTLY + r")"
    # "qualified between 2020 and 2023", "got their PhD in 2023 or 2024"
    r"|\b" + _FINISHED + r"\s+(?:(?:between|from|in)\s+(?:" + _SPAN + r")|(?:after|since|no\s+"
    r"earlier\s+than|in\s+or\s+after)\s+" + _YEAR + r")\b",
    locate=True,
)
"""When someone qualified, in accountancy and law as in academia, stands in for their age."""


_IDEAL_FOR = compile_folded(
    r"\b(?:looking\s+for|seeking|want\w*|ideal\w*|perfect|suit\w*|great\s+for|aimed\s+at|"
    r"targeted\s+at|designed\s+for|only|prefer\w*|must\s+be|should\s+be)\b"
)


_SERVES = compile_folded(
    r"(?<!\bwant\s)(?<!\bwants\s)(?<!\bneed\s)(?<!\bneeds\s)(?<!\blooking\s)(?<!\blike\s)"
    r"(?<!\bhoping\s)\bto\s+(?:work\s+with|support|look\s+after|mentor|teach|supervise|"
    r"advise)\s+(?:the\s+|an?\s+)?$"
    r"|\b(?:working\s+with|supporting|looking\s+after|mentoring|teaching|supervising|"
    r"advising)\s+(?:the\s+|an?\s+)?$"
    # "hiring a Graduate Training Manager to train recent graduates": an infinitive of purpose
    # after the job being hired is the job's work (not "hiring and keen to train")
    r"|\b(?:hiring|recruiting|appointing|seeking|looking\s+for)\s+an?\s+"
    r"(?:(?!(?:and|to|that|who|which|is|are)\b)\w+[\s&/-]+){1,5}to\s+(?:\w+\s+and\s+)?"
    r"(?:train|coach)\s+(?:the\s+|an?\s+)?$"
)
"""Graduates as the people the job serves: "hiring a Careers Adviser to work with recent
graduates", "a Trainee Supervisor to support recent law graduates". Not when the employer
itself wants to train them ("we want to train recent graduates"): they are the hires. Training
or coaching graduates is nearly always that ("we're hiring and would love to train a recent
graduate", "our client is keen to train recent law graduates"), so it is a service only as the
purpose of the job being hired ("hiring a Graduate Training Manager to train recent
graduates", "hiring a Careers Coach to coach recent graduates")."""


def _graduate_wanted(prose: str, sentence_start: int, start: int, end: int) -> bool:
    """Is the job for graduates ("looking for a recent graduate", "recent graduates only")?
    Not "as a recent graduate myself", nor the graduates a job works with ("hiring a Careers
    Adviser to work with recent graduates"). "New grad" names programmes too ("our new grad RN
    residency"), so it needs a plain preference ("ideal for a new grad")."""
    before = prose[max(sentence_start, start - 60) : start]
    if _THEMSELF.search(before) or re.search(r"\bmyself\b", prose[end : end + 12]):
        return False
    if _SERVES.search(before):
        return False
    wanted = _IDEAL_FOR if prose.startswith("new", start) else _FOR_THEM
    return bool(wanted.search(before) or _ONLY_THEM.match(prose, end))


def _required(prose: str, sentence_start: int, start: int) -> bool:
    """Is a time of qualifying asked of candidates ("someone who qualified in the last two
    years"), not said of the reader ("since you qualified in the last two years")?"""
    before = prose[sentence_start:start]
    return not _ABOUT_THEM.search(before) or bool(_REQUIRED.search(before))


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        folded = message.folded
        hits = [(m.start(), m.end()) for m in _CODED.finditer(folded)]
        hits += [(m.start(), m.end()) for m in _AGE.finditer(folded)]
        for m in _QUALIFIED.finditer(folded):
            if _required(folded, message.sentence_at(m.start()).start, m.start()):
                hits.append((m.start(), m.end()))
        for m in _GRADUATE.finditer(folded):
            sentence = message.sentence_at(m.start())
            if _graduate_wanted(folded, sentence.start, m.start(), m.end()):
                hits.append((m.start(), m.end()))
        for start, end in sorted(hits):
            text = message.quote(start, end)
            yield Diagnostic(
                start,
                end,
                f"'{text}' is age-coded: describe the skills and the level of the job "
                "instead (e.g. 'entry-level', or a minimum such as '3+ years' experience')",
                field=message.field.name,
            )


RULE = Rule(
    code="OL602",
    name="age-coded-language",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
