"""## What it does

Flags a variable declared under `variables:` that the template never uses: no placeholder in
the subject or body names it, and no block tag tests or loops over it (`{% if x %}`,
`{{#if x}}`, `*|IF:X|*`, `{% for s in x %}`). A declared name also counts as used by its
dotted children: declaring `contact` covers `{{ contact.firstname }}`. One finding per unused
name, at the `variables` key.

## Why is this bad?

The declaration is the template's promise of what it personalises. A declared `skill` or
`company` that is never used usually means the sentence that used it was edited out, so the
message is less personal than its author thinks, and the sending tool still asks someone to
fill the field in for every send.

## Example

```markdown
---
variables: [first_name, company, skill]
---
Hi {{ first_name }}, you ran the night shift at {{ company }} through peak season...
```

## Use instead

Use the field (`your {{ skill }} work is what the team needs`), or remove it from
`variables`.

## Options

None.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.patterns import compile_regex

_IDENTIFIER = compile_regex(r"[A-Za-z_][\w.\-]*")


def used_names(ctx: RuleContext) -> set[str]:
    """Names the template uses: its placeholders, and every name in a block tag of an active
    dialect (the variable a conditional tests, a loop's list, an expression's operands), except
    in comments."""
    names = {p.name for p in ctx.placeholders}
    for message in ctx.messages:
        comments = [(c.start, c.end) for c in message.comments]
        for dialect in ctx.shared.dialects:
            if dialect.tag is None:
                continue
            for m in dialect.tag.finditer(message.text):
                if any(s <= m.start() < e for s, e in comments):
                    continue
                if "cond" in m.re.groupindex and m.group("cond"):
                    names.add(m.group("cond"))
                names.update(_identifiers(m.group(0)))
    return {" ".join(n.split()) for n in names}


@lru_cache(maxsize=4096)
def _identifiers(tag: str) -> tuple[str, ...]:
    """The names in a tag's text, found once per text: the same few tags ("{{ first_name }}",
    "{% if company %}") stand in template after template."""
    return tuple(_IDENTIFIER.findall(tag))


def _is_used(name: str, used: set[str], folded: set[str]) -> bool:
    name = " ".join(name.split())
    key = name.casefold()
    return key in folded or any(u.startswith(key + ".") for u in folded) or name in used


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    declared = ctx.template.variables
    if not declared:
        return
    used = used_names(ctx)
    folded = {u.casefold() for u in used}
    for name in declared:
        if _is_used(name, used, folded):
            continue
        yield Diagnostic(
            0,
            0,
            f"'{name}' is declared under 'variables' but never used in the subject or body: "
            "use it to say something about the recipient, or remove it from 'variables'",
            field="",
            key="variables",
        )


RULE = Rule(
    code="OL405",
    name="unused-declared-variable",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
