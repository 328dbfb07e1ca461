"""Fill-ins written in capitals or marks, which OL403 reports and OL703 (shouting) leaves to
it: a field's name in capitals ("Hi NAME,", "with CLIENT NAME", "CLIENT NAME AND ADDRESS"),
"INSERT RATE", another field's name where its value goes ("you'd start on START DATE", "call me
on PHONE NUMBER", "you'd be based in LOCATION"), a date or amount left as a template
("DD/MM/YYYY", "£??k") and a field between marks ("#CLIENT#", "((client))").

Capitals are also how a writer says a word loudly, so a field's name in capitals is a fill-in
only where a value goes: not as a noun ("the CLOSING DATE is Friday", "a £450 DAY RATE"), a
label or heading ("START DATE: 3 March", "SHIFT PATTERN" on its own line) or inside a longer run
of capitals ("IMMEDIATE START DATE"). The patterns are case-sensitive and run on
``Message.prose`` (quotes straightened, placeholders masked with ``MASK``).
"""

from __future__ import annotations

from collections.abc import Iterable

from outreach_lint.message import Message, per_message
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.fill_in_words import FIELD_WORDS, FILL_WORDS, LINE_WORD_BEFORE, VALUE_KINDS


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
    r"DD[/.-]|MM[/.-]|\?\?|#[A-Z]|\(\(|\([ \t]*(?:insert|Insert|INSERT|ADD|ENTER)|"
    r"\[[ \t]*(?:insert|Insert|INSERT|ADD|ENTER)|INSERT[ \t]|"
    + _capitals(VALUE_KINDS)
    + r"|NUMBER|ADDRESS"
)
"""What each of ``FILL_IN``'s matches holds: most texts hold none, and the engine finds that
in one pass that tries only their first characters (each alternative starts with a character,
not a class: one alternative for "(" or "[" made the engine try every alternative at every
character, six times slower)."""
TWO_CAPITALS = compile_regex(r"[A-Z]'?[A-Z]")
"""Two capitals in a row ("I'M" too): in a word in capitals, an acronym or most of
``MAY_FILL_IN``'s matches."""
_CAPITALS_OR_MARK = compile_regex(
    r"[A-Z]'?[A-Z]|\?\?|#[A-Z]|[(\[](?:\(|[ \t]*(?:insert|Insert|INSERT|ADD|ENTER))"
)
"""``TWO_CAPITALS``, or a mark that starts a match of ``MAY_FILL_IN`` ("??", "#C", "((",
"(insert", "[ADD"): where the first match of either can start (three texts in five hold
neither)."""


@per_message
def first_capitals_or_mark(message: Message) -> int:
    """Where ``_CAPITALS_OR_MARK`` first matches in the message's prose, -1 where it does not:
    no run of words in capitals (OL703) nor match of ``MAY_FILL_IN`` (OL403) starts before.
    Searched once for both, in one pass (a search for each costs two)."""
    m = _CAPITALS_OR_MARK.search(message.prose)
    return -1 if m is None else m.start()


_MARKS = bytearray(b"x" * 256)
_MARKS[ord("A") : ord("Z") + 1] = b"A" * 26
_MARKS[ord("'")] = ord("'")
for _byte in b" \t-&/+":
    _MARKS[_byte] = ord(" ")
CAPITALS_TABLE = bytes(_MARKS)
"""For ``bytes.translate``: "A" for a capital A-Z, "'" for itself, a space for the space, the
tab and the marks that join words in capitals ("-", "&", "/", "+"), "x" for any other byte:
the stretches of a text where a run of words in capitals can be lie between two "x"."""


_NOUN_PHRASE_BEFORE = frozenset(
    "the a an this that these those our your my their his her its each every any no some".split()
)
"""Words before a field's name in capitals that make it a noun said loudly, not a fill-in:
"the CLOSING DATE is Friday", "our PAY RATE" (so does a number: "£450 DAY RATE")."""


@per_message
def capital_fill_ins(message: Message) -> tuple[tuple[int, int], ...]:
    """The spans of ``FILL_IN``'s fill-ins in the message's prose: "CLIENT NAME", "INSERT
    RATE", "START DATE" where a value goes ("you'd start on START DATE"), "DD/MM/YYYY",
    "#CLIENT#". Found once, for OL403 and OL703."""
    first = first_capitals_or_mark(message)
    prose = message.prose
    if first < 0 or MAY_FILL_IN.search(prose, first) is None:
        return ()
    spans: list[tuple[int, int]] = []
    at = 0
    while (m := FILL_IN.search(prose, at)) is not None:
        if m["field"] is not None and not _in_a_values_place(prose, m.start(), m.end()):
            at = m.start() + 1  # "the CANDIDATE FIRST NAME": its "FIRST NAME" all the same
            continue
        spans.append(m.span())
        at = m.end()
    return tuple(spans)


def _in_a_values_place(prose: str, start: int, end: int) -> bool:
    """Does the field's name in capitals at ``start:end`` stand where its value goes ("pay is
    SALARY RANGE, plus overtime"), not after a word that makes it a noun ("the CLOSING DATE",
    "£450 DAY RATE") nor alone on its line, a heading ("SHIFT PATTERN")?"""
    line_start = prose.rfind("\n", 0, start) + 1
    before = LINE_WORD_BEFORE.search(prose, max(line_start, start - 20), start)
    if before is not None:
        word = before.group(1).lower()
        return word not in _NOUN_PHRASE_BEFORE and not word[-1].isdigit()
    if prose[line_start:start].strip(" \t-*+#>"):
        return True  # "Pay: SALARY RANGE"
    line_end = prose.find("\n", end)
    return bool(prose[end : len(prose) if line_end < 0 else line_end].strip())
