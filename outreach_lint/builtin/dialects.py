"""Built-in placeholder dialects: the syntaxes real sending tools use for merge fields."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from outreach_lint.hookspecs import hookimpl
from outreach_lint.model import Dialect, Placeholder
from outreach_lint.patterns import compile_regex
from outreach_lint.scan import HTML_ELEMENTS

_S = re.DOTALL

# A filter chain after the name: ``|default('x')`` (``|d('x')``), ``|default:"x"``,
# ``| default: "x"``, ``| title``; Jinja's ``or "x"`` is a fallback too.
_FALLBACK = (
    r"""(?:\|\s*(?:default\s*[(:]|d\s*\()\s*|\s+or\s+)(?P<q>['"])(?P<fallback>[^'"\n]*)(?P=q)"""
)
_FILTER = (
    r"""\|\s*\w+(?:\s*[(:]\s*(?:'[^'\n]*'|"[^"\n]*"|[^|{}()\n]*)(?:\s*,\s*[^|{}()\n]*)*\)?)?"""
)

_TESTED = r"(?:(?:custom_attribute\.)?\$\{[A-Za-z_][\w.]*\}|[A-Za-z_][\w.]*)"
"""A variable a condition tests: ``first_name``, Braze's ``${first_name}``."""

JINJA = Dialect(
    name="jinja",
    summary="Double curly braces: Jinja, Django, Liquid, Handlebars, Mustache, HubSpot, "
    "Outreach, Greenhouse, Lever, Gem, Braze ({{ first_name }}, {{ x|default('there') }}, "
    "{{${first_name}}})",
    placeholder=compile_regex(
        r"\{\{(?P<triple>\{)?[-~]?\s*\(?\s*"
        # Braze's attributes: {{${first_name}}}, {{custom_attribute.${city}}}, named by what
        # is inside ${…}
        r"(?!else\b)(?P<braze>(?:custom_attribute\.)?\$\{)?"
        r"(?P<name>[A-Za-z_][\w.\-]*(?: [A-Za-z_][\w.\-]*)*)(?(braze)\})\s*"
        rf"(?:{_FALLBACK}\s*\)?\s*|{_FILTER}\s*)*"
        r"[-~]?(?(triple)\})\}\}"
    ),
    tag=compile_regex(
        # A raw block ({% raw %}, Django's {% verbatim %}, Handlebars' {{{{raw}}}}): its text is
        # sent as written, delimiters included (scan blanks the tags, keeps what is between).
        r"(?:\{%-?\s*(?:raw|verbatim)\s*-?%\}|\{\{\{\{\s*raw\s*\}\}\}\})(?P<verbatim>.*?)"
        r"(?:\{%-?\s*end(?:raw|verbatim)\s*-?%\}|\{\{\{\{/\s*raw\s*\}\}\}\})"
        # Conditionals name the variable they test: {% if x %}, {{#if x}}, {{^x}}, {{#x}},
        # Braze's {% if ${first_name} != blank %}.
        r"|(?:\{%[-+]?\s*(?:if|elif|unless)\s+(?:not\s+)?|\{\{~?[#^]\s*(?:(?:if|unless|with)\s+)?)"
        rf"(?P<cond>{_TESTED}(?:\s+and\s+(?:not\s+)?{_TESTED})*)[^{{}}%]*?[-+~]?(?:%\}}|\}}\}})"
        # Any other block tag, closing tag, else, partial or expression.
        r"|\{%.*?%\}"
        r"|\{\{~?(?:[#/^>]|else\b)[^{}]*\}\}"
        r"|\{\{[^{}\n]*[^\s{}][^{}\n]*\}\}",
        _S,
    ),
    # {# Jinja #}, {{!-- Handlebars --}}, {{! Mustache }}, {% comment %}…{% endcomment %}
    # (Django, Liquid), {% # Liquid's inline comment %}: never sent.
    comment=compile_regex(
        r"\{#.*?#\}|\{\{!--.*?--\}\}|\{\{!.*?\}\}"
        r"|\{%-?\s*comment\b[^%]*%\}.*?\{%-?\s*endcomment\s*-?%\}"  # {% comment "note" %}
        r"|\{%-?[ \t]*#[^\n]*?%\}",
        _S,
    ),
    stray=compile_regex(r"\{\s*\{|\}\s*\}|\{%|%\}|[{}]"),
)

BRACE = Dialect(
    name="brace",
    summary="Single braces: Python format strings, Teamtailor ({first_name}, "
    "{first-name there} with a fallback after the space)",
    placeholder=compile_regex(
        r"(?<!\{)\{(?P<name>[A-Za-z_][\w.\-]*)(?:![rsa])?(?::[^{}\s]*)?"  # Python's {x!r:>10}
        r"(?:\s+(?P<fallback>[^{}\n]+?))?\s*\}(?!\})"
    ),
    stray=compile_regex(r"[{}]"),
)

BRACKET = Dialect(
    name="bracket",
    summary="Hand-written square brackets ([First Name], [Company])",
    # a name in any language's letters: [First Name], [Prénom], [Imię]
    placeholder=compile_regex(r"\[(?P<name>[^\W\d_][\w .'’-]{0,40}?)\](?![(\[:])"),
    fill_in=True,
)

ANGLE = Dialect(
    name="angle",
    summary="Hand-written angle brackets (<name>, <Company Name>, <<first name>>)",
    placeholder=compile_regex(
        rf"<(?P<double><)?(?!(?:{HTML_ELEMENTS})\b[\s/>])"
        r"(?P<name>[^\W\d_][\w .'’-]{0,40}?)"
        r">(?(double)>)"
    ),
    fill_in=True,
)

MAILCHIMP_FUNCTION = r"(?:(?:UPPER|LOWER|TITLE|HTML):)?"
"""What a Mailchimp merge field's name may follow: a function of its value (``*|TITLE:FNAME|*``
is the field FNAME)."""

MAILCHIMP = Dialect(
    name="mailchimp",
    summary="Mailchimp merge tags (*|FNAME|*, *|TITLE:FNAME|*, *|LIST:ADDRESS|*) and their "
    "*|IF:FNAME|*…*|ELSE:|*…*|END:IF|* blocks",
    # A function of a merge field (*|TITLE:FNAME|*: its name is FNAME), or Mailchimp's own
    # (*|LIST:ADDRESS|*, *|MC:SUBJECT|*, *|DATE:d/m/y|*: named with their colon). Another
    # colon (*|FNAME:there|*) is no merge tag: Mailchimp sets a field's default elsewhere.
    placeholder=compile_regex(
        r"\*\|(?!(?:IF|IFNOT|ELSEIF|ELSE|END|INTERESTED)\b)"
        + MAILCHIMP_FUNCTION
        + r"(?P<name>[A-Z0-9_]+|(?:LIST|MC|DATE|RSS|RSSITEM|FEED|FEEDITEM|SHARE|TRANSLATE|POLL|"
        r"SURVEY|PROMO_CODE|TWITTER|FACEBOOK|LINKEDIN|INSTAGRAM|YOUTUBE|BRAND|URL):[^|*\n]+)\|\*"
    ),
    tag=compile_regex(
        r"\*\|(?:IF|IFNOT|ELSEIF):(?P<cond>[A-Z0-9_]+)[^|]*\|\*"
        r"|\*\|(?:ELSE:|END:[A-Z]+|INTERESTED:[^|]*)\|\*"
        # the blocks of an RSS feed: *|FEEDBLOCK:url|*, *|FEEDITEMS:[$count=3]|*...
        r"|\*\|(?:FEEDBLOCK|FEEDITEMS|RSSBLOCK|RSSITEMS):[^|*\n]*\|\*"
    ),
    stray=compile_regex(r"\*\|[A-Z0-9_:]*\|?|\|\*"),
)

MAILCHIMP_TAG_WITH_FALLBACK = compile_regex(
    r"\*\|" + MAILCHIMP_FUNCTION + r"(?P<name>[A-Z][A-Z0-9_]*):(?P<fallback>[^|*\n]*)\|\*"
)
"""A Mailchimp merge field with a fallback after a colon, as other tools take one:
``*|FNAME:there|*``. Mailchimp reads no such tag and sends it as typed (it sets a field's
default in the audience's settings). A tag of this shape that Mailchimp does read
(``*|LIST:ADDRESS|*``, ``*|TITLE:FNAME|*``, ``*|IF:FNAME|*``) is not one (``typed_while_off``).
"""


def typed_while_off(style: Dialect, text: str) -> Iterator[re.Match[str]]:
    """The placeholders of ``style``, a style that is off, in ``text``, in order: its own, and
    for the Mailchimp style its merge fields written with a fallback after a colon
    (``*|FNAME:there|*``), which Mailchimp itself would send as typed too: a template in
    another style that holds one was written for Mailchimp all the same."""
    if style.name != MAILCHIMP.name or "*|" not in text:
        return style.placeholder.finditer(text)  # (nearly every text: no list to make)
    found = list(style.placeholder.finditer(text))
    found.extend(m for m in MAILCHIMP_TAG_WITH_FALLBACK.finditer(text) if _not_read(m[0]))
    return iter(sorted(found, key=lambda m: m.start()))


def whole_while_off(style: Dialect, written: str) -> re.Match[str] | None:
    """``written`` as a whole placeholder of ``style``, a style that is off, as
    ``typed_while_off`` reads them; ``None`` if it is not one."""
    m = style.placeholder.fullmatch(written)
    if m is None and style.name == MAILCHIMP.name and tag_with_fallback(written):
        m = MAILCHIMP_TAG_WITH_FALLBACK.fullmatch(written)
    return m


def tag_with_fallback(written: str) -> bool:
    """Is ``written`` a Mailchimp merge field with a fallback after a colon, which Mailchimp
    does not read (``*|FNAME:there|*``)?"""
    return MAILCHIMP_TAG_WITH_FALLBACK.fullmatch(written) is not None and _not_read(written)


def _not_read(tag: str) -> bool:
    """Is ``tag`` neither a merge tag nor a block tag Mailchimp reads?"""
    assert MAILCHIMP.tag is not None
    return MAILCHIMP.placeholder.fullmatch(tag) is None and MAILCHIMP.tag.fullmatch(tag) is None


MAILCHIMP_OWN = frozenset(
    "UNSUB UPDATE_PROFILE FORWARD ARCHIVE ARCHIVE_PAGE ARCHIVE_LINK_SHORT REWARDS REWARDS_TEXT "
    "CURRENT_YEAR LIST_ADDRESS_HTML LIST_ADDRESSLINE_TEXT ABOUT_LIST EMAIL_TYPE".split()
)
"""Merge tags Mailchimp fills in itself (besides ``LIST:``, ``MC:`` and ``DATE:`` ones): no
template declares them."""


def filled_by_the_tool(p: Placeholder) -> bool:
    """Is ``p`` one the sending tool fills in itself (Mailchimp's ``*|UNSUB|*``,
    ``*|LIST:ADDRESS|*``), or from the template's own code (AMPscript's ``%%=v(@greeting)=%%``,
    set in a ``%%[ … ]%%`` block), which a template has no reason to declare?"""
    if p.dialect == "percent":
        return p.name.startswith("@")
    return p.dialect == MAILCHIMP.name and (":" in p.name or p.name in MAILCHIMP_OWN)


WINDOWS_VARIABLES = (
    "ALLUSERSPROFILE APPDATA CD CMDCMDLINE COMMONPROGRAMFILES COMPUTERNAME COMSPEC DATE "
    "ERRORLEVEL HOMEDRIVE HOMEPATH LOCALAPPDATA LOGONSERVER NUMBER_OF_PROCESSORS OS PATH PATHEXT "
    "PROCESSOR_ARCHITECTURE PROGRAMDATA PROGRAMFILES PSMODULEPATH PUBLIC RANDOM SYSTEMDRIVE "
    "SYSTEMROOT TEMP TIME TMP USERDOMAIN USERPROFILE WINDIR"
).split()
"""Names that, between single percent signs, are Windows environment variables ("DLL
hijacking via %APPDATA%"), not Bullhorn placeholders."""

PERCENT = Dialect(
    name="percent",
    summary="Percent signs: Bullhorn (%FIRSTNAME%), Salesforce Marketing Cloud (%%FirstName%%, "
    "AMPscript's %%=v(@greeting)=%% and %%[ … ]%% blocks)",
    # Marketing Cloud's AMPscript writes out a field or a variable through functions:
    # %%=ProperCase(FirstName)=%% is named FirstName, %%=v(@greeting)=%% @greeting (a variable
    # the template sets itself). Any other output (%%=Format(Now(), "yyyy")=%%) is not read.
    placeholder=compile_regex(
        r"(?:(?P<pct>%%?)(?!(?i:" + "|".join(WINDOWS_VARIABLES) + r")%(?!%))"
        r"|(?P<ampscript>%%=[ \t]*(?:[A-Za-z]\w*\([ \t]*)+))"
        r"(?P<name>(?(ampscript)@?)[A-Za-z_][A-Za-z0-9_]*)"
        r"(?(ampscript)(?:[ \t]*,[^()%\n]*)?(?:[ \t]*\))+[ \t]*=%%|(?P=pct)(?!%))"
    ),
    # An AMPscript block (%%[ IF NOT EMPTY(FirstName) THEN … ENDIF ]%%) is code, never sent; a
    # condition there is not read as a fallback for the placeholders it tests.
    tag=compile_regex(r"%%\[.*?\]%%", _S),
)

BUILTIN_DIALECTS = (JINJA, BRACE, BRACKET, ANGLE, MAILCHIMP, PERCENT)


@hookimpl
def outreach_lint_dialects() -> Sequence[Dialect]:
    return BUILTIN_DIALECTS
