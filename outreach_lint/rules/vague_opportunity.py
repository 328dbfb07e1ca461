"""## What it does

Flags a pitch that never says what the job is: "an exciting opportunity with a major company",
"a role that matches your profile", "I've got a few roles you'd be perfect for", "our client, a
leading firm in the industry, needs rockstar talent". The subject and body are read together:
the pitch is fine once either names the job, by a title ("Senior Data Engineer", "ICU nurse",
"Account Executive", "Platform Lead", "a clinical pharmacist team" the sender builds) or a
placeholder for it (`{{ role }}`, `{{ job_title }}`). Words that disclaim a pitch ("I'm not
pitching you a job") pitch nothing. A vague pitch in the subject and another in the body are two
places to mend, and two findings (a suppression comment on one leaves the other). A template
marked as a later step of a sequence (metadata `stage: follow-up`, `follow_up: true` or a
`sequence_step` above 1, a name or file name that says follow-up, or a subject starting "Re:")
is sent under the first message, which names the job: it need not name it again.

When the job is named, the rule still flags an employer described only in stock words ("a
leading company", "one of the top firms in the industry"); an employer described by what it
does or where it is ("a 40-person practice in Clifton", "a SaaS scale-up in Manchester"), or
named (`{{ client_name }}`, "at Northwind"), is fine.

## Why is this bad?

Recipients cannot judge an opportunity they know nothing about, and "an exciting opportunity
with a leading company" is the line every bulk sender uses. Recruiting leaders say a canned
message for a job unrelated to the reader's career is deleted at once; naming the job is what
lets the reader see that it is related.

## Example

```markdown
Hi {{ first_name }}, I'm working on an exciting opportunity with a leading company in your
area and I think you could be a great fit. Open to a call?
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, Northwind is hiring a Senior Data Engineer for its Leeds
payments team, and your Kafka work at {{ company }} is what they need. Open to a call?
```

## Options

None.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.name_words import words
from outreach_lint.rules.common import marked_follow_up
from outreach_lint.rules.phrasing import names_role, stock_employer, vague_pitches

_EMPLOYER_WORDS = frozenset(
    ["company", "client", "employer", "organisation", "organization", "org", "firm", "business"]
)


def _names_employer(ctx: RuleContext) -> bool:
    """A placeholder for the hiring company: ``{{ client_name }}``, ``{{ our_company }}``."""
    return any(  # (its words first: a lookup, where its kind may read the text before it)
        _EMPLOYER_WORDS.intersection(words(p.name)) and ctx.kind(p) in ("job", "sender")
        for p in ctx.placeholders
    )


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    if ctx.body.is_blank:
        return
    if not names_role(ctx):
        if marked_follow_up(ctx):
            return  # sent under the first message, which named the job
        for message in ctx.messages:
            for span in vague_pitches(message)[:1]:
                yield Diagnostic(
                    span.start,
                    span.end,
                    "this doesn't say what the job is: name the role (e.g. 'Senior Data "
                    "Engineer') and who it's with",
                    field=message.field.name,
                )
        return
    if _names_employer(ctx):
        return
    for message in ctx.messages:
        employer = stock_employer(message)
        if employer is not None:
            yield Diagnostic(
                employer.start,
                employer.end,
                "this describes the employer in words that fit any company: name it, or say "
                "what it does and where",
                field=message.field.name,
            )


RULE = Rule(
    code="OL205",
    name="vague-opportunity",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
