"""## What it does

Flags literal fill-in markers that would be sent as they are: `[Name]`, `[Company Name]`,
`<company>`, `<<first name>>`, `XXX`, `TODO`, `FIXME`, `insert_company_name`, `[insert role]`,
`INSERT RATE`, a field's name in capitals (`CLIENT NAME`, with any fields' names after it:
`CLIENT NAME AND ADDRESS`, `JOB TITLE BASED IN LOCATION`), a `____` blank, an amount left as
`XX` (`£XXk`, `$XX,XXX`, `XX LPA`, `XX%`).
Other fields' names in capitals, the kind of value and the words saying which (`START DATE`,
`INTERVIEW DATE`, `SALARY RANGE`, `SHIFT PATTERN`, `WARD NAME`), and a contact's (`PHONE
NUMBER`, `MOBILE NUMBER`, `EMAIL ADDRESS`; not any number, `JOB NUMBER`) are fill-ins where the
value goes ("you'd start on START DATE", "call me on PHONE NUMBER"), not when said loudly as a
noun ("the CLOSING DATE is Friday", "my EMAIL ADDRESS", "a £450 DAY RATE"), as a label or
heading ("START DATE: 3 March", "START DATE Monday") or inside a longer run of capitals
("IMMEDIATE START DATE"). A place's field alone is a fill-in after "in" ("you'd be based in
LOCATION", "in TOWN", "in LOCATION and TOWN"), where the place goes.
Square- and angle-bracket fill-ins are flagged only while the `bracket` or `angle` dialect is
off: with the dialect on they are placeholders. Bracketed text counts as a fill-in when it names
a field (name, company, role, title, link, date, rate, ward, specialty, shift pattern, area,
town…), so Markdown links, `[sic]` and `[1]` are left alone; so is a word like `add-on`,
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

## Options

- `markers` (list of words, default `["XXX", "TODO", "FIXME", "TKTK"]`): upper-case words that
  mark unfinished text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from outreach_lint.check import RuleContext
from outreach_lint.message import Message
from outreach_lint.model import Diagnostic, Option, Rule, Severity
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_folded, compile_regex
from outreach_lint.prefilter import prefiltered
from outreach_lint.rules.fill_in_tags import (
    FIELD_WORDS,
    VALUE_KINDS,
    a_subject_tag,
    insert_here,
    insert_here_is_a_fill_in,
)

FILL_WORDS = frozenset(
    [
        "name",
        "names",
        "first",
        "last",
        "company",
        "companies",
        "firm",
        "employer",
        "client",
        "role",
        "title",
        "position",
        "vacancy",
        "job",
        "link",
        "url",
        "date",
        "time",
        "day",
        "location",
        "city",
        "country",
        "salary",
        "range",
        "rate",
        "skill",
        "skills",
        "school",
        "team",
        "recruiter",
        "candidate",
        "insert",
        "here",
        "your",
        "their",
        "his",
        "her",
        "number",
        "phone",
        "email",
        "address",
        "manager",
        "department",
        "industry",
        "project",
        "field",
        "topic",
        "detail",
        "details",
        "specific",
        "something",
        "x",
        "xx",
        "xxx",
        "placeholder",
        "blank",
        "personal",
        "personalize",
        "personalise",
        "reason",
        "value",
        "benefit",
        "recipient",
        "contact",
        # where and what in health, care, hospitality and logistics: [ward], [hospital],
        # [specialty], [shift pattern], [area], [town], [agency]
        "specialty",
        "speciality",
        "ward",
        "hospital",
        "trust",
        "practice",
        "clinic",
        "site",
        "depot",
        "venue",
        "branch",
        "area",
        "region",
        "town",
        "postcode",
        "shift",
        "shifts",
        "hours",
        "pay",
        "band",
        "grade",
        "agency",
        # the same in the other languages agencies write in (French, German, Spanish,
        # Portuguese, Italian, Dutch, Polish): [Prénom], [Vorname], [Empresa], <bedrijf>
        "prénom",
        "prenom",
        "nom",
        "entreprise",
        "société",
        "societe",
        "poste",
        "intitulé",
        "vorname",
        "nachname",
        "firma",
        "unternehmen",
        "stelle",
        "stellentitel",
        "nombre",
        "apellido",
        "empresa",
        "puesto",
        "cargo",
        "nome",
        "cognome",
        "azienda",
        "ruolo",
        "naam",
        "voornaam",
        "bedrijf",
        "functie",
        "imię",
        "imie",
        "nazwisko",
        "stanowisko",
        "titel",
        "titre",
        "título",
        "titolo",
        "tytuł",
        "datum",
        "fecha",
        "uhrzeit",
        "heure",
        "hora",
        "ort",
        "stad",
        "ville",
        "ciudad",
        "città",
        "cidade",
        "miasto",
        "rol",
    ]
)
_NOT_A_FIELD_FIRST = frozenset(
    ["full", "part", "half", "one", "real", "over", "any", "all", "same", "next", "long", "short"]
)
"""Two words that start so are a word, not a field ([Full-time], [Part time], [Real-time]),
whatever the second says."""
_TASK = compile_regex(r"(?m)^[ \t]*(?:[-*+]|\d+[.)])[ \t]+$")
"""What stands before a Markdown task list's box on its line (``- [x] done``)."""


