"""## What it does

Flags words in capitals that are not acronyms ("URGENT", "WE ARE HIRING", "START MONDAY")
and runs of two or more exclamation marks ("!!!"). One finding per run, in the subject and the
body.

A run of capitalised words is shouting when one of them is an ordinary word ("WE ARE HIRING")
or six letters or longer; a word on its own, when it is a hype word ("URGENT", "HOT", "TODAY")
or reads as a long English word ("AMAZING", "EXCLUSIVE"). Acronyms are left alone: words of up
to five letters (SQL, AWS, CEO, ASAP, CSCS), long ones the rule knows (NEBOSH, MATLAB) or that
don't read as English (NASENCO), and any word in `allow`. So are a line that is only a
capitalised heading ("ABOUT THE ROLE:") and a keyword the reader is asked to send ("reply
STOP"). A fill-in left in capitals is OL403's to report ("CLIENT NAME", "START DATE", "PHONE
NUMBER", "based in LOCATION", "INSERT RATE PER HOUR"), and so are more fields' names after
it, alone or joined by "AND", "IN" or "BASED IN" ("CLIENT NAME AND ADDRESS", "JOB TITLE
BASED IN LOCATION", "COMPANY NAME HOSPITAL"); any other words after a field's name are judged
on their own ("CLIENT NAME URGENTLY NEEDS NURSES": "URGENTLY NEEDS NURSES" is shouting).

## Why is this bad?

Capitals and "!!!" are the marks of the bulk blast recruiters say they delete unread: the
"URGENT" staffing text, the "lucrative opportunity" at the spam end of the scale. They make a
message look mass-sent and pushy, and spam filters score them too.

## Example

```markdown
Hi {{ first_name }}!!! URGENT: we need Senior Carers in Wakefield. START NEXT WEEK.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, a care home in Wakefield needs Senior Carers from next
week, and your dementia care work at {{ company }} is what they're after. Could I call you
today?
```

## Options

- `allow` (list of words, default `[]`): capitalised words that are names or acronyms in your
  field, e.g. `["NEBOSH", "SENDCO"]`, set in the config file, `.outreach-lint.yaml`, as
  `rules: {OL703: {allow: [NEBOSH, SENDCO]}}`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint.addresses import addresses
from outreach_lint.check import RuleContext
from outreach_lint.message import Message, Span
from outreach_lint.model import Diagnostic, Option, Rule, Severity
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.fill_in_capitals import (
    CAPITALS_TABLE,
    TWO_CAPITALS,
    capital_fill_ins,
    first_capitals_or_mark,
)
from outreach_lint.rules.write_as import CONFIG_FILE

# Capitalised words; not the name inside a broken placeholder (``*|COMPANY| ``, ``%NAME``).
_CAPS_WORD = r"[A-Z](?<![\w|%{\[<*:$][A-Z])[A-Z]*(?:'[A-Z]+)?(?![\w|%}\]>])"
# (the lookbehind after the first capital: a pattern that starts with a capital is tried only
# where there is one, where one that starts with a lookbehind is tried at every character)
_CAPS = compile_regex(_CAPS_WORD)
_RUN = compile_regex(_CAPS_WORD + r"(?:(?:[ \t]+|[ \t]*[-–—&/+][ \t]*)" + _CAPS_WORD + r")*")
"""Capitalised words joined by spaces, a dash, a slash, "&" or "+": "CASH IN HAND", "NEW ROLES -
HGV"."""
_KEYWORD = compile_regex(
    r"\b(?:reply|text|type|send|say|write)(?:\s+(?:with|back))?\s*[\"']?$", re.I
)

LONG_ACRONYMS = frozenset(
    """
    ABAQUS ADIDAS ARAMARK ARCHICAD AUTOCAD AUTOSAR BENELUX BREEAM CAFCASS CAPITA CERNER COMLEX
    DEVOPS DEVSECOPS FINOPS FORTRAN GITOPS HADOOP HAZMAT LABVIEW MATLAB MEDITECH MRCPCH MRCPSYCH
    NASDAQ NASTRAN NEBOSH NHSBSA NVIDIA OFQUAL OFSTED ORACLE PRINCE RIDDOR SECOPS SENDCO
    SIMULINK SODEXO SOLIDWORKS TABLEAU UNESCO UNICEF
    """.split()
)
"""Capitalised words of six letters or more that are names or acronyms, not shouting."""

_HYPE = frozenset(
    """
    NEW NOW HOT FREE HUGE BIG BEST TOP WOW OMG CASH BONUS HURRY GREAT DREAM APPLY TODAY
    URGENT PLEASE FANTASTIC AWESOME SUPERB UNIQUE MASSIVE BRILLIANT STRAIGHT TOMORROW TONIGHT
    WEEKEND MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY
    """.split()
)
"""Capitalised words that are shouting even on their own."""

_ENGLISH_ENDING = compile_regex(
    r"(?:ING|INGS|ED|LY|TIONS?|SIONS?|MENTS?|NESS|ABLE|IBLE|FUL|LESS|OUS|IVES?|ITY|IES|ERS|ANT|"
    r"ENT|EST|ISTS?|ICS|AL)$"
)
"""Endings of English words that acronyms rarely have (AMAZING, EXCLUSIVE, OPPORTUNITY)."""

