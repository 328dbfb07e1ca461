"""## What it does

Flags a name placeholder in the greeting ("Hi {{ first_name }},", "Dear *|FNAME|*,") with no
fallback for an empty name, in the placeholder styles that have one.

The styles checked are Jinja, Liquid, Django, Handlebars and other double-curly tools
(`{{ first_name|default('there') }}`, or a `{% if %}` / `{{#if}}` block), Teamtailor's single
braces (`{first-name there}`) and Mailchimp (`*|IF:FNAME|*…*|ELSE:|*…*|END:IF|*`). The
greeting is the opening of the body's first line: a salutation and the name ("Hi
{{ first_name }},"), or the name alone before a comma ("{{ first_name }}, quick question").

## Why is this bad?

A template with no fallback for the name sends "Hi ," whenever the field is empty, and
contact lists always have some empty or junk first names. That broken first line is the first
thing the reader sees, and it says "mail-merge" louder than anything else in the message.

## Example

```markdown
Hi {{ first_name }},
```

## Use instead

```markdown
Hi {{ first_name|default('there') }},
```

or `{first-name there}` (Teamtailor), or
`*|IF:FNAME|*Hi *|FNAME|*,*|ELSE:|*Hello,*|END:IF|*` (Mailchimp).

## Options

- `dialects` (list, default `["jinja", "brace", "mailchimp"]`): the placeholder styles
  checked. Styles with no fallback syntax (percent, hand-written brackets) are left out by
  default, since there is nothing to write instead; a team whose tool fills in a default on
  its own can drop its style from the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message
from outreach_lint.model import Diagnostic, Option, Placeholder, Rule, Severity
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.common import greeting

_DEFAULT_DIALECTS = ("jinja", "brace", "mailchimp")
_SALUTATION = compile_regex(
    r"(?:hi|hello|hey|hiya|dear|greetings|good\s+(?:morning|afternoon|evening|day)|howdy|yo)"
    r"\b[ \t]*",
    re.IGNORECASE,
)
_NAME_END = compile_regex(r"[ \t]*(?:[,!.:;?—–-]|$)", re.MULTILINE)
# A fallback the dialect's pattern may not capture: ``|default("there", true)``,
# ``|default_if_none:"there"``, ``or "there"``.
_RAW_FALLBACK = compile_regex(r"\|\s*default\w*\s*[(:]|\bor\s+['\"]")


def greeting_span(message: Message) -> tuple[int, int, str] | None:
    """Where the greeting is, and its salutation ("Hi", "Dear"): the first line's greeting, or
    a first line that opens with a placeholder followed by a comma ("{{ first_name }}, ...")."""
    m = greeting(message)
    if m is not None:
        start = m.start("greeting")
        return start, m.end(), " ".join(message.text[start : m.start("who")].split())
    prose = message.prose
    start = len(prose) - len(prose.lstrip())
    salutation = _SALUTATION.match(prose, start)
    end = salutation.end() if salutation else start
    if end >= len(prose) or prose[end] != MASK:
        return None
    while end < len(prose) and prose[end] in (MASK, " ", "\t"):
        end += 1
    if not _NAME_END.match(prose, end):
        return None
    said = " ".join(message.text[start : salutation.end()].split()) if salutation else ""
    return start, end, said


def _instead(p: Placeholder, salutation: str) -> str:
    if p.dialect == "jinja":
        return f"{{{{ {p.name}|default('there') }}}}"
    if p.dialect == "brace":
        return f"{{{p.name} there}}"
    if p.dialect == "mailchimp":
        return f"*|IF:{p.name}|*{salutation} *|{p.name}|*,*|ELSE:|*Hello,*|END:IF|*"
    return "a fallback such as 'there'"


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    dialects = set(ctx.options.get("dialects", _DEFAULT_DIALECTS))
    body = ctx.body
    found = greeting_span(body)
    if found is None:
        return
    start, end, salutation = found
    for p in body.placeholders_in(start, end):
        if p.dialect not in dialects or p.has_fallback or ctx.kind(p) != "name":
            continue
        shown = body.text[p.start : p.end]
        if _RAW_FALLBACK.search(shown):
            continue
        yield Diagnostic(
            p.start,
            p.end,
            f"{shown} in the greeting has no fallback, so an empty name sends "
            f"'{salutation or 'Hi'} ,': write {_instead(p, salutation or 'Hi')} instead",
            field=body.field.name,
        )


RULE = Rule(
    code="OL406",
    name="greeting-placeholder-without-fallback",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
    options={
        "dialects": Option(
            list(_DEFAULT_DIALECTS), "placeholder styles whose greeting needs a fallback", (list,)
        )
    },
)