def _capitals(ws: Iterable[str]) -> str:
    """An alternation of ``ws`` in capitals, the longest first (those of letters A-Z only)."""
    return "|".join(
        sorted({w.upper() for w in ws if w.isascii() and w.isalpha()}, key=lambda w: (-len(w), w))
    )


_CAPITAL_FIELDS = _capitals(FILL_WORDS)
"""The fields' words in capitals: "INSERT HOSPITAL NAME"."""
_MORE_OF_THE_FILL_IN = (
    r"(?:(?:[ \t]+(?:AND|OR|IN|AT|OF|BASED[ \t]+IN))?[ \t]+|[ \t]*[-\u2013\u2014&/+][ \t]*)"
    r"(?:" + _capitals(FILL_WORDS - {"your", "their", "his", "her", "insert"}) + r")"
    r"(?![%|*}\]>#\w])"
)
"""After a field's name in capitals, another field's word, alone or after a word that joins
fields' names ("AND", "IN", "BASED IN", "&"): more of the same fill-in ("CLIENT NAME AND
ADDRESS", "JOB TITLE BASED IN LOCATION", "COMPANY NAME HOSPITAL"), where a verb or any other
word starts a sentence of its own ("CLIENT NAME URGENTLY NEEDS NURSES")."""
UPPER_FILL_IN_SOURCE = (
    r"(?<![%|*{\[<#\w])(?:(?:FIRST|LAST|FULL|CLIENT|COMPANY|CANDIDATE)[ _]?NAME|JOB[ _]TITLE|"
    r"NAME(?=[ \t]*(?:[,.!?:;)]|$)))(?![%|*}\]>#\w])(?:" + _MORE_OF_THE_FILL_IN + r")*"
)
"""A field's name in capitals, left in the text, and the fields' words after it: "Hi NAME,",
"with CLIENT NAME", "CLIENT NAME AND ADDRESS" (not a placeholder of a style that is off,
"%FIRSTNAME%", which OL407 reports, nor "the NAME Foundation")."""
_A_CONTACTS_FIELD = r"(?:PHONE|MOBILE|TELEPHONE|CONTACT|WHATSAPP)[ \t]+NUMBER|E-?MAIL[ \t]+ADDRESS"
"""A contact's field in capitals: "PHONE NUMBER", "MOBILE NUMBER", "EMAIL ADDRESS" (not any
number, "JOB NUMBER", which a recruiter may ask to be quoted)."""
_A_FIELDS_NAME = (
    r"(?P<field>(?<![A-Z][ \t])(?<![%|*{\[<#\w])(?:(?:(?:"
    + _capitals(
        (FILL_WORDS | FIELD_WORDS | {"interview"})
        - {"your", "their", "his", "her", "insert", "here"}
    )
    + r")[ \t]+)+(?:"
    + _capitals(VALUE_KINDS)
    + r")|"
    + _A_CONTACTS_FIELD
    + r")(?![%|*}\]>#\w])(?:"
    + _MORE_OF_THE_FILL_IN
    + r")*)(?![ \t]+[A-Z0-9£$€\x1a]|[ \t]*:)"
)
"""Any other field's name in capitals, words saying which value and the kind of value ("START
DATE", "INTERVIEW DATE", "SALARY RANGE", "SHIFT PATTERN", "WARD NAME", "CANDIDATE FIRST NAME",
"PHONE NUMBER", "EMAIL ADDRESS"), when it is all of
its run of capitals (not "IMMEDIATE START DATE", "START DATE CONFIRMED") and no label before its
value or a colon ("START DATE Monday", "START DATE 3 March", "START DATE {{ date }}", "START
DATE: 3 March"). ``capital_fill_ins`` also asks that it stand where a value goes
(``_in_a_values_place``)."""
_A_PLACE_IN = (
    r"(?<=\b[Ii]n[ \t])(?:LOCATION|TOWN|CITY)(?![%|*}\]>#\w])(?:"
    + _MORE_OF_THE_FILL_IN
    + r"|[ \t]+(?:and|or)[ \t]+(?:LOCATION|TOWN|CITY)(?![%|*}\]>#\w]))*"
    r"(?![ \t]+[A-Z0-9£$€\x1a]|[ \t]*:)"
)
"""A place's field in capitals alone, after "in", where the place goes ("you'd be based in
LOCATION", "in TOWN", "in LOCATION and TOWN", quoted whole), not in a run of capitals ("in
LOCATION UK")."""
_PRONOUN_OR_MODAL = frozenset(
    "i we you they he she it i'll we'll you'll they'll he'll she'll i'd we'd you'd they'd will "
    "would can could shall should may might must to please just simply then and also kindly "
    "or first".split()
)
"""Words before "insert" that make it a verb in a sentence: "I'll insert the rate…", "please
insert the vacancy number in the form"."""
_WORD_BEFORE = compile_regex(r"([\w']+)\s*$")
_INSERT_SOURCE = (
    r"(?P<id>\b(?:insert|add|enter|put)[_-][a-z_-]+\b)"
    # "Insert the hospital name here", "please insert the agreed hourly rate for nights here"
    # (``fill_in_tags.insert_here_is_a_fill_in`` tells the sentences: "you'll insert PICC lines
    # here and at the Royal"), "Insert name", "INSERT salary" (not "insert a link to your
    # portfolio", a verb in a sentence; "I'll insert the rate" is left by its subject)
    r"|\b(?P<verb>INSERT|Insert|insert)\s+(?:"
    + insert_here((FILL_WORDS | FIELD_WORDS) - {"insert", "here"})
    + r"|(?:\w+\s+){0,3}?(?:name|"
    r"company|role|title|job|link|date|details|location|salary|skill|url|number|rate)\b"
    r"(?!\s+(?:is|was|for|to\s+your)\b))"
    r"|(?<![\w_])_{3,}(?![\w_])"
)
_INSERT = compile_regex(_INSERT_SOURCE)
FILL_IN = compile_regex(
    # "(insert length)", "(ADD DETAILS)", "[ENTER RATE]" (not "(add me on WhatsApp)")
    r"[(\[][ \t]*(?:insert|INSERT|Insert|ADD|ENTER)[ \t]+[^()\[\]\n]{1,40}[)\]]"
    # "DD/MM/YYYY", "£??k", "#CLIENT#", "((client))"
    r"|\b(?:DD|MM)[/.-](?:MM|DD)[/.-](?:YYYY|YY)\b"
    r"|[£$€][ \t]?\?{2,}[kK]?"
    r"|#[A-Z][A-Z_]{1,30}#"
    r"|\(\([A-Za-z][\w ]{0,30}\)\)"
    # "INSERT RATE", "INSERT HOSPITAL NAME" (not "press INSERT NOW")
    r"|\bINSERT(?:[ \t]+[A-Z]{2,}){0,3}?(?:[ \t]+(?:" + _CAPITAL_FIELDS + r")\b)+"
    r"|" + UPPER_FILL_IN_SOURCE + r"|" + _A_FIELDS_NAME + r"|" + _A_PLACE_IN
)
"""Fill-ins written in capitals or marks, case-sensitive (OL703 leaves them to this rule):
found by ``capital_fill_ins``."""
MAY_FILL_IN = compile_regex(
    r"DD[/.-]|MM[/.-]|\?\?|#[A-Z]|\(\(|[(\[][ \t]*(?:insert|Insert|INSERT|ADD|ENTER)|INSERT[ \t]|"
    + _capitals(VALUE_KINDS)
    + r"|NUMBER|ADDRESS"
)
"""What each of ``FILL_IN``'s matches holds: most texts hold none, and the engine finds that
in one pass that tries only their first characters."""
_NOUN_PHRASE_BEFORE = frozenset(
    "the a an this that these those our your my their his her its each every any no some".split()
)
"""Words before a field's name in capitals that make it a noun said loudly, not a fill-in:
"the CLOSING DATE is Friday", "our PAY RATE" (so does a number: "£450 DAY RATE")."""
_LINE_WORD_BEFORE = compile_regex(r"([\w']+)[ \t]*$")
_MAY_INSERT = prefiltered(_INSERT_SOURCE)
"""``_INSERT`` ignoring case, on folded text: where it finds nothing, ``_INSERT`` cannot match.
Most templates hold no such phrase, and the prefilter skips it there at no cost (``_INSERT``
itself is case-sensitive, which the prefilter's one pass over folded text cannot tell)."""
_DEFAULT_MARKERS = ("XXX", "TODO", "FIXME", "TKTK")


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    fill_in_dialects = [d for d in ctx.shared.inactive_dialects if d.fill_in]
    markers = _markers(tuple(ctx.options.get("markers", _DEFAULT_MARKERS)))
    for message in ctx.messages:
        prose = message.prose
        found: list[tuple[int, int]] = []
        found.extend(m.span() for m in markers.finditer(prose))
        if _MAY_INSERT.search(message.folded):
            found.extend(
                _to_here(prose, m)
                for m in _INSERT.finditer(prose)
                # not "add-on", "put-together", "insert_node()", "we'll insert your name"
                if _an_insert_fill_in(ctx, message, m)
            )
        found.extend(capital_fill_ins(prose))
        for dialect in fill_in_dialects:
            for m in _with_a_subjects_tag(message, dialect.name, dialect.placeholder):
                if (
                    _names_a_field(m.group("name"))
                    and not _a_value(m.group("name"))
                    and not _a_task_box(prose, m)
                    and not (
                        message.field.name == "subject" and a_subject_tag(prose, m, FILL_WORDS)
                    )
                ):
                    found.append(m.span())
        end_so_far = -1
        for start, end in sorted(set(found), key=lambda s: (s[0], -s[1])):
            if end <= end_so_far:
                continue  # inside a fill-in already reported
            end_so_far = end
            yield Diagnostic(
                start,
                end,
                f"'{message.text[start:end]}' is a fill-in that would "
                "be sent as is: replace it or make it a placeholder",
                field=message.field.name,
            )


