"""## What it does

Flags literal fill-in markers that would be sent as they are: `[Name]`, `[Company Name]`,
`<company>`, `<<first name>>`, `XXX`, `TODO`, `FIXME`, `insert_company_name`, `[insert role]`,
`INSERT RATE`, a field's name in capitals (`CLIENT NAME`, with any fields' names after it:
`CLIENT NAME AND ADDRESS`, `JOB TITLE BASED IN LOCATION`), a `____` blank, an amount left as
`XX` (`£XXk`, `$XX,XXX`, `XX LPA`, `XX%`, `XX cents per mile`, `XXp a mile`).
Other fields' names in capitals, the kind of value and the words saying which (`START DATE`,
`INTERVIEW DATE`, `SALARY RANGE`, `SHIFT PATTERN`, `WARD NAME`), and a contact's (`PHONE
NUMBER`, `MOBILE NUMBER`, `EMAIL ADDRESS`; not any number, `JOB NUMBER`) are fill-ins where the
value goes ("you'd start on START DATE", "call me on PHONE NUMBER"), not when said loudly as a
noun ("the CLOSING DATE is Friday", "my EMAIL ADDRESS", "a £450 DAY RATE"), as a label or
heading ("START DATE: 3 March", "START DATE Monday") or inside a longer run of capitals
("IMMEDIATE START DATE"). A place's field alone is a fill-in after "in" ("you'd be based in
LOCATION", "in TOWN", "in LOCATION and TOWN"), where the place goes.
Square- and angle-bracket fill-ins are flagged only while the `bracket` or `angle` dialect is
off: with the dialect on they are placeholders. Text that an installed placeholder style which
is off reads as a placeholder (a plugin's `((first_name))` or `[[first_name]]` style, as
Mailchimp's `*|FNAME|*`) is left to OL407, which reports it once; `((client))` with no style
that reads it is a fill-in. Bracketed text counts as a fill-in when it names
a field (name, company, role, title, link, date, rate, ward, specialty, shift pattern, area,
town…) or what a personal line says of the reader (restaurant, university, post, award, mutual
connection…), so Markdown links, `[sic]` and `[1]` are left alone; so is a word like `add-on`,
`put-together` or `enter-key`, which `add_salary` or `enter-date` are not, a bracket holding a
graded value (`[Band 5]`, `[Grade 7]`, but not `[Company 2]`), and "insert" as a verb in a
sentence ("I'll insert the rate into your contract", "press INSERT NOW").

A tag such as `[Job]`, `[Role]`, `[Position]` or `[Vacancy]` at the start of a subject line is
left alone when a job title follows it, with or without a dash, bar or colon between: "[Job]
Senior Data Engineer", "[Role] - Ward Manager, Leeds", "[Job] – {{ job_title }}". It is a
fill-in when no title follows it: nothing, a word in lower case or another fill-in ("[Role] at
[Company]"), a field's name where the title goes ("[Job] - Job Title, Location", "[Job] -
Salary, Location", "[Job] - Specialty, Band", "[Role] - Name of role, location", "[Position] -
Hiring Manager Name") or the tag's own word ("[Job] - Job, Location"), or a firm's name, which
ends in Ltd, Limited, LLP, PLC, Inc, LLC or GmbH ("[Role] - Locum People Ltd": the role was left
out). A firm's name without such an ending ("[Role] - Acme Health") reads as a title and is left
alone; so is a legal form after one job in the singular, which names the job's kit ("[Job] -
Automation Engineer PLC": a programmable logic controller), where a firm is named for its people
in the plural ("[Role] - Smith Solicitors LLP" is a firm).

"Insert … here" is a fill-in, however many words stand between ("please insert the agreed hourly
rate for nights here", "insert the hourly rate, plus enhancements, here", "please insert rate
and shift pattern here", "insert hourly rate, plus enhancements and mileage, here": it is
quoted up to "here", unless a new clause comes first: "Insert the rate and we'll talk it
through here"), when the writer or nobody does the inserting: "Pay: please insert rate here",
"…, or insert rate here", "I'll insert the job spec link here once it's signed off". It is left
alone when what goes there is the reader's ("please insert your availability here"), but a
booking link, a firm's address and, in the sign-off, what a signature holds (a name, job title,
phone number) are the sender's ("or insert your Calendly link here", "Insert your company
address here", "Kind regards, insert your mobile number here", "Insert your job title here" on
a line after "Kind regards,"), up to a P.S., which speaks to the reader again ("P.S. Not
interested? Insert your email address here to unsubscribe"). When someone else inserts
("you'll", "you would", "our nurses"), "here" is the workplace if the sentence goes on after it
("you'll insert PICC lines here and at the Royal") and a fill-in if it ends there ("In this role
you will insert duties here.").

## Why is this bad?

Hand-written fill-ins are the commonest placeholder in published templates, and the one that
most often leaks unfilled into a sent message: "Hello <name>," tells the reader they are one
of hundreds.

## Example

```markdown
Hi [First Name], I'm hiring for [Company] and TODO add the salary band.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, I'm hiring a Senior Data Engineer for Northwind, and your
Kafka work at {{ company }} is what they need; the salary band is EUR 85-105k. Open to a call?
```

If your sending tool does fill in `[Square Brackets]`, whoever set up outreach-lint turns them
on in the config file, `.outreach-lint.yaml` (or `[tool.outreach-lint]` in `pyproject.toml`):
`dialects: [jinja, bracket]`. The first bracket finding of a template says so; the others say
only what to write.

## Options

- `markers` (list of words, default `["XXX", "TODO", "FIXME", "TKTK"]`): upper-case words that
  mark unfinished text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from outreach_lint.check import RuleContext
from outreach_lint.literals import may_match
from outreach_lint.model import Diagnostic, Dialect, Option, Rule, Severity
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.fill_in_brackets import bracket_fill_ins
from outreach_lint.rules.fill_in_capitals import capital_fill_ins
from outreach_lint.rules.fill_in_insert import insert_fill_ins
from outreach_lint.rules.inactive_dialect_placeholder import foreign_placeholders, looks
from outreach_lint.rules.write_as import rewritten, turn_on

_DEFAULT_MARKERS = ("XXX", "TODO", "FIXME", "TKTK")


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    fill_in_dialects = [d for d in ctx.shared.inactive_dialects if d.fill_in]
    markers = _markers(tuple(ctx.options.get("markers", _DEFAULT_MARKERS)))
    told: set[str] = set()
    """The styles whose setup step a finding on this template has given already."""
    for message in ctx.messages:
        prose = message.prose
        found: list[tuple[int, int]] = []
        if may_match(markers, prose):  # (most texts hold no "XX", "TODO", …)
            found.extend(m.span() for m in markers.finditer(prose))
        found.extend(insert_fill_ins(ctx, message))
        found.extend(capital_fill_ins(message))
        styles: dict[tuple[int, int], Dialect] = {}
        for dialect in fill_in_dialects:
            spans = bracket_fill_ins(message, dialect.name, dialect.placeholder)
            styles.update(dict.fromkeys(spans, dialect))
            found.extend(spans)
        if found:
            # a placeholder of a style that is off, plugins' included, is OL407's
            found = _outside(found, foreign_placeholders(ctx, message))
        end_so_far = -1
        for start, end in sorted(set(found), key=lambda s: (s[0], -s[1])):
            if end <= end_so_far:
                continue  # inside a fill-in already reported
            end_so_far = end
            written = message.text[start:end]
            style = styles.get((start, end))
            yield Diagnostic(
                start,
                end,
                _in_brackets(ctx, written, style, style.name not in told)
                if style is not None
                else f"'{written}' would be sent exactly as typed: type in what it stands for, or "
                "make it a placeholder",
                field=message.field.name,
            )
            if style is not None:
                told.add(style.name)


def _in_brackets(ctx: RuleContext, written: str, style: Dialect, setup: bool = True) -> str:
    """The finding on a fill-in in the style ``style`` (brackets, which is off): the
    placeholder to write instead, or the text itself where it is not the recipient's own
    ("[Location]", "[Your Name]"), then, with ``setup`` (the first such finding of a template:
    nine fill-ins need the advice once), the setup step if the sending tool fills these in."""
    new = rewritten(ctx, written, style)
    if new is None:
        action = "replace it, or make it a placeholder"
    else:
        action = f"write it as {new}"
        if not _theirs(ctx, written, style):
            action += ", or type in what it stands for"
    said = f"'{written}' would be sent exactly as typed: {action}"
    if not setup:
        return said
    return (
        f"{said} (or, if your sending tool fills in {looks(style.name)}, ask whoever set up "
        f"outreach-lint to {turn_on(ctx, style.name)})"
    )


_THEIRS = frozenset(["name", "org", "profile"])
"""The kinds of placeholder about the recipient: no template types in their name."""


def _theirs(ctx: RuleContext, written: str, style: Dialect) -> bool:
    """Is the fill-in ``written`` about the recipient ("[First Name]", "[Company]")? Not when
    it speaks to the writer ("[Your Name]", "[Your phone number]": the sender's own)."""
    m = style.placeholder.fullmatch(written)
    if m is None:
        return False
    name = m.group("name")
    return words(name)[:1] not in (("your",), ("my",)) and ctx.kind(name) in _THEIRS


def _outside(
    found: list[tuple[int, int]], placeholders: list[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """The spans of ``found`` that are not inside one of ``placeholders``: "((first_name))"
    where a 'parens' dialect is installed but off is OL407's placeholder, not a fill-in."""
    return [
        (start, end)
        for start, end in found
        if not any(s <= start and end <= e for s, e, _style in placeholders)
    ]


@lru_cache(maxsize=16)
def _markers(markers: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of the marker words, made once per list of them (2 us a template else)."""
    return compile_regex(
        r"\b(?:XXX+|" + "|".join(re.escape(m) for m in markers) + r")\b"
        # an amount left as XX: "£XXk", "$XX,XXX", "CTC is XX LPA", "XX% bonus"
        r"|(?<=[£$€₹])XX(?:[.,]X+)*[kK]?\b|\bXX(?:[.,]X+)*[kK]\b"
        r"|\bXX(?:[.,]X+)*(?=[kK]?\s*(?:LPA|lakhs?|per\b|p\.?a\.?(?!\w)|%|/\s*(?:hr|hour|day|year)))"
        # pay per mile: "XX cents per mile", "XXp a mile", "XX CPM"
        r"|\bXX(?=\s*(?:cents?|pence|p)\s*(?:per|a|/)\s*(?:mile|km)\b|\s*[CcPp][Pp][Mm]\b)"
    )


RULE = Rule(
    code="OL403",
    name="unfilled-fill-in",
    docs=__doc__ or "",
    check=check,
    severity=Severity.ERROR,
    options={
        "markers": Option(
            list(_DEFAULT_MARKERS), "upper-case words that mark unfinished text", (list,)
        )
    },
)
