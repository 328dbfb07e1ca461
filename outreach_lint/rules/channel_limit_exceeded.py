"""## What it does

Flags a body or subject that can be longer than the channel allows once its placeholders are
filled in: a LinkedIn connection note over 300 characters, an InMail body over 1,900 or its
subject over 200, a LinkedIn message over 8,000. Each placeholder counts as its declared
`max_length` under `variables`, or else as a default for its kind: a name 20 characters, an
organisation 40, anything else 30 (or its fallback text, if longer); the finding says which
placeholders it counted at these lengths when they take the message over. It points at the
first character past the limit.

## Why is this bad?

LinkedIn refuses or cuts a note over the limit, so the part that explains why you are writing,
usually the end, is the part that is lost. A free account's notes stop at 200 characters.

## Example

A connection note with `{{ first_name }}` and `{{ company }}` in it, which can be 313
characters once they are filled in (a name of up to 20 characters, a company of up to 40),
over LinkedIn's 300:

```markdown
---
channel: linkedin_connection_note
---
Hi {{ first_name|default('there') }}, I read your write-up on moving {{ company }}'s payments
ledger to event sourcing. We are building the same thing for a Leeds bank and are hiring a
lead engineer to run it, with a team of six. I'd value your view on what you would do
differently. Open to a call?
```

## Use instead

Cut the note to what matters: who you are, why this person, what you'd like. Or, if your
data is shorter than the defaults, declare the real lengths of every placeholder in it, in the
template's front matter (between the `---` lines at the top):
`variables: [{first_name: {max_length: 12}}, {company: {max_length: 25}}]` brings the note
above to 290 characters.

```markdown
---
channel: linkedin_connection_note
---
Hi {{ first_name|default('there') }}, your write-up on {{ company }}'s event-sourced ledger
is the project a Leeds bank has hired me to staff. Open to a call about leading it?
```

## Options

- `placeholder-lengths` (mapping, default `{name: 20, org: 40, profile: 30, job: 30,
  sender: 30, other: 30}`): characters counted per placeholder kind without a `max_length`.

Limits are set per channel in the config file, `.outreach-lint.yaml` (or
`[tool.outreach-lint]` in `pyproject.toml`): `channels: {linkedin_connection_note: {body:
200}}` for free accounts; a new channel gets limits the same way.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.rules.lengths import (
    DEFAULT_LENGTHS,
    PLACEHOLDER_LENGTHS,
    assumed,
    length_said,
    rendered_length,
)


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    channel = ctx.channel
    if channel is None:
        return
    lengths = {**DEFAULT_LENGTHS, **ctx.options.get("placeholder-lengths", {})}
    for message, limit in ((ctx.subject, channel.subject_limit), (ctx.body, channel.body_limit)):
        if message is None or limit is None:
            continue
        total, crossed = rendered_length(ctx, message, lengths, limit)
        if crossed is None:
            continue
        what = f"{channel.label}'s subject" if message is ctx.subject else channel.label
        counting = assumed(ctx, message, lengths, total, limit)
        if counting:
            said = f"can reach {total} characters, {counting}"
            fix = (
                "shorten it, or, if they are shorter, give their longest real lengths as "
                "max_length under 'variables'"
            )
        else:
            said, fix = length_said(message, total), "shorten it"
        yield Diagnostic(
            crossed,
            crossed + 1,
            f"this {what} {said}, over the limit of {limit}, so the text from here on would "
            f"be cut: {fix}",
            field=message.field.name,
        )


RULE = Rule(
    code="OL501",
    name="channel-limit-exceeded",
    docs=__doc__ or "",
    check=check,
    severity=Severity.ERROR,
    options={"placeholder-lengths": PLACEHOLDER_LENGTHS},
)