_TAG_BEFORE_A_COLON = compile_regex(r"\[(?P<name>[^\W\d_][\w .'’-]{0,40}?)\](?=:)")
"""A bracketed tag before a colon, which the bracket style leaves out (``[1]: https://…`` is a
Markdown link's definition), at the start of a subject: "[Job]: Job Title, Location"."""


def _with_a_subjects_tag(
    message: Message, dialect: str, placeholder: re.Pattern[str]
) -> Iterable[re.Match[str]]:
    """The fill-ins of the style ``placeholder`` in ``message``, and in a subject the
    bracketed tag that opens it before a colon ("[Job]: Job Title, Location"), which is no
    Markdown link's definition there."""
    prose = message.prose
    found = placeholder.finditer(prose)
    if dialect != "bracket" or message.field.name != "subject":
        return found
    tag = _TAG_BEFORE_A_COLON.match(prose, len(prose) - len(prose.lstrip(" \t")))
    return found if tag is None else [tag, *found]


def capital_fill_ins(prose: str) -> list[tuple[int, int]]:
    """The spans of ``FILL_IN``'s fill-ins in ``prose``: "CLIENT NAME", "INSERT RATE", "START
    DATE" where a value goes ("you'd start on START DATE"), "DD/MM/YYYY", "#CLIENT#"."""
    if MAY_FILL_IN.search(prose) is None:
        return []
    spans: list[tuple[int, int]] = []
    at = 0
    while (m := FILL_IN.search(prose, at)) is not None:
        if m["field"] is not None and not _in_a_values_place(prose, m.start(), m.end()):
            at = m.start() + 1  # "the CANDIDATE FIRST NAME": its "FIRST NAME" all the same
            continue
        spans.append(m.span())
        at = m.end()
    return spans


