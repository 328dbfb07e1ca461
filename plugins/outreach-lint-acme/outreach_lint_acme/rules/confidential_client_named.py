"""## What it does

Flags the name of a client Acme recruits for in confidence anywhere in a template. The names
are listed under the config key `acme-confidential-clients`, which this plugin adds; matching
is case-insensitive, on whole words, across line breaks.

## Why is this bad?

A search is confidential because the client has not announced the role, or is replacing
someone who still holds it. Naming the client breaks Acme's agreement with them, and an
outreach message is easily forwarded, sometimes to the person being replaced.

## Example

```yaml
# .outreach-lint.yaml
acme-confidential-clients: [Goliath Bank]
```

```markdown
Hi {{ first_name }}, Goliath Bank is building a new payments team in London.
```

## Use instead

```markdown
Hi {{ first_name }}, a tier-one bank is building a new payments team in London.
```

## Options

None: the names come from the plugin's config key `acme-confidential-clients` (a list of
names, empty by default).
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint import Diagnostic, Rule, RuleContext, Severity, compile_phrases

OPTION = "acme-confidential-clients"


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    clients = [str(c) for c in ctx.shared.plugin_options.get(OPTION) or () if str(c).strip()]
    if not clients:
        return
    pattern = compile_phrases(clients)
    for message in ctx.messages:
        for m in pattern.finditer(message.prose):
            name = " ".join(message.text[m.start() : m.end()].split())
            yield Diagnostic(
                m.start(),
                m.end(),
                f"{name} is a confidential client: describe the company instead of naming it",
                field=message.field.name,
            )


RULE = Rule(
    code="ACME203",
    name="confidential-client-named",
    docs=__doc__ or "",
    check=check,
    severity=Severity.ERROR,
    default=False,
)
