"""## What it does

Flags a template that mixes placeholder styles: with more than one dialect active (say
`dialects: [jinja, bracket]`), a template with both `{{ first_name }}` and `[Company]`. The
finding points at the first placeholder written in the second style, one finding for each
style after the first.

## Why is this bad?

A sending tool fills in only its own syntax. Whatever is written in the other style is sent
as it stands, and "Hello <name>," is the leak recipients quote as proof they are one of
hundreds. Hand-written fill-ins like `[First Name]` are the commonest placeholder in published
templates and the one that most often goes out unfilled.

## Example

With `dialects: [jinja, bracket]` in the config (with jinja alone, `[talk topic]` is a fill-in
left in the text: OL403):

```markdown
Hi {{ first_name }}, I saw your talk on [talk topic] at Leeds Digital Festival.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, I saw your talk on {{ talk_topic }} at Leeds Digital
Festival: it's the problem our new Lead Engineer will own. Could we talk this week?
```

## Options

None. Only the dialects listed under `dialects` in the config are looked for.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Placeholder, Rule, Severity


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    firsts: dict[str, tuple[Placeholder, str]] = {}
    for message in ctx.messages:
        for p in message.placeholders:
            if p.dialect not in firsts:
                firsts[p.dialect] = (p, message.text[p.start : p.end])
    if len(firsts) < 2:
        return
    (_, main), *others = firsts.values()
    for p, shown in others:
        yield Diagnostic(
            p.start,
            p.end,
            f"{shown} is written in a different placeholder style from {main} earlier in this "
            "template, and a sending tool fills in only one style: write every placeholder "
            f"the same way, like {main}",
            field=p.field,
        )


RULE = Rule(
    code="OL404",
    name="mixed-placeholder-dialects",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
