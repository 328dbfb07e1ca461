"""## What it does

Flags a variable declared under `variables:` that the template never uses: no placeholder in
the subject or body names it, and no block tag tests or loops over it (`{% if x %}`,
`{{#if x}}`, `*|IF:X|*`, `{% for s in x %}`). A declared name also counts as used by its
dotted children: declaring `contact` covers `{{ contact.firstname }}`. Names match as OL401
matches them: exactly in `{{ }}` and the other styles of identifiers (`{{ First_Name }}` does
not use `first_name`: Jinja sends it blank), case, spaces, `_` and `-` aside in the styles of
labels a person writes (`[First Name]` uses `first_name` when the bracket style is on).

One finding per unused name, at the name itself where it is declared (in
`variables: [first_name, company]`, at `company`). The advice fits what the name holds: to say
something about the recipient with their `company` or `skill`, simply to use the sender's own
`calendar_link` or `recruiter_name`, or the job's `salary`. When an undeclared placeholder is a
slip for the name (`{{ compnay }}` for `company`, `{{ First_Name }}` for `first_name`; OL401
reports it), the finding names it and its line instead.

When the name is written in the text as plain text (a broken `{{first_name}`, another
dialect's `*|COMPANY|*` or `%%FirstName%%` for `first_name`, case and separators aside, or a
name such as `linkedin_url` that is no ordinary word), the placeholder is what needs fixing:
the finding points there. Where that placeholder is broken (`{{company}`, or `{company}` in
templates that use double braces), in a style that is off (`*|COMPANY|*`) or a fill-in
(`[Company]` while the bracket style is off), OL402, OL407 or OL403 reports it there, and this
rule adds nothing.

## Why is this bad?

The declaration is the template's promise of what it personalises. A declared `skill` or
`company` that is never used usually means the sentence that used it was edited out, so the
message is less personal than its author thinks, and the sending tool still asks someone to
fill the field in for every send.

## Example

```markdown
---
variables: [first_name, company, skill]
---
Hi {{ first_name }}, you ran the night shift at {{ company }} through peak season...
```

## Use instead

Use the field, or remove it from `variables`. Where the name is in the text but not as a
working placeholder, fix the placeholder: `{{ first_name }}`.

```markdown
---
variables: [first_name, company, skill]
---
Hi {{ first_name|default('there') }}, you ran the night shift at {{ company }} through peak
season, and your {{ skill }} work is what our Daventry depot needs in its new Shift Manager.
Could I call you on Thursday?
```

## Options

None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from outreach_lint.builtin.dialects import whole_while_off
from outreach_lint.check import RuleContext
from outreach_lint.fold import fold_text
from outreach_lint.message import Message
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.declared_names import as_label, label_key, labelled
from outreach_lint.rules.fill_in_brackets import bracket_fill_ins
from outreach_lint.rules.miswritten import Miswritten, miswritten
from outreach_lint.taxonomy import ABOUT_RECIPIENT

_IDENTIFIER = compile_regex(r"[A-Za-z_][\w.\-]*")


def used_names(ctx: RuleContext) -> set[str]:
    """Names the template uses: its placeholders, and every name in a block tag of an active
    dialect (the variable a conditional tests, a loop's list, an expression's operands), except
    in comments."""
    names = {p.name for p in ctx.placeholders}
    for message in ctx.messages:
        comments = [(c.start, c.end) for c in message.comments]
        for dialect in ctx.shared.dialects:
            tag = dialect.tag
            if tag is None:
                continue
            tests = "cond" in tag.groupindex  # (asked once a dialect, not once a tag)
            for m in tag.finditer(message.text):
                if comments and any(s <= m.start() < e for s, e in comments):
                    continue
                if tests and m.group("cond"):
                    names.add(m.group("cond"))
                names.update(_identifiers(m.group(0)))
    return {_spaced(n) for n in names}


def _spaced(name: str) -> str:
    """``name`` with its white space folded, as placeholders' names are compared."""
    return " ".join(name.split())


@lru_cache(maxsize=4096)
def _identifiers(tag: str) -> tuple[str, ...]:
    """The names in a tag's text, found once per text: the same few tags ("{{ first_name }}",
    "{% if company %}") stand in template after template."""
    return tuple(_IDENTIFIER.findall(tag))


def _is_used(name: str, used: set[str], as_labels: set[str]) -> bool:
    """Is ``name`` used: by its own name or a dotted child's, as written, or by a label in a
    style of labels a person writes ("[First Name]" for "first_name")?"""
    name = _spaced(name)
    return (
        name in used
        or any(u.startswith(name + ".") for u in used)
        or (bool(as_labels) and label_key(name) in as_labels)
    )


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    declared = ctx.template.variables
    if not declared:
        return
    placed = {_spaced(p.name) for p in ctx.placeholders}
    if all(_is_used(name, placed, set()) for name in declared):
        return  # (most templates: placeholders use each name, no tag need be read)
    used = used_names(ctx)
    labels = labelled(ctx)
    as_labels = {label_key(p.name) for p in ctx.placeholders if as_label(p, labels)}
    wrong: dict[str, Miswritten] | None = None  # read for an unused name only
    for name in declared:
        if _is_used(name, used, as_labels):
            continue
        written = _written_as_text(name, ctx.messages)
        if written is not None:
            message, start, end = written
            if not _reported_there(ctx, message, start, end):
                yield Diagnostic(
                    start,
                    end,
                    f"'{name}' is declared under 'variables' but appears here only as plain text, "
                    f"not as a placeholder ('{message.quote(start, end)}'): check the "
                    "placeholder's syntax",
                    field=message.field.name,
                )
            continue
        if wrong is None:
            wrong = _written_wrong(ctx)
        found = wrong.get(name)
        if found is not None and found.code != "OL401":
            continue  # "*|FNAME|*" for first_name: OL407 says to write it as {{ first_name }}
        yield Diagnostic(
            0,
            0,
            f"'{name}' is declared under 'variables' but never used"
            + (
                _slip(found)
                if found is not None
                else f" in the subject or body: {_use_it(ctx, name)}, or remove it from 'variables'"
            ),
            field="",
            key=f"variables.{name}",
        )


