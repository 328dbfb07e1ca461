"""## What it does

Flags a Salesforce merge field on an object that holds nothing about a candidate, the sender
or the agency: `{!Lead.FirstName}` or `{!Opportunity.Name}` in a template sent to candidates.
Checked only where the `salesforce` dialect is on.

## Why is this bad?

Acme's ATS keeps candidates as Contacts. A merge field on another object has no value when the
template goes to a candidate, and Salesforce merges a missing value as nothing, without a
warning: the candidate reads "Hi ," and knows they are one of a list.

## Example

```markdown
Hi {!Lead.FirstName}, your work on {!Contact.Latest_Project__c} caught my eye.
```

## Use instead

```markdown
Hi {!Contact.FirstName, there}, your work on {!Contact.Latest_Project__c} caught my eye.
```

## Options

- `objects` (list of names, default `["Contact", "User", "Organization"]`): the objects whose
  merge fields have a value when Acme writes to a candidate.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint import Diagnostic, Option, Rule, RuleContext, Severity

DEFAULT_OBJECTS = ("Contact", "User", "Organization")


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    objects = [str(o) for o in ctx.options.get("objects", DEFAULT_OBJECTS)]
    allowed = {o.lower() for o in objects}
    for p in ctx.placeholders:
        if p.dialect != "salesforce" or "." not in p.name:
            continue
        obj = p.name.split(".", 1)[0]
        if obj.lower() not in allowed:
            yield Diagnostic(
                p.start,
                p.end,
                f"{{!{p.name}}} merges from {obj}, which is blank for a candidate: "
                f"use a field of {', '.join(objects)}",
                field=p.field,
            )


RULE = Rule(
    code="ACME202",
    name="non-candidate-merge-field",
    docs=__doc__ or "",
    check=check,
    severity=Severity.ERROR,
    default=False,
    options={
        "objects": Option(
            list(DEFAULT_OBJECTS),
            "Salesforce objects whose merge fields have a value for a candidate",
            (list,),
        )
    },
)
