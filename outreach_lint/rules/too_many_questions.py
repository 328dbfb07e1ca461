"""## What it does

Flags a body that asks more than three questions. The finding points at the first question
over the limit. Questions in the subject are not counted.

## Why is this bad?

A question gives the reader something to answer, but a list of them reads as a screening
form before anyone has agreed to talk. Boomerang's study of 40 million e-mails found that
messages with one to three questions got about 50% more replies than those with none, and
the benefit stops there.

## Example

```markdown
Do you hold a counterbalance licence? Are you OK with a 6am start? Is £31k about right?
Can I call you later?
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, a Burton warehouse needs a counterbalance forklift
driver, and your years on the trucks at {{ company }} are what they want. The shifts start at
6am and it pays £31k. Could I call you later to talk it through?
```

## Options

- `max-questions` (integer, default `3`): the most questions a body may ask.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Option, Rule, Severity

_DEFAULT_MAX = 3


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    limit = int(ctx.options.get("max-questions", _DEFAULT_MAX))
    body = ctx.body
    questions = body.questions
    if len(questions) <= limit:
        return
    start, end = body.question(questions[limit])
    yield Diagnostic(
        start,
        end,
        f"this message asks {len(questions)} questions, more than {limit}"
        + (" (messages with one to three get the most replies)" if limit == 3 else "")
        + f"; this is the {ordinal(limit + 1)}: keep the one you most need answered and save "
        "the rest for the call",
        field=body.field.name,
    )


def ordinal(n: int) -> str:
    """``n`` as an ordinal: "1st", "2nd", "3rd", "4th", "11th", "12th", "21st"."""
    if n % 100 in (11, 12, 13):
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


RULE = Rule(
    code="OL704",
    name="too-many-questions",
    docs=__doc__ or "",
    check=check,
    severity=Severity.INFO,
    options={"max-questions": Option(_DEFAULT_MAX, "most questions a body may ask", (int,))},
)
