"""## What it does

Flags a placeholder whose delimiters are broken in an active dialect: `{{first_name}` (a
missing brace), `{ {company}}` (a space inside the braces), `{{ role }}}`, `*|FNAME|` (a
missing star), a single `{first_name}` where the dialect uses double braces. Braces typed as
part of a word, as code has them (`Vector{Float64}`, `Dict{String,Int}`), are not a
placeholder, unless they hold a placeholder's name (`Hi{first_name}`).

## Why is this bad?

The sending tool doesn't recognise a broken placeholder, so it goes out as typed: the
candidate reads "Hi {{first_name}," instead of their name.

## Example

```markdown
Hi {{first_name}, I saw your post about {{ topic }}.
```

## Use instead

```markdown
Hi {{ first_name }}, I saw your post about {{ topic }}.
```

## Options

None.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.message import Message, Span
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.patterns import compile_regex

_BETWEEN = compile_regex(r"[\w .\-|'\":()]{0,60}")
_CODE = compile_regex(r"(?<=\w)\{(?P<inside>[^{}\s]*)\}")
"""Braces right after a word, with no space inside: ``Vector{Float64}``, ``Dict{String,Int}``."""


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        for start, end in _clusters(message, _code(ctx, message)):
            shown = message.text[start:end]
            yield Diagnostic(
                start,
                end,
                f"malformed placeholder '{shown}': check its "
                "delimiters, or it will be sent as typed",
                field=message.field.name,
            )


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
    """Strays close together on one line are one broken placeholder (``{{name}``), but for
    those in ``code``."""
    text = message.text
    strays = message.strays
    if code:
        strays = tuple(s for s in strays if not any(a <= s.start < b for a, b in code))
    current: Span | None = None
    for stray in strays:
        if current is not None and _BETWEEN.fullmatch(text, current.end, stray.start):
            current = Span(current.start, stray.end)
            continue
        if current is not None:
            yield current
        current = stray
    if current is not None:
        yield current


RULE = Rule(
    code="OL402",
    name="malformed-placeholder",
    docs=__doc__ or "",
    check=check,
    severity=Severity.ERROR,
)
