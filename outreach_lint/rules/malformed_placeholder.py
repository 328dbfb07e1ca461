"""## What it does

Flags a placeholder whose delimiters are broken in an active dialect: `{{first_name}` (a
missing brace), `{ {company}}` (a space inside the braces), `{{ role }}}`, `*|FNAME|` (a
missing star), `*|FNAME:there|*` (a fallback inside a Mailchimp merge tag, which Mailchimp does
not read: the message says where its fallbacks go), a single `{first_name}` where the dialect
uses double braces (nothing is broken there if it was written for another sending tool, such as
Teamtailor's `{first-name there}`: the message then says which tool's style it looks like, and
how to turn that style on if your sending tool reads it; a Salesforce merge field,
`{!Contact.FirstName}`, which no built-in dialect reads, is named as one, with where to find
how a dialect plugin reads it). Braces typed as part of a word, as code has them
(`Vector{Float64}`, `Dict{String,Int}`), are not a placeholder, unless they hold a
placeholder's name (`Hi{first_name}`).

## Why is this bad?

The sending tool doesn't recognise a broken placeholder, so it goes out as typed: the
candidate reads "Hi {{first_name}," instead of their name.

## Example

```markdown
Hi {{first_name}, I saw your post about {{ topic }}.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, I saw your post about {{ topic }}: it's the problem our
new Platform Engineer at Northwind will own. Could we talk this week?
```

## Options

None.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.builtin.dialects import MAILCHIMP_TAG_WITH_FALLBACK
from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message, Span
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.inactive_dialect_placeholder import sent_as_typed

_CODE = compile_regex(r"(?<=\w)\{(?P<inside>[^{}\s]*)\}")
"""Braces right after a word, with no space inside: ``Vector{Float64}``, ``Dict{String,Int}``."""


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        if not message.strays:
            continue
        ends = {p.end: p for p in message.placeholders}
        for start, end in _clusters(message, _code(ctx, message)):
            shown = message.text[start:end]
            if not shown.strip("{*|% ") and (name := _NAME_AFTER.match(message.text, end)):
                shown += name.group()  # "{{ first_name" rather than "{{"
            before = ends.get(start)
            if before is not None and not shown.strip("}|*%"):
                # "{{ role }}}": a placeholder, then closing marks too many
                placeholder = message.text[before.start : before.end]
                text = (
                    f"stray '{shown}' after {placeholder}: remove it, or it will be sent as typed"
                )
            elif (style := _other_style(ctx, shown)) is not None:
                # "{company}" where only "{{ }}" is on: a mistyped one, or another tool's
                text = sent_as_typed(ctx, style, shown, shown)
            elif tag := MAILCHIMP_TAG_WITH_FALLBACK.fullmatch(shown):
                # "*|FNAME:there|*": a fallback written as other tools take one
                field, fallback = tag["name"], tag["fallback"].strip()
                text = (
                    f"'{shown}' would be sent as typed: Mailchimp takes no fallback inside a "
                    f"merge tag. Write *|{field}|* and set {field}'s default value in the "
                    "audience's merge field settings, or spell the fallback out: "
                    f"*|IF:{field}|**|{field}|**|ELSE:|*{fallback}*|END:IF|*"
                )
            elif _MERGE_FIELD.fullmatch(shown):
                # "{!Contact.FirstName}": whole, in a syntax no dialect installed reads
                text = (
                    f"'{shown}' looks like a Salesforce merge field, which no enabled dialect "
                    "reads: if your sending tool fills these in, a dialect plugin can read them "
                    "(see 'outreach_lint_dialects' in docs/plugins.md); if not, rewrite it in "
                    "the placeholder style your templates use, or it will be sent as typed"
                )
            else:
                text = (
                    f"broken placeholder '{shown}': fix how it opens and closes, or it will be "
                    "sent as typed"
                )
            yield Diagnostic(start, end, text, field=message.field.name)


_MERGE_FIELD = compile_regex(r"\{!\s*[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\s*(?:,[^{}!\n]*)?\}")
"""A Salesforce merge field, object and field: ``{!Contact.FirstName}``,
``{!Contact.FirstName, there}`` (not ``{!Contact.FirstName``, nor ``{!}``)."""


def _other_style(ctx: RuleContext, shown: str) -> str | None:
    """The dialect that is off of which ``shown``, a broken placeholder in the styles that are
    on, is a whole placeholder (``{skill}`` where only ``{{ }}`` is on)."""
    for d in ctx.shared.inactive_dialects:
        if not d.fill_in and d.placeholder.fullmatch(shown):
            return d.name
    return None


def _code(ctx: RuleContext, message: Message) -> list[Span]:
    """Braces in code (``Vector{Float64}``): right after a word, around no placeholder name."""
    if not message.strays or "{" not in message.text:
        return []
    declared = ctx.template.variables or {}
    return [
        Span(*m.span())
        for m in _CODE.finditer(message.text)
        if m["inside"] not in declared and ctx.kind(m["inside"]) == "other"
    ]


def _clusters(message: Message, code: list[Span]) -> Iterator[Span]:
    """Strays that make one broken placeholder are one finding: from an opening one
    (``{{``, ``{``, ``*|``) up to the closing ones that balance it (``{{first_name}``,
    ``{{ x|default('there') }``), on one line. A closing one ends it unless another follows
    with nothing between (``{{ topic }}`` in a single-brace dialect), and an opening one
    starts another unless it is right next to the last (``{ {``), so each of ``{skill} at
    {company}`` and of ``{{ first_name, at {company}`` is one finding of its own. Those in
    ``code`` are left out."""
    text = message.text
    strays = message.strays
    if code:
        strays = tuple(s for s in strays if not any(a <= s.start < b for a, b in code))
    current: Span | None = None
    depth, closed = 0, False
    for stray in strays:
        change = _opens(text[stray.start : stray.end])
        if current is not None:
            between = text[current.end : stray.start]
            if (
                depth > 0
                and len(between) <= _NEAR
                and "\n" not in between
                and MASK not in message.prose[current.end : stray.start]  # a placeholder
                # after a closing stray only one right next to it ("{{ topic }}" in a single-
                # brace dialect), and an opening one never: "{{ first_name, at {company}" and
                # "{{first_name} {{last_name}" are two broken placeholders, not one
                and not (closed and between.strip())
                and not (change > 0 and between)
            ):
                current = Span(current.start, stray.end)
                depth, closed = depth + change, change < 0
                continue
            yield current
        current = stray
        depth, closed = change, change < 0
    if current is not None:
        yield current


_NAME_AFTER = compile_regex(r"[ \t]*[\w.]+")
"""The name after an opening that is never closed: "{{ first_name"."""
_NEAR = 60
"""The most characters between the pieces of one broken placeholder."""


def _opens(stray: str) -> int:
    """How many delimiters ``stray`` opens (less those it closes)."""
    return stray.count("{") - stray.count("}") + stray.startswith("*|") - (stray == "|*")


RULE = Rule(
    code="OL402",
    name="malformed-placeholder",
    docs=__doc__ or "",
    check=check,
    severity=Severity.ERROR,
)
