"""## What it does

Flags a template whose body is blank once comments, block tags and white space are set aside.

## Why is this bad?

A blank connection request is the first thing recipients complain about: it gives no reason
to accept and reads as a bulk invite. A blank e-mail or InMail is a mistake that would still be
sent.

## Example

```markdown
---
channel: linkedin_connection_note
---
{# TODO #}
```

## Use instead

```markdown
---
channel: linkedin_connection_note
---
Hi {{ first_name|default('there') }}, I recruit for Northwind's data team and your talk on
{{ talk }} stood out. I'd love to connect.
```

## Options

None.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    if ctx.body.is_blank:
        yield Diagnostic(
            -1,
            -1,
            "the message is empty: say who you are and why you are writing to this person",
            field="",
        )


RULE = Rule(
    code="OL503",
    name="empty-message",
    docs=__doc__ or "",
    check=check,
    severity=Severity.ERROR,
)
