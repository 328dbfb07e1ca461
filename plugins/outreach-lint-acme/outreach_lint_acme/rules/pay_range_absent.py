"""## What it does

Flags a template that pitches a job but gives no pay: no salary, day rate or hourly rate written
out (`GBP 75-85k`, `$120,000`, `£450 a day`) and no placeholder for one (`{{ salary_range }}`,
`{!Job__c.Pay_Rate__c}`). A template pitches a job when it says it is hiring or names a role,
position, opening, vacancy or contract.

## Why is this bad?

Pay transparency laws ask for it: Colorado, New York City, California and Washington require a
pay range in job advertisements, and the EU Pay Transparency Directive (2023/970) gives
candidates the right to know the starting pay or its range before the interview. Acme's
clients agree a band for every role, and a first message that gives it spares both sides a
call about a job that pays too little.

## Example

```markdown
Hi {{ first_name }}, your work on {{ project }} caught my eye: we're hiring a senior data
engineer for a fintech in Leeds. Open to a chat?
```

## Use instead

```markdown
Hi {{ first_name }}, your work on {{ project }} caught my eye: we're hiring a senior data
engineer for a fintech in Leeds, GBP 75-85k plus bonus. Open to a chat?
```

## Options

None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint import Diagnostic, Rule, RuleContext, Severity

from outreach_lint_acme.rules.words import name_words

_PITCH = re.compile(
    r"\b(?:we(?:'re|\s+are)\s+(?:hiring|recruiting)|hiring\s+(?:for\s+)?(?:a|an|our|two|three)"
    r"|(?:a|an|the|this|our|new|open)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:role|position|opening|vacancy|contract)s?)\b",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"[$£€]\s?\d"
    r"|\b(?:USD|EUR|GBP|CAD|AUD|CHF|SEK|NOK|DKK|PLN)\s?\d"
    r"|\b\d[\d,.]*\s?k\b"
    r"|\b\d[\d,.]*\s*(?:per|an|a|/)\s*(?:hour|hr|day|week|month|year|annum)\b",
    re.IGNORECASE,
)
_PAY_WORDS = frozenset(["salary", "pay", "rate", "compensation", "comp", "band", "ote", "wage"])


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    if any(_AMOUNT.search(m.prose) for m in ctx.messages):
        return
    if any(_PAY_WORDS & set(name_words(p.name)) for p in ctx.placeholders):
        return
    for message in ctx.messages:
        m = _PITCH.search(message.prose)
        if m is not None:
            yield Diagnostic(
                m.start(),
                m.end(),
                "the template pitches a job but gives no pay: add the salary band or rate",
                field=message.field.name,
            )
            return


RULE = Rule(
    code="ACME201",
    name="pay-range-absent",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
    default=False,
)
