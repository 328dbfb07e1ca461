"""## What it does

Flags an e-mail or InMail with no subject, or with a subject longer than its channel
recommends. One finding per problem.

An e-mail subject should stay within 50 characters. A channel with no recommended subject
length (InMail) is held to its hard limit (200 characters). Placeholders count as in OL501, and
the finding about length points at the first character past it.

## Why is this bad?

Without a subject the sending tool sends a blank one or refuses the template, and a blank
subject looks like spam. A long subject is cut: mobile e-mail clients show only about 35–41
characters of it, so the words that make the reader open the message (the role, the place,
why them) must come first and the rest is lost.

## Example

```markdown
---
channel: email
subject: Marketing Manager role at Fernway Logistics - hybrid Milton Keynes, £55k + bonus
---
```

## Use instead

```markdown
---
channel: email
subject: Marketing Manager, Milton Keynes - £55k
---
Hi {{ first_name|default('there') }},

Fernway Logistics is hiring a Marketing Manager (hybrid, Milton Keynes, £55k plus bonus), and
your B2B campaigns at {{ company }} are the work they need. Could we talk on Thursday?

Priya
```

## Options

- `placeholder-lengths` (mapping, default `{name: 20, org: 40, profile: 30, job: 30,
  sender: 30, other: 30}`): characters counted per placeholder kind without a `max_length`,
  as in OL501.

The recommended length is set per channel in the config file, `.outreach-lint.yaml`:
`channels: {email: {recommended-subject: 60}}`.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.rules.lengths import (
    DEFAULT_LENGTHS,
    PLACEHOLDER_LENGTHS,
    length_said,
    rendered_length,
)


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    channel = ctx.channel
    if channel is None or not channel.has_subject:
        return
    subject = ctx.subject
    if subject is None or subject.is_blank:
        within = channel.recommended_subject_chars
        short = f"within {within} characters" if within is not None else "short"
        phones = f" (phone apps show only the first {_SHOWN} characters)" if within else ""
        yield Diagnostic(
            -1,
            -1,
            f"this {channel.label} has no subject: {_how_to_add(ctx)}, {short}, the role and "
            f"the place first{phones}",
            field="",
        )
        return
    limit = channel.recommended_subject_chars
    hard = limit is None
    limit = channel.subject_limit if limit is None else limit
    if limit is None:
        return
    lengths = {**DEFAULT_LENGTHS, **ctx.options.get("placeholder-lengths", {})}
    total, crossed = rendered_length(ctx, subject, lengths, limit)
    if crossed is None:
        return
    if hard:
        advice = (
            f", and {channel.label} subjects are cut at {limit} characters: put the role and "
            "the place first and cut the rest"
        )
    else:
        advice = (
            f": keep it within {limit} characters, the role and the place first (phone apps "
            f"show only the first {_SHOWN})"
        )
    yield Diagnostic(
        crossed,
        crossed + 1,
        f"this subject {length_said(subject, total)}{advice}; it passes {limit} here",
        field=subject.field.name,
    )


_SHOWN = "35-41"
"""How many characters of a subject phone e-mail apps show."""


def _how_to_add(ctx: RuleContext) -> str:
    """Where a template without a subject gets one: its key in a YAML collection, a line in
    its front matter, or, in a file with none, a first line "Subject: …" (e-mail) or front
    matter."""
    template = ctx.template
    if template.path.endswith((".yaml", ".yml")):
        return "add a line 'subject: …' to this template"
    if template.key_offsets:
        return "add a line 'subject: …' between the --- lines at the top"
    if ctx.channel is not None and ctx.channel.name == "email":
        return "start the file with a line 'Subject: …'"
    return "start the file with three lines: '---', 'subject: …' and '---'"


RULE = Rule(
    code="OL504",
    name="subject-problem",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
    options={"placeholder-lengths": PLACEHOLDER_LENGTHS},
)
