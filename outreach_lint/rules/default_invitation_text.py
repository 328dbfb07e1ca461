"""## What it does

Flags LinkedIn's default invitation text and near copies of it.

The default is "I'd like to add you to my professional network on LinkedIn"; near copies include
"I would like to add you to my network", "I'd like to join your LinkedIn network", "I'd like
to connect with you on LinkedIn" and "Please accept my invitation to connect".

## Why is this bad?

Recipients recognise the default text at once: it tells them the sender did not take the one
minute to write a note. Recruiters who receive these invitations say they ignore them.

## Example

```markdown
Hi {{ first_name }}, I'd like to add you to my professional network on LinkedIn.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, I lead hiring for Northwind's payments team and your
work on {{ project }} caught my eye. Open to connecting?
```

## Options

None.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.prefilter import prefiltered

_DEFAULT = prefiltered(
    r"(?:\bI(?:'d|\s+would)\s+(?:like|love)\s+to\s+|\bI\s+want(?:ed)?\s+to\s+|\blet\s+me\s+)?"
    r"\badd\s+you\s+to\s+my\s+(?:professional\s+|linkedin\s+)*network\b"
    r"(?:\s+on\s+linkedin\b)?"
    r"|(?:\bI(?:'d|\s+would)\s+like\s+to\s+)?\bjoin\s+your\s+(?:professional\s+|linkedin\s+)*network\b"
    r"|\bI(?:'d|\s+would)\s+like\s+to\s+connect\s+with\s+you\s+(?:here\s+)?on\s+linkedin\b"
    # "I'd like to invite you to join my network"
    r"|\b(?:I(?:'d|\s+would)\s+like\s+to\s+)?invite\s+you\s+to\s+(?:join|connect\s+with)\s+my\s+"
    r"(?:professional\s+|linkedin\s+)*network\b"
    # "Please accept my invitation to connect on LinkedIn"
    # (not "Please accept my invitation to interview", "my request for a call")
    r"|\bplease\s+accept\s+my\s+(?:connection\s+)?(?:invitation|invite|request)(?:\s+to\s+"
    r"(?:connect|join\s+(?:your|my)\s+(?:professional\s+)?network))?(?:\s+on\s+linkedin)?"
    r"(?=\s*(?:[.!,;]|$))",
    locate=True,
)


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        for m in _DEFAULT.finditer(message.folded):
            yield Diagnostic(
                m.start(),
                m.end(),
                "this is LinkedIn's default invitation text: write one line on who "
                "you are and why this person",
                field=message.field.name,
            )


RULE = Rule(
    code="OL302",
    name="default-invitation-text",
    docs=__doc__ or "",
    check=check,
    severity=Severity.ERROR,
)