def _written_wrong(ctx: RuleContext) -> dict[str, Miswritten]:
    """The placeholders that stand for a declared name but do not work as written, the first of
    each by that name: a slip ("{{ compnay }}" for ``company``, OL401's) or one in a style that
    is off ("*|FNAME|*" for ``first_name``, OL402's, OL403's or OL407's)."""
    out: dict[str, Miswritten] = {}
    for m in miswritten(ctx):
        out.setdefault(m.meant, m)
    return out


def _slip(m: Miswritten) -> str:
    """ ": {{ compnay }} on line 6 may be meant for it (see OL401)"."""
    where = f" on line {m.line}" if m.line is not None else ""
    return f": {m.shown}{where} may be meant for it (see OL401)"


def _use_it(ctx: RuleContext, name: str) -> str:
    """The advice for an unused name: to say something about the recipient with it when it is
    theirs (``company``, ``skill``); the sender's own or the job's (``calendar_link``,
    ``salary``) or one whose name says nothing known is simply to be used."""
    if ctx.kind(name) in ABOUT_RECIPIENT:
        return "use it to say something about the recipient"
    return "use it in the message"


_OPENER = compile_regex(r"(?:\*?\|+|[{\[%<$]+)[ \t]*")
"""Placeholder delimiters just before a name: ``{{``, ``{``, ``[``, ``%``, ``<``, ``${``,
``*|``. (Not ``*`` alone: that is Markdown emphasis.)"""
_CLOSER = compile_regex(r"[ \t]*(?:\|+\*?|[}%>]+|\](?!\())")
"""Placeholder delimiters just after a name (not the ``](`` of a Markdown link)."""
_NOT_A_WORD = compile_regex(r"[_.\-0-9]|[a-z][A-Z]")
"""A name no one writes as an ordinary word: ``linkedin_url``, ``contact.city``, ``firstName``."""


def _written_as_text(name: str, messages: Sequence[Message]) -> tuple[Message, int, int] | None:
    """Where ``name`` is written in plain text (not in a placeholder, a tag or a comment) as a
    placeholder gone wrong: between a placeholder's delimiters (a broken ``{{company}``,
    another dialect's ``*|COMPANY|*``) or, for a name that is no ordinary word
    (``first_name``, ``linkedin_url``), anywhere. The span covers the delimiters found. An
    ordinary word with a delimiter on one side only is prose (``[Company Name]`` is a fill-in)."""
    needle = fold_text(" ".join(name.split()))
    odd = _NOT_A_WORD.search(name) is not None
    for message in messages:
        text = message.folded
        at = text.find(needle)
        while at != -1:
            end = at + len(needle)
            if _stands_alone(text, at, end):
                opened = _opened_at(text, at)
                closed = _CLOSER.match(text, end)
                if odd or (opened is not None and closed):
                    return (
                        message,
                        at if opened is None else opened,
                        closed.end() if closed else end,
                    )
            at = text.find(needle, at + 1)
    # the same name with its separators dropped or changed, between delimiters: "first_name"
    # written "%%FirstName%%" or "*|FIRST-NAME|*"
    loose = _loosely(needle)
    if loose is None:
        return None
    for message in messages:
        text = message.folded
        for m in loose.finditer(text):
            if _stands_alone(text, m.start(), m.end()):
                opened = _opened_at(text, m.start())
                closed = _CLOSER.match(text, m.end())
                if opened is not None and closed:
                    return message, opened, closed.end()
    return None


@lru_cache(maxsize=1024)
def _loosely(needle: str) -> re.Pattern[str] | None:
    """``needle`` (a folded name) with any separator, or none, between its parts
    ("first_name": "firstname", "first-name", "first name"); None for a name of one part."""
    parts = words(needle)  # "first_name", "first-name", "firstname": first, name
    if len(parts) < 2:
        return None
    return re.compile(r"[_.\- ]?".join(re.escape(p) for p in parts))


def _reported_there(ctx: RuleContext, message: Message, start: int, end: int) -> bool:
    """Is the placeholder where the name is written one that OL402, OL407 or OL403 reports:
    broken in a style that is on (``{{company}``, ``{company}`` in Jinja templates), whole in
    a style that is off (``*|COMPANY|*``), or a fill-in (``[Company]`` while the bracket style
    is off)? That finding says what is wrong; a second one at the same place would only
    repeat it."""
    if any(s < end and start < e for s, e in message.strays):
        return True
    written = message.text[start:end]
    for style in ctx.shared.inactive_dialects:
        if not style.fill_in:
            if whole_while_off(style, written):
                return True
        elif (start, end) in bracket_fill_ins(message, style.name, style.placeholder):
            return True
    return False


def _opened_at(text: str, at: int) -> int | None:
    """Where the placeholder delimiters that end at ``at`` start, if some do."""
    ending = [m.start() for m in _OPENER.finditer(text, max(0, at - 8), at) if m.end() == at]
    return ending[0] if ending else None


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a whole name, not part of a longer one?"""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_.-" or after.isalnum() or after in "_-")


RULE = Rule(
    code="OL405",
    name="unused-declared-variable",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
