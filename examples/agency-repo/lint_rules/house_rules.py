"""This team's own rule, kept in the templates repository as a local plugin.

``.outreach-lint.yaml`` names this file under ``plugins:``; nothing is packaged or installed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from outreach_lint import Diagnostic, Rule, RuleContext, Severity, hookimpl

DOCS = """## What it does

Flags a template that never names its sender with a placeholder (`{{ recruiter_name }}`,
`{!User.Name}`); the finding points at the last line, where the sign-off belongs.

## Why is this bad?

Candidates reply to a person. The team shares templates, and a hand-typed name at the end is
the name of whoever wrote the template, not of whoever sends it.

## Example

```markdown
Hi {{ first_name }}, ...

Best, Sam
```

## Use instead

```markdown
Hi {{ first_name }}, ...

Best, {{ recruiter_name }}
```

## Options

None.
"""


SENDER_NAMES = frozenset({"recruiter_name", "sender_name", "user.name", "user.firstname"})


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    if ctx.body.is_blank or any(p.name.lower() in SENDER_NAMES for p in ctx.placeholders):
        return
    end = len(ctx.body.prose.rstrip())
    yield Diagnostic(
        ctx.body.prose.rfind("\n", 0, end) + 1,
        end,
        "sign off with {{ recruiter_name }}, not a typed name",
    )


RULE = Rule(
    code="TEAM101",
    name="sender-name-typed",
    docs=DOCS,
    check=check,
    severity=Severity.WARNING,
)


@hookimpl
def outreach_lint_rules() -> Sequence[Rule]:
    return (RULE,)
