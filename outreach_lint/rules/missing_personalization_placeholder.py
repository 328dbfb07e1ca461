"""## What it does

Flags a template with no placeholder for anything about the recipient: not their name, their
company, nor anything from their profile (a skill, a project, a post, their school, a shared
connection). Placeholders for the sender or the job (recruiter name, calendar link, role,
salary range) don't count. Which names mean what is the placeholder taxonomy
(`placeholder-kinds` in the config extends it); a placeholder whose name it does not know
counts as theirs where the text says so ("your {{ theatre }} team", "you've run nights on
{{ bay }}"). A workplace alone ({{ hospital }}, {{ practice_name }}, {{ depot }}) is where they
work, as {{ company }} is their company. A placeholder about them that is there but does not
work as written does not count: a slip for a declared name (`{{ compnay }}` for `company`,
which OL401 reports), a broken one around a declared name (`{{first_name}`, OL402's), or one
in a style that is off (`{company}`, `%CURRENTCOMPANY%`,
`*|CURRENT_HOME|*` or the fill-in `[Company]` in templates that use `{{ }}`, which OL402, OL407
or OL403 reports; in a template that declares its variables, one of a declared name). As typed,
the message is sent with the text, so the finding stays, but it says which placeholder would
count once written how, rather than asking for another one.

A message that greets a person by name written out by hand ("Hi Sarah,", "Dear Dr. Patel,",
"Dear Ms Lee and team,") is a message, not a template, and is not flagged; a greeting of words
that fit anyone ("Dear Valued Candidate", "Hi Recruiters"), the job as a name ("Dear
Paralegal", "Hello Store Manager"), or a title before a word that stands in for the name ("Dear
Mr Jobseeker", "Dear Dr Colleague"), is no name, nor is a title before a sentence ("Dear Ms We
need locums.", "Dear Mr I hope you're well").

Nor is an answer to the reader's own application ("Dear Candidate, thank you for applying for the
Dental Nurse role … this is to confirm your interview"), nor a message to someone already in the
process, about their interview, offer or papers ("Hi there, I've attached your offer letter for
the Staff Nurse post"), as OL102 reads them: sent from a tracking system with no name field, it
is about them all the same. A conversation claimed under a greeting that fits anyone ("Hi there,
as discussed, we are recruiting …") or thanks for applying at the end of a cold pitch is no such
message.

## Why is this bad?

The same words going to hundreds of people read as mail-merge, and recruiters who receive these
messages say an invitation with no personalisation is ignored or deleted: "Personalize your
invitation, it takes one minute." A template must leave room for something about the person.

## Example

```markdown
Hello, we're hiring a {{ role }} at Northwind. Interested? Book a call: {{ calendar_link }}
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, your talk on {{ talk_topic }} at {{ company }} is why
I'm writing: it's the problem our {{ role }} at Northwind will own. Interested? Book a call:
{{ calendar_link }}
```

## Options

None.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.rules.greetings import greets_literal_name
from outreach_lint.rules.in_touch import answers_application, in_process
from outreach_lint.rules.miswritten import miswritten, would_count
from outreach_lint.rules.unknown_kinds import hold, how_to_name, unknown
from outreach_lint.taxonomy import ABOUT_RECIPIENT


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    if ctx.body.is_blank or greets_literal_name(ctx.body):
        return
    if any(ctx.kind(p) in ABOUT_RECIPIENT for p in ctx.placeholders):
        return
    if answers_application(ctx.body) or in_process(ctx.body):
        return  # about their own application or process ("thank you for applying for …")
    slips = miswritten(ctx)
    names = unknown(ctx, {m.name for m in slips})
    wrong = [m for m in slips if m.kind in ABOUT_RECIPIENT]
    if wrong:  # theirs, but miswritten ({{ compnay }}): "add one" would make two
        said = "nothing in this template is about the recipient as written"
        advice = would_count(wrong)
        if all(m.kind == "name" for m in wrong):
            advice += (
                ", but a name alone is not personalisation: add a placeholder for something "
                "specific to them too (their company, their work, a post, a shared connection)"
            )
        yield Diagnostic(-1, -1, f"{said}: {advice}", field="")
        return
    advice = (
        "add a placeholder for something specific to them (their company, their work, a post, "
        "a shared connection)"
    )
    if not names:
        said = "nothing in this template is about the recipient"
    else:  # names it doesn't know may be theirs ({{ entreprise }}): say how to tell it so
        said = f"nothing in this template is known to be about the recipient ({hold(names)})"
        advice += "; " + how_to_name(names, "name", "org", "profile")
    yield Diagnostic(-1, -1, f"{said}: {advice}", field="")


RULE = Rule(
    code="OL101",
    name="missing-personalization-placeholder",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
