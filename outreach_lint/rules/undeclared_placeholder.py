"""## What it does

Flags a placeholder that is neither declared under `variables:` nor a known placeholder.

It checks templates that declare `variables:`, and every template when the config sets
`known-placeholders`. A declared name also covers its dotted
children: declaring `contact` covers `{{ contact.firstname }}`.

## Why is this bad?

The sending tool fills in only the fields it knows. An undeclared placeholder is usually a typo
(`{{ frist_name }}`) or a field the tool does not have, and is sent blank or as raw braces:
"Hi ," or "Hi {{ frist_name }},".

## Example

```markdown
---
variables: [first_name]
---
Hi {{ first_name }}, congrats on the launch at {{ company }}!
```

## Use instead

```markdown
---
variables: [first_name, company]
---
Hi {{ first_name }}, congrats on the launch at {{ company }}!
```

## Options

None. Set `known-placeholders` in the config to the fields your sending tool always fills in.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    declared = ctx.template.variables
    known = ctx.shared.known_placeholders
    if declared is None and not known:
        return
    allowed = set(known) | set(declared or ())
    for message in ctx.messages:
        seen: set[str] = set()
        for p in message.placeholders:
            if p.name in seen or _covered(p.name, allowed):
                continue
            seen.add(p.name)
            where = "in 'variables'" if declared is not None else "in 'known-placeholders'"
            shown = message.text[p.start : p.end]
            yield Diagnostic(
                p.start,
                p.end,
                f"placeholder {shown} is not declared {where}: declare it, or fix "
                "the name, or it may be sent blank",
                field=message.field.name,
            )


def _covered(name: str, allowed: set[str]) -> bool:
    if name in allowed:
        return True
    parts = name.split(".")
    return any(".".join(parts[:i]) in allowed for i in range(1, len(parts)))


RULE = Rule(
    code="OL401",
    name="undeclared-placeholder",
    docs=__doc__ or "",
    check=check,
    severity=Severity.ERROR,
)