_ORDINARY = _HYPE | frozenset(
    """
    WE ARE YOU YOUR YOU'RE THE AND FOR NOT TO OF IN ON BE IS WAS GET GOT ALL ANY OUR MY
    I'M WE'RE DON'T CAN'T WON'T THIS THAT WITH HAVE HAS WILL JUST LIKE LOVE LOOK HERE WHAT WHY
    HOW WHO WHEN MORE MOST VERY REAL GOOD EASY FAST QUICK SOON NEED NEEDS MUST ONLY NEVER EVER
    AGAIN FIRST LAST NEXT WEEK DAY DAYS NIGHT TIME START JOIN CALL TEXT HELP MEET WANT OPEN
    ROLE ROLES JOB JOBS WORK PAY PAID RATE RATES MONEY SALES STAFF TEAM HIRE EARN OFFER DEAL
    LIVE HOME BACK OVER OUT OFF UP SO NO YES PLUS EXTRA CLICK SIGN BOOK MISS CHANCE READY
    ME IT'S LET'S ABOUT WHERE THERE THEIR WHICH WOULD COULD THANK HELLO DEAR HI HEY NEWS WIN
    FUN LOTS MANY SOME EVERY EACH BOTH ALSO EVEN STILL WELL GO SEE TRY ASK SAY MAKE TAKE KEEP
    FIND GIVE SEND REPLY DO
    """.split()
)
"""Everyday words: capitals on these are shouting, not an acronym."""


def _is_acronym(word: str, allow: frozenset[str]) -> bool:
    if word in allow or word in LONG_ACRONYMS:
        return True
    return len(word.replace("'", "")) <= 5 and word not in _ORDINARY


def _shouted_alone(word: str) -> bool:
    """A capitalised word on its own is shouting if it is a hype word or, when six letters or
    more, reads as an English word; other long ones are likely acronyms (NASENCO, CAFCASS)."""
    return word in _HYPE or (len(word) >= 6 and bool(_ENGLISH_ENDING.search(word)))


def _caps_runs(message: Message) -> list[list[re.Match[str]]]:
    """The runs of capitalised words (``_RUN``), each as its words; not the runs of one-letter
    words ("I", "A", "B & C"): all acronyms, they never shout (``_shouting``).

    Such a run holds two capitals in a row (``TWO_CAPITALS``), as most texts do not (one
    search for them and for fill-ins' marks, ``first_capitals_or_mark``, tells). In an ASCII
    text runs are then searched for only in the stretches of capitals, spaces and joining
    marks around those two capitals (``_near``), not tried at every capital ("Hi", "The")."""
    first = first_capitals_or_mark(message)
    if first < 0:
        return []
    prose = message.prose
    pair = TWO_CAPITALS.search(prose, first)
    if pair is None:
        return []
    if prose.isascii():
        return _near(prose, prose.encode().translate(CAPITALS_TABLE), pair.start())
    return [
        list(_CAPS.finditer(prose, *run.span()))
        for run in _RUN.finditer(prose)
        if TWO_CAPITALS.search(prose, *run.span())
    ]


def _near(prose: str, marks: bytes, at: int) -> list[list[re.Match[str]]]:
    """``_caps_runs`` of the ASCII ``prose`` from its first two capitals in a row (at ``at``),
    where ``marks`` (``CAPITALS_TABLE`` applied) holds an "x" for each character no run
    holds: the runs of each stretch between two "x" that holds two capitals in a row. No run
    reaches out of its stretch, and ``_RUN`` finds from a stretch's start the runs it finds
    there from the text's start (a match begun before the stretch ended before it); the
    search stops one character after the stretch, which no run holds but its lookahead
    reads."""
    runs: list[list[re.Match[str]]] = []
    while at >= 0:
        start = marks.rfind(b"x", 0, at) + 1
        end = marks.find(b"x", at)
        end = len(marks) if end < 0 else end
        for run in _RUN.finditer(prose, start, end + 1):
            if _two_capitals(marks, *run.span()) >= 0:
                runs.append(list(_CAPS.finditer(prose, *run.span())))
        at = _two_capitals(marks, end, len(marks))
    return runs


def _two_capitals(marks: bytes, start: int, end: int) -> int:
    """Where ``TWO_CAPITALS`` first matches in ``prose[start:end]`` (-1: nowhere), read from
    its ``marks``: "AA" or "A'A" there, which ``bytes.find`` finds far faster than the engine
    tries a class of characters at each place (over the bench's 1,000 templates, -j 1,
    callgrind: 4,230.0 M -> 4,206.9 M instructions)."""
    pair = marks.find(b"AA", start, end)
    quoted = marks.find(b"A'A", start, end)
    return pair if quoted < 0 or 0 <= pair < quoted else quoted


def _set_off(prose: str, run: list[re.Match[str]], at: int) -> bool:
    """Is the word at ``at`` (0: first, -1: last) alone, or set off from the rest of its run by
    more than spaces?"""
    if len(run) == 1:
        return True
    a, b = (run[0], run[1]) if at == 0 else (run[-2], run[-1])
    return not prose[a.end() : b.start()].isspace()


