"""## What it does

Flags a placeholder that is neither declared under `variables:` nor a known placeholder.

It checks templates that declare `variables:`, and every template when the config sets
`known-placeholders`. A declared name also covers its dotted children: declaring `contact`
covers `{{ contact.firstname }}`. Names are matched as the sending tool reads them: exactly in
`{{ }}` and the other styles of identifiers (Jinja tells `{{ First_Name }}` from
`first_name`, and sends it blank), but case, spaces, `_` and `-` aside in the styles of labels
a person writes, `[First Name]` and `<Company>` when the bracket or angle style is on:
`[First Name]` is `first_name`, as OL405 reads it.
The merge tags Mailchimp fills in itself (`*|UNSUB|*`,
`*|LIST:ADDRESS|*`, `*|MC:SUBJECT|*`) need no declaring, nor do the names a template gives
values to itself (`{% for skill in skills %}{{ skill }}` and its `loop`, `{% set %}`,
`{% with %}`, a macro's arguments, Liquid's `assign` and `forloop`, AMPscript's variables,
`%%=v(@greeting)=%%`) and the item's fields inside a Handlebars `{{#each}}` or `{{#with}}`
block or a Mustache section (`{{#jobs}}{{ title }}{{/jobs}}`), `{{this}}` among them. The
message names where the name can be declared: the template's `variables:` (in its front matter,
or its entry in a collection) or `known-placeholders` in the config; a text file without front
matter has only the config.

## Why is this bad?

The sending tool fills in only the fields it knows. An undeclared placeholder is usually a typo
(`{{ frist_name }}`) or a field the tool does not have, and is sent blank or as raw braces:
"Hi ," or "Hi {{ frist_name }},". With a fallback (`{{ frist_name|default('there') }}`)
nothing is blank, but every recipient gets the fallback: the personalisation is lost.

## Example

```markdown
---
variables: [first_name]
---
Hi {{ first_name }}, congrats on the launch at {{ company }}!
```

## Use instead

```markdown
---
variables: [first_name, company]
---
Hi {{ first_name|default('there') }}, congrats on the launch at {{ company }}! Shipping it in
six weeks is the work our new Head of Product at Northwind will lead. Open to a call?
```

## Options

None. Set `known-placeholders` in the config to the fields your sending tool always fills in.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from outreach_lint.builtin.dialects import filled_by_the_tool
from outreach_lint.check import RuleContext
from outreach_lint.message import Message
from outreach_lint.model import Diagnostic, Placeholder, Rule, Severity, Template
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.declared_names import (
    as_label,
    corrected,
    label_key,
    labelled,
    meant_for,
)


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    allowed = _allowed(ctx)
    for message, p in undeclared(ctx):
        shown = message.text[p.start : p.end]
        meant = meant_for(p.name, allowed)
        if meant is None:
            text = f"placeholder {shown} is not declared in {_fix(ctx.template, _risk(p))}"
        elif any(c.isspace() for c in meant):  # declared as a label, "First Name"
            text = (
                f"{shown} is not declared in 'variables', so {_risk(p)}: it is declared there as "
                f"'{meant}', with spaces, which this placeholder style cannot hold; write it "
                f"{p.name} there"
            )
        else:  # a slip for a declared name: say which, not how to declare the slip
            text = (
                f"did you mean {corrected(shown, p.name, meant)}? {shown} is not declared in "
                f"{_where(ctx.template)}{_case(p.name, meant)}, so {_risk(p)}"
            )
        yield Diagnostic(p.start, p.end, text, field=message.field.name)


def undeclared(ctx: RuleContext) -> Iterator[tuple[Message, Placeholder]]:
    """The placeholders this rule reports, the first of each name in each message: neither
    declared nor known, nor filled in by the sending tool, nor given a value by the template."""
    declared = ctx.template.variables
    known = ctx.shared.known_placeholders
    if declared is None and not known:
        return
    allowed = _allowed(ctx)
    labels = labelled(ctx)
    label_keys = {label_key(a) for a in allowed} if labels else set()
    for message in ctx.messages:
        seen: set[str] = set()
        local: _Local | None = None  # read only for a name that is not declared
        for p in message.placeholders:
            if p.name in seen or _covered(p.name, allowed) or filled_by_the_tool(p):
                continue
            if as_label(p, labels) and label_key(p.name) in label_keys:
                continue  # "[First Name]" is first_name
            if "{" in message.text:
                local = local or _template_names(message)
                if _local(p, local):
                    continue
            seen.add(p.name)
            yield message, p


def slip_for(ctx: RuleContext, p: Placeholder) -> str | None:
    """The declared or known name that the undeclared ``p`` is a slip for ("{{ compnay }}":
    ``company``), if one is."""
    return meant_for(p.name, _allowed(ctx))


def _allowed(ctx: RuleContext) -> set[str]:
    return set(ctx.shared.known_placeholders) | set(ctx.template.variables or ())


def _where(template: Template) -> str:
    if template.variables is not None:
        return "'variables'"
    return "the config's 'known-placeholders'"


def _case(name: str, meant: str) -> str:
    """ " (names are case-sensitive)" when ``name`` is ``meant`` in another case."""
    return " (names are case-sensitive)" if name.casefold() == meant.casefold() else ""


def _fix(template: Template, risk: str) -> str:
    """Where the name is missing, what the reader gets (``risk``) and where the name could be
    declared: the template's own ``variables`` when it has front matter (or is an item of a
    collection), the config's ``known-placeholders`` last, for whoever set the linter up; only
    the config for a plain text file, which has no ``variables``."""
    if template.variables is not None:
        return (
            f"'variables', so {risk}: add it there, or fix the name (if your sending tool fills "
            "it in for every message, ask whoever set up outreach-lint to add it to "
            "'known-placeholders' in .outreach-lint.yaml)"
        )
    known = "the config's 'known-placeholders' (the fields your sending tool fills in)"
    if not template.key_offsets:
        return f"{known}: add it there, or fix the name; otherwise {risk}"
    place = "this template's entry" if "body" in template.key_offsets else "the front matter"
    return (
        f"{known}: add it there or under 'variables:' in {place}, or fix the name; otherwise {risk}"
    )


def _risk(p: Placeholder) -> str:
    """What the recipient gets if the sending tool does not know the name: the fallback, when
    the placeholder has one, rather than a blank."""
    if p.fallback:
        return f"every recipient may get its fallback '{p.fallback}' instead"
    if p.guarded:
        return "the text that depends on it may be left out for every recipient"
    return "it may be sent blank"


_BINDS = compile_regex(
    r"\{%-?\s*(?:for\s+(?P<loop>\w+(?:\s*,\s*\w+)*)\s+in\b"
    r"|(?:set|assign|capture)\s+(?P<set>\w+)"
    r"|with\s+(?P<with>[^%]*?)-?%\}"
    r"|macro\s+\w+\s*\((?P<args>[^)]*)\))"
)
"""Names a template gives values to itself: ``{% for skill in skills %}``, ``{% set c = x %}``,
``{% with c = x %}``, ``{% macro row(label) %}`` (Jinja), ``{% assign c = x %}`` and
``{% capture c %}`` (Liquid)."""
_ASSIGNED = compile_regex(r"(\w+)\s*=")
_BLOCK_TAG = compile_regex(r"\{\{~?(?P<mark>[#/^])\s*(?P<head>[\w.]+)(?:\s+(?P<arg>[\w.]+))?")
"""Opening and closing tags of Handlebars blocks and Mustache sections: ``{{#each jobs}}``,
``{{/each}}``, ``{{#jobs}}``, ``{{/jobs}}``."""
_NOT_CONTEXT = frozenset(["if", "unless"])
"""Blocks that test a value without making it the context inside them."""


class _Local(NamedTuple):
    names: frozenset[str]
    """Names the template sets (``set``, ``assign``, ``with``, a macro's arguments)."""
    loops: tuple[tuple[int, int, frozenset[str]], ...]
    """Each loop's span and the names it binds there (its variables, ``loop``, ``forloop``)."""
    blocks: tuple[tuple[int, int], ...]
    """Where a Handlebars ``each``/``with`` block or a Mustache section makes the names
    inside it its item's fields (``{{#each jobs}}{{ title }}{{/each}}``)."""


_FOR_OR_END = compile_regex(r"\{%-?\s*(?:(?P<end>endfor)\b|for\b)")


def _template_names(message: Message) -> _Local:
    text = message.text
    comments = [(c.start, c.end) for c in message.comments]
    names: set[str] = set()
    loops: list[tuple[int, int, frozenset[str]]] = []
    for m in _BINDS.finditer(text):
        if any(a <= m.start() < b for a, b in comments):
            continue  # "{# {% set x = 1 %} #}" binds nothing
        if m["loop"]:
            bound = {n.strip() for n in m["loop"].split(",")} | {"loop", "forloop"}
            loops.append((m.start(), _loop_end(text, m.end()), frozenset(bound)))
        elif m["set"]:
            names.add(m["set"])
        elif m["with"] is not None:
            names.update(_ASSIGNED.findall(m["with"]))
        else:
            names.update(a.split("=")[0].strip() for a in m["args"].split(",") if a.strip())
    blocks = _context_blocks(text) if "{{" in text else ()
    return _Local(frozenset(names), tuple(loops), blocks)


def _loop_end(text: str, pos: int) -> int:
    """Where the loop whose opening tag ends at ``pos`` ends (its ``endfor``, nested loops
    skipped), or the end of the text."""
    depth = 1
    for m in _FOR_OR_END.finditer(text, pos):
        depth += -1 if m["end"] else 1
        if depth == 0:
            return m.start()
    return len(text)


def _context_blocks(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the blocks that change the context, nested ones too."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int, bool]] = []
    for m in _BLOCK_TAG.finditer(text):
        head = m["head"]
        if m["mark"] in "#^":
            # {{#each x}}, {{#with x}}, a Mustache section {{#x}}; not {{#if x}}, {{^x}}
            context = m["mark"] == "#" and head not in _NOT_CONTEXT
            stack.append((head, m.start(), context))
            continue
        for i in range(len(stack) - 1, -1, -1):  # the block this tag closes
            if stack[i][0] == head:
                _, start, context = stack[i]
                del stack[i:]
                if context:
                    spans.append((start, text.find("}}", m.end()) + 2))
                break
    return tuple(spans)


def _local(p: Placeholder, local: _Local) -> bool:
    """Is ``p`` a name the template gives a value to, or inside a block that makes its names
    an item's fields (Handlebars' ``this`` among them)?"""
    root = p.name.split(".")[0]
    if root in local.names:
        return True
    if any(start < p.start < end and root in bound for start, end, bound in local.loops):
        return True
    return any(start < p.start and p.end < end for start, end in local.blocks)


def _covered(name: str, allowed: set[str]) -> bool:
    if name in allowed:
        return True
    parts = name.split(".")
    return any(".".join(parts[:i]) in allowed for i in range(1, len(parts)))


RULE = Rule(
    code="OL401",
    name="undeclared-placeholder",
    docs=__doc__ or "",
    check=check,
    severity=Severity.ERROR,
)