def _in_a_values_place(prose: str, start: int, end: int) -> bool:
    """Does the field's name in capitals at ``start:end`` stand where its value goes ("pay is
    SALARY RANGE, plus overtime"), not after a word that makes it a noun ("the CLOSING DATE",
    "£450 DAY RATE") nor alone on its line, a heading ("SHIFT PATTERN")?"""
    line_start = prose.rfind("\n", 0, start) + 1
    before = _LINE_WORD_BEFORE.search(prose, max(line_start, start - 20), start)
    if before is not None:
        word = before.group(1).lower()
        return word not in _NOUN_PHRASE_BEFORE and not word[-1].isdigit()
    if prose[line_start:start].strip(" \t-*+#>"):
        return True  # "Pay: SALARY RANGE"
    line_end = prose.find("\n", end)
    return bool(prose[end : len(prose) if line_end < 0 else line_end].strip())


def _names_a_field(label: str, after: int = 0) -> bool:
    """Does ``label`` name what goes there ("First Name", "insert-link"), in its words from
    ``after`` on (after "insert", "add"…)? Not a hyphenated word like "Full-time"."""
    ws = words(label)
    if len(ws) == 2 and ws[0] in _NOT_A_FIELD_FIRST:  # [Full-time], [Part time]
        return False
    return 0 < len(ws) <= 5 and any(w in FILL_WORDS for w in ws[after:])