def _is_heading(prose: str, start: int, end: int) -> bool:
    line_start = prose.rfind("\n", 0, start) + 1
    line_end = prose.find("\n", end)
    line_end = len(prose) if line_end < 0 else line_end
    before = prose[line_start:start].strip()
    after = prose[end:line_end].strip()
    return not before and after in ("", ":")


def _shouting(prose: str, run: list[re.Match[str]], allow: frozenset[str]) -> list[re.Match[str]]:
    """The words of ``run`` that shout (none if it does not): without the acronyms at either
    end set off by a dash, slash or "&" ("NEW ROLES - HGV"; one joined by a space is part of
    the shouting: "CASH IN HAND"), nothing if it is all acronyms ("SQL DBA", "a FTSE 100 firm")
    or one word that does not shout alone."""
    if len(run) > 1 and all(_is_acronym(m.group(0), allow) for m in run):
        return []
    while run and _is_acronym(run[0].group(0), allow) and _set_off(prose, run, 0):
        run = run[1:]
    while run and _is_acronym(run[-1].group(0), allow) and _set_off(prose, run, -1):
        run = run[:-1]
    if len(run) == 1 and not _shouted_alone(run[0].group(0)):
        return []
    return run


def _after_fill_in(
    prose: str,
    run: list[re.Match[str]],
    fill_ins: tuple[tuple[int, int], ...],
    allow: frozenset[str],
) -> list[re.Match[str]]:
    """``run`` without the fill-in in capitals it starts with, which OL403 reports (with the
    fields' names after it: "CLIENT NAME AND ADDRESS"): after a field's name the rest is a
    sentence of its own ("CLIENT NAME URGENTLY NEEDS NURSES"), but
    up to four words after an "INSERT …" say what to insert, and are the fill-in too ("INSERT
    RATE PER HOUR PLUS ENHANCEMENTS")."""
    first = run[0].start()
    for start, end in fill_ins:
        if start <= first < end:
            rest = [m for m in run if m.start() >= end]
            if prose.startswith("INSERT", start) and len(rest) <= 4:
                return []
            return _shouting(prose, rest, allow)
    return run


def shouted(message: Message, allow: frozenset[str]) -> list[Span]:
    """Spans of capitalised runs and of "!!" runs, adjacent ones merged."""
    prose = message.prose
    urls = addresses(message)
    fill_ins: tuple[tuple[int, int], ...] | None = None
    spans: list[Span] = []
    for run in _caps_runs(message):
        start, end = run[0].start(), run[-1].end()
        run = _shouting(prose, run, allow)  # (first: most runs are an acronym alone)
        if not run:
            continue
        if fill_ins is None:  # "CLIENT NAME", "#CLIENT#": fill-ins left in (OL403)
            fill_ins = capital_fill_ins(message)
        if fill_ins:
            run = _after_fill_in(prose, run, fill_ins, allow)
            if not run:
                continue
        if any(s <= start < e for s, e in urls):
            continue
        if _KEYWORD.search(prose, max(0, start - 20), start):
            continue
        if message.field.name == "body" and _is_heading(prose, start, end):
            continue
        spans.append(Span(run[0].start(), run[-1].end()))
    if prose.count("!") >= 2:  # (a run has two at least; counting is much faster than searching)
        spans.extend(bang_runs(prose))
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def bang_runs(prose: str) -> list[Span]:
    """The runs of "!" and "?" with two "!" or more (the matches of ``[!?]*![!?]*![!?]*``):
    each run found from its first "!" (``str.find``), with the "?" before it and the marks
    after it. The engine, trying only the places where "!" or "?" stands, took several times
    longer over a long text (over the bench's 1,000 templates, -j 1, callgrind: 4,206.9 M
    instructions with it, 4,194.6 M without)."""
    spans: list[Span] = []
    at = prose.find("!")
    while at >= 0:
        start = at  # (no "!" is before it in the run: the last run ended before the "!")
        while start > 0 and prose[start - 1] == "?":
            start -= 1
        end = at + 1
        while end < len(prose) and prose[end] in "!?":
            end += 1
        if prose.count("!", at + 1, end):
            spans.append(Span(start, end))
        at = prose.find("!", end)
    return spans


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    allow = frozenset(w.upper() for w in ctx.options.get("allow", ()))
    for message in ctx.messages:
        for span in shouted(message, allow):
            text = message.text[span.start : span.end]
            advice = (
                "one exclamation mark is plenty"
                if not any(c.isalpha() for c in text)
                else "write it in sentence case, with one exclamation mark at most (if it is "
                "an abbreviation, ask whoever set up outreach-lint to add it to OL703's 'allow' "
                f"list in {CONFIG_FILE})"
            )
            yield Diagnostic(
                span.start,
                span.end,
                f"'{text}' reads as shouting: {advice}",
                field=message.field.name,
            )


RULE = Rule(
    code="OL703",
    name="shouting",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
    options={
        "allow": Option([], "capitalised words that are names or acronyms", (list,), values=(str,))
    },
)
