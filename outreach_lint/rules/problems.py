"""File problems: a file that cannot be read (OL901) or parsed (OL902).

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

Reports a template file that cannot be read, or is not UTF-8 text.

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
closed, and a known front-matter key with a bad value (`variables: 5`, an unknown `channel`),
at the line of the problem.

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
```

## Options

None. Channels are listed by `outreach-lint check --help`; add your own under `channels:`
in the config.
""",
)

RULES = (UNREADABLE, INVALID)
