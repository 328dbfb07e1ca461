"""## What it does

Flags a placeholder whose delimiters are broken in an active dialect: `{{first_name}` (a
missing brace), `{ {company}}` (a space inside the braces), `{{ role }}}`, `*|FNAME|` (a
missing star), a single `{first_name}` where the dialect uses double braces.

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


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        for start, end in _clusters(message):
            shown = message.text[start:end]
            yield Diagnostic(
                start,
                end,
                f"malformed placeholder '{shown}': check its "
                "delimiters, or it will be sent as typed",
                field=message.field.name,
            )


def _clusters(message: Message) -> Iterator[Span]:
    """Strays close together on one line are one broken placeholder (``{{name}``)."""
    text = message.text
    current: Span | None = None
    for stray in message.strays:
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