_GRADED = compile_folded(
    r"(?:band|grade|level|ward|year|step|tier|stage|floor|bay|room|unit|phase|day|shift|"
    r"week|month|site|zone|wing|block|round|part|session|slot|option|clinic|theatre)\s*\d+[a-z]?"
    r"(?:\s*(?:-|\u2013|/|or|to)\s*\d+[a-z]?)?"
)
"""A graded word and its number, all of the label: a value ("[Band 5]", "<Ward 12>", "[Day 1]"),
not a field to fill in ("[Address Line 1]", "[Day 1 start time]")."""


def _a_value(label: str) -> bool:
    """Does ``label`` hold a value, a graded word's number, rather than name a field: "[Band
    5]", "[Grade 7]", "<Ward 12>" (not "[Company 2]", "[Calendar link 2]")?"""
    return any(c.isdigit() for c in label) and _GRADED.fullmatch(label.strip().lower()) is not None


def _an_insert_fill_in(ctx: RuleContext, message: Message, m: re.Match[str]) -> bool:
    """Is ``_INSERT``'s match ``m`` a fill-in: ``insert_rate`` but not ``add-on``, "please insert
    rate here" but not "you'll insert PICC lines here and at the Royal", "Insert name" but not
    "we can insert your name on the rota"?"""
    if m["id"] is not None:
        return _names_a_field(m["id"], after=1)
    if m["phrase"] is not None:
        return insert_here_is_a_fill_in(ctx, message, m)
    return m["verb"] is None or not _after_a_subject(message.prose, m.start())


_TO_HERE = compile_regex(
    r"(?:,?(?:[ \t]+|[ \t]*\n[ \t]*)(?!(?:but|then|so|if|when|once|while|until|because|I|we|"
    r"you|they|here)(?:'\w+)?\b)[\w'-]+){0,8}?,?[ \t]+here\b(?!')"
)
"""From the end of "insert" and a field's word, the rest of its phrase up to "here", with "and"
or an aside between commas but no new clause ("Insert your full name and mobile here", "insert
hourly rate, plus enhancements and mileage, here"; not "Insert the rate and we'll talk it
through here")."""


def _to_here(prose: str, m: re.Match[str]) -> tuple[int, int]:
    """The span of the fill-in ``m``, "Insert your full name" up to the "here" that ends its
    phrase ("Insert your full name and mobile here"), quoted whole."""
    if m["verb"] is not None and m["phrase"] is None:
        rest = _TO_HERE.match(prose, m.end())
        if rest is not None:
            return m.start(), rest.end()
    return m.span()


def _after_a_subject(prose: str, start: int) -> bool:
    """Is the word before ``start`` a pronoun or a modal verb, making the "insert" there a verb
    in a sentence ("I'll insert your rate", "we can insert your name"), not a fill-in?"""
    m = _WORD_BEFORE.search(prose, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in _PRONOUN_OR_MODAL


def _a_task_box(prose: str, m: re.Match[str]) -> bool:
    """Is ``m`` the box of a Markdown task list item (``- [x] done``, ``- [ ] to do``)?"""
    if m.group("name").strip().lower() not in ("x", ""):
        return False
    line_start = prose.rfind("\n", 0, m.start()) + 1
    return _TASK.fullmatch(prose, line_start, m.start()) is not None


@lru_cache(maxsize=16)
def _markers(markers: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of the marker words, made once per list of them (2 us a template else)."""
    return compile_regex(
        r"\b(?:XXX+|" + "|".join(re.escape(m) for m in markers) + r")\b"
        # an amount left as XX: "£XXk", "$XX,XXX", "CTC is XX LPA", "XX% bonus"
        r"|(?<=[£$€₹])XX(?:[.,]X+)*[kK]?\b|\bXX(?:[.,]X+)*[kK]\b"
        r"|\bXX(?:[.,]X+)*(?=[kK]?\s*(?:LPA|lakhs?|per\b|p\.?a\.?(?!\w)|%|/\s*(?:hr|hour|day|year)))"
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
