"""Values that flow through the pipeline: templates, placeholders, rules, findings.

Everything here is an immutable value; behaviour lives in the stage modules. Positions inside
the engine are character offsets: a ``Field`` offset counts characters of the field's own text,
a file offset counts characters of the file after CRLF is read as LF. Lines and columns exist
only on ``Finding``, made in one place (``source_map.LineIndex``).
"""

# (No ``from __future__ import annotations`` here: a NamedTuple's fields given as strings are
# each compiled at import, 0.6 ms of a one-file run for this module's.)
import enum
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from outreach_lint.patterns import compile_regex

if TYPE_CHECKING:
    from outreach_lint.source_map import SourceMap

from_fields = tuple.__new__
"""A ``NamedTuple`` made from all its fields in order, ``from_fields(Finding, (...))``, without
the Python code of the class's ``__new__`` (half the time, for what a run makes thousands of:
findings, placeholders, YAML nodes). Give every field: ``tests/test_fields_in_order.py``
checks what the pipeline makes so."""

CODE_RE = compile_regex(r"^[A-Z]{2,5}[0-9]{3}$")
NAME_RE = compile_regex(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
"""A rule's name: kebab-case, like ``client-named-too-early``."""


class Severity(str, enum.Enum):
    """How serious a finding is; formats that carry a level (JSON, SARIF, CI) show it."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


# --- text and templates ---------------------------------------------------------------------


class Field(NamedTuple):
    """One text field of a template (``body`` or ``subject``) as written in the file.

    ``text`` still holds placeholders, tags and comments (in a field written as HTML, its
    character references are decoded: ``references``); ``source_map`` turns an offset in
    ``text`` into an offset in the file.
    """

    name: str
    text: str
    source_map: "SourceMap"


class Variable(NamedTuple):
    """A placeholder the sending tool fills in, as declared under ``variables``."""

    name: str
    max_length: int | None = None
    sample: str | None = None


class Problem(NamedTuple):
    """Something wrong with a file or a template's metadata, found while parsing it.

    ``offset`` is a file offset; ``code`` is ``OL901`` (unreadable) or ``OL902`` (invalid YAML,
    front matter or template structure) unless a parser plugin uses its own.
    """

    code: str
    offset: int
    message: str
    text: str | None = None
    """The text ``offset`` counts in when it is not the parsed file's: for a file that cannot
    be decoded, the part before the bad byte."""


class Template(NamedTuple):
    """One message template, whatever file format it came from."""

    path: str
    body: Field
    subject: Field | None = None
    name: str | None = None
    channel: str | None = None
    role: str | None = None
    variables: Mapping[str, Variable] | None = None
    ignore: frozenset[str] = frozenset()
    metadata: Mapping[str, Any] = MappingProxyType({})
    key_offsets: Mapping[str, int] = MappingProxyType({})
    offset: int = 0
    """File offset that findings about the whole template point at."""

    def fields(self) -> tuple[Field, ...]:
        return (self.body,) if self.subject is None else (self.subject, self.body)


class ParseResult(NamedTuple):
    templates: list[Template]
    problems: list[Problem]


class SourceFile(NamedTuple):
    """A file as read: its display path and its text with CRLF read as LF."""

    path: str
    text: str


# --- placeholders ---------------------------------------------------------------------------


class Dialect(NamedTuple):
    """A placeholder syntax, declared as regular expressions.

    ``placeholder`` must have a group ``name`` and may have a group ``fallback`` (inline default
    text). ``tag`` matches block tags that are not message text (``{% if %}``, ``{{#if x}}``);
    an optional group ``cond`` names the variable a conditional tests, which makes placeholders
    of that name count as having a fallback; a group ``verbatim`` marks a raw block (``{% raw
    %}…{% endraw %}``), whose tags are not message text and whose text between them is sent as
    written (no placeholder, tag or stray delimiter is read there). ``comment`` matches
    comments, which are never message text and may hold ``outreach-lint: noqa`` directives.
    ``stray`` matches delimiter fragments left over once every well-formed construct is removed
    (a malformed placeholder). ``fill_in`` marks dialects (bracket, angle) whose syntax is
    hand-written fill-ins: while such a dialect is off, text in its syntax is a leftover that
    would be sent as is.
    """

    name: str
    placeholder: re.Pattern[str]
    tag: re.Pattern[str] | None = None
    comment: re.Pattern[str] | None = None
    stray: re.Pattern[str] | None = None
    fill_in: bool = False
    summary: str = ""


class Placeholder(NamedTuple):
    """A placeholder found in a field: ``start``/``end`` are offsets in the field text."""

    name: str
    dialect: str
    field: str
    start: int
    end: int
    fallback: str | None = None
    guarded: bool = False
    """Inside a conditional block on the same variable, or with an else/inverted section."""

    @property
    def has_fallback(self) -> bool:
        return self.fallback is not None or self.guarded


class Channel(NamedTuple):
    """Where a template is sent, and its limits in characters (``None``: no limit)."""

    name: str
    label: str
    body_limit: int | None = None
    subject_limit: int | None = None
    has_subject: bool = False
    recommended_body_chars: int | None = None
    recommended_body_words: int | None = None
    recommended_subject_chars: int | None = None


# --- rules and findings ---------------------------------------------------------------------


class Diagnostic(NamedTuple):
    """What a rule reports: a span in one field of the template, and a message.

    ``start``/``end`` are offsets in ``Field.text`` of the field named ``field``; use
    ``field=""`` (with ``start=end=-1``, by convention: the offsets are not read) for a finding
    about the whole template (it points at the
    template's start), or ``key`` for one about a front-matter key (it points at the key's
    line, or at the template's start when the template has no such key: the finding that the
    key is missing; the offsets are then not read).
    """

    start: int
    end: int
    message: str
    field: str = "body"
    key: str | None = None


class Option(NamedTuple):
    """A rule or plugin option: its default, the Python type(s) it accepts and its help."""

    default: Any
    help: str
    types: tuple[type, ...] = ()
    values: tuple[type, ...] = ()
    """For a mapping: the types its values take (its keys are then those of ``default``); for a
    list: the types of its items (without ``values``, those of the default's items)."""
    check: Callable[[Any], str | None] | None = None
    """A further check of a configured value, after its type's: what is wrong with it, in
    words that follow its key ("has a bad regular expression ..."), or ``None``."""

    def accepts(self, value: Any) -> bool:
        kinds = self.types or (type(self.default),)
        if isinstance(value, bool) and bool not in kinds:
            return False
        if float in kinds and isinstance(value, int):
            return True
        return isinstance(value, kinds)


if TYPE_CHECKING:
    from outreach_lint.check import RuleContext

    CheckFunction = Callable[[RuleContext], Iterable[Diagnostic]]
else:
    CheckFunction = Callable


class Rule(NamedTuple):
    """A rule: its identity, its documentation and the function that checks a template.

    ``docs`` is Markdown with the sections *What it does*, *Why is this bad?*, *Example*,
    *Use instead* and *Options*; its first paragraph is the one-line summary.
    """

    code: str
    name: str
    docs: str
    check: CheckFunction
    severity: Severity = Severity.WARNING
    default: bool = True
    options: Mapping[str, Option] = MappingProxyType({})
    plugin: str = ""
    wording: bool = False
    """A rule about the message's words: its findings inside a web or e-mail address are
    dropped (a link's "/rockstar-ninja-role" slug is not the sender's wording)."""
    english: bool = False
    """A rule that reads English (that finds no purpose or no question where it understands
    no word): it does not run on a template written in another language (``language``)."""

    @property
    def summary(self) -> str:
        text = self.docs.strip()
        for heading in ("## What it does", "# What it does"):
            if text.startswith(heading):
                text = text[len(heading) :].strip()
        paragraph = " ".join(text.split("\n\n", 1)[0].split())
        return _first_sentence(paragraph).rstrip(".")


def _first_sentence(text: str) -> str:
    """The first sentence (or the clause before a colon) of ``text``, without its asides in
    brackets: it ends at ". " or ": " outside quotes and code (``"Dear Dr. {{ x }},"``,
    ```noqa:```), and not after a title ("Dr. ")."""
    out: list[str] = []
    depth, quoted = 0, ""
    for i, c in enumerate(text):
        if quoted:
            quoted = "" if c == quoted else quoted
        elif c in '`"\u201c':
            quoted = "\u201d" if c == "\u201c" else c
        elif c == "(":
            depth += 1
            if depth == 1 and out and out[-1] == " ":
                out.pop()
            continue
        elif c == ")" and depth:
            depth -= 1
            continue
        elif (
            c in ".:"
            and not depth
            and text[i + 1 : i + 2] == " "
            and (c == ":" or "".join(out).rsplit(" ", 1)[-1] not in _TITLES)
        ):
            break
        if not depth:
            out.append(c)
    return "".join(out)


_TITLES = frozenset(["Dr", "Mr", "Mrs", "Ms", "Prof", "e.g", "i.e", "etc", "vs"])


class Finding(NamedTuple):
    """A finding ready for output: 1-based line and column, in characters of the line."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    message: str
    severity: Severity = Severity.WARNING
    rule: str = ""
    plugin: str = ""
    template: str | None = None
    snippet: str = ""
    """The flagged text, used for fingerprints that survive lines being added above."""

    def sort_key(self) -> tuple[str, int, int, str]:
        return FINDING_ORDER(self)


FINDING_ORDER = attrgetter("path", "line", "column", "code")
"""The order of a report (``Finding.sort_key``), as a key function that runs in C."""


# --- file formats and output formats --------------------------------------------------------


class TemplateParser(NamedTuple):
    """A template file format.

    ``patterns`` are file-name globs (``*.md``) that decide which files discovery picks up.
    ``parse`` returns ``None`` for a file that is not of this format after all (a YAML file with
    no ``templates:`` list), so the next parser, or none, takes it.
    """

    name: str
    patterns: tuple[str, ...]
    parse: Callable[[SourceFile], ParseResult | None]


class ReportContext(NamedTuple):
    """What a formatter may need besides the findings."""

    rules: Mapping[str, Rule]
    sources: Mapping[str, str]
    """File texts by display path, for formats that quote the source."""
    files: tuple[str, ...]
    """Every file that was linted, clean or not (JUnit lists clean files as passing)."""
    show_source: bool = False
    color: bool = False
    version: str = ""


class Formatter(NamedTuple):
    """An output format: ``render`` returns the whole report as text."""

    name: str
    help: str
    render: Callable[[Sequence[Finding], ReportContext], str]
    lines: Callable[[Sequence[Finding], ReportContext], Iterable[str]] | None = None
    """Optional: the same text in pieces (lines), which join to what ``render`` returns. The
    report is then written as they come, and a large run never holds it as one string (one
    character beyond Latin-1 in it, an emoji or a curly quote, makes every character of such
    a string take two or four bytes)."""
    by_file: bool = False
    """With ``lines``: the lines of several files' findings are those of each file's findings
    alone, one file after the other, and read of the context only ``color``, ``show_source``
    and ``sources``. The report is then made as the files' results come in, while others are
    still being linted, rather than all of it at the end."""
