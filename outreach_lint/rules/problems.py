"""File problems: a file that cannot be read (OL901) or parsed (OL902), and a suppression
comment that cannot be read (OL903).

These are reported by the read and parse stages, not by a check function, so that every other
file is still linted. They are always on unless ignored by code.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity


def _reported_by_the_pipeline(ctx: RuleContext) -> Iterator[Diagnostic]:
    return iter(())


UNREADABLE = Rule(
    code="OL901",
    name="unreadable-file",
    severity=Severity.ERROR,
    check=_reported_by_the_pipeline,
    docs="""## What it does

Reports a template file that cannot be read, or is not UTF-8 text, and a name matching the
template patterns that is not a regular file (a named pipe, a device): it is reported, not
opened and waited on.

## Why is this bad?

A template nobody can read is a template nobody has checked: it would go out to candidates
with whatever mistakes it holds. The other files are still linted, and the exit code is 1.

## Example

A file saved as Windows-1252 by an old editor: `Caf\\xe9 meetup...`.

## Use instead

Save the file as UTF-8 (every modern editor can), and make sure it is readable.

## Options

None.
""",
)

INVALID = Rule(
    code="OL902",
    name="invalid-template-file",
    severity=Severity.ERROR,
    check=_reported_by_the_pipeline,
    docs="""## What it does

Reports invalid YAML (in front matter or a YAML collection), front matter that is never
closed, a known front-matter key with a bad value (`variables: 5`, an unknown `channel`) and a
misspelt one (`chanel:`, `Subject:`), at the line of the problem. When the YAML is invalid
because a value needs quotes (`subject: Re: Charge Nurse role`, a value starting with `{{`,
`[` or an apostrophe), the message shows the line written with them. A quote that opens a
value and is never closed is reported where it opens, not where the YAML reader gives up (the
end of the file), and so is a `[` or `{` never closed (`body: [1, 2`).

## Why is this bad?

Whatever tool sends the template will misread it too, or reject it: the channel decides the
length limits, the variables decide what gets filled in.

## Example

```markdown
---
channel: linkedin_note
variables: 5
---
```

## Use instead

```markdown
---
channel: linkedin_connection_note
variables: [first_name, company]
---
Hi {{ first_name|default('there') }}, your post on {{ company }}'s night rota was spot on:
I'm hiring a charge nurse for the ICU at St James's in Leeds. Open to a call this week?
```

## Options

None. Channels are listed by `outreach-lint check --help`; add your own under `channels:`
in the config.
""",
)

INVALID_SUPPRESSION = Rule(
    code="OL903",
    name="invalid-suppression-comment",
    severity=Severity.WARNING,
    check=_reported_by_the_pipeline,
    docs="""## What it does

Reports an `outreach-lint: noqa` comment that cannot be read after `noqa:` (a mistyped code
such as `OL3O2`, or words where codes belong), which then suppresses nothing, and one that
names a code no rule has (`OL999`). Codes may be written in any case and separated by commas
or spaces; words after the codes are a note and are ignored.

## Why is this bad?

A suppression comment that was meant to hide one finding must not hide every finding on its
line, nor silently hide none: either way the template is not checked the way its author
thinks.

## Example

```markdown
---
channel: linkedin_inmail
subject: Charge nurse, ICU, Leeds
---
Hi {{ first_name|default('there') }}, your post on your ward's night rota was spot on: I'm
hiring a charge nurse for the ICU at St James's in Leeds. The full job description, as the
trust asks us to send it, follows. {# outreach-lint: noqa: OL5O2 #}
```

## Use instead

The codes written as codes, separated by commas: `{# outreach-lint: noqa: OL502 #}`.

```markdown
---
channel: linkedin_inmail
subject: Charge nurse, ICU, Leeds
---
Hi {{ first_name|default('there') }}, your post on your ward's night rota was spot on: I'm
hiring a charge nurse for the ICU at St James's in Leeds. The full job description, as the
trust asks us to send it, follows. {# outreach-lint: noqa: OL502 #} Open to a call this week?
```

## Options

None.
""",
)

RULES = (UNREADABLE, INVALID, INVALID_SUPPRESSION)
