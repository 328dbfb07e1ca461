"""## What it does

Flags a placeholder written in a style that is not on for these templates: `*|FNAME|*`
(Mailchimp) or `%FIRSTNAME%` (Bullhorn) in templates whose `dialects` are `[jinja]`, or
`{{ first_name }}` where only `mailchimp` is on. Every placeholder style that outreach-lint
knows and that is off is looked for, plugins' included. Hand-written fill-ins (`[First
Name]`, `<company>`) are left to OL403, and braces that look like a broken `{{ }}` (`{name}`
in Jinja templates) to OL402. A Windows environment variable in percent signs (`%APPDATA%`,
`%PATH%`, as in "DLL hijacking via %APPDATA%") is text in the percent style, not a Bullhorn
placeholder.

## Why is this bad?

A sending tool fills in only its own syntax. A merge tag pasted from another tool's template
is sent as typed, and "Hi *|FNAME|*," is the leak recipients quote as proof they are one of
hundreds. And while its style is off, outreach-lint reads it as plain text: the rules that
look at placeholders (a fallback for the first name, a declared variable, a placeholder
about the recipient) cannot see it.

## Example

```markdown
Hi {{ first_name|default('there') }}, congratulations on *|COMPANY|*'s Series B.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, congratulations on {{ company }}'s Series B. I'm writing
because you'll be growing the engineering team, and I've met three senior backend engineers in
Leeds this month who would fit. Could I send you their profiles?
```

If your sending tool does fill in both styles, turn the second one on:
`dialects: [jinja, mailchimp]`.

## Options

None. The styles that are on are the `dialects` setting.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity

_STYLES = {
    "jinja": "{{ double braces }}",
    "brace": "Teamtailor-style {single braces}",
    "mailchimp": "Mailchimp's *|MERGE|* tags",
    "percent": "%PERCENT% signs, as Bullhorn and Salesforce Marketing Cloud write them",
    "bracket": "[square brackets]",
    "angle": "<angle brackets>",
}
"""Each placeholder style in words a recruiter knows it by: how it looks, and its tools."""


def _style(name: str) -> str:
    return _STYLES.get(name, f"the '{name}' placeholder style")


def in_a_style_that_is_off(ctx: RuleContext, style: str) -> str:
    """'a placeholder for another sending tool (Mailchimp's *|MERGE|* tags), but the
    'dialects' setting says these templates use {{ double braces }}, so…': the words OL407,
    OL402 and OL405 say it in (then ``what_to_do``)."""
    active = " and ".join(_style(d.name) for d in ctx.shared.dialects) or "no placeholder style"
    return (
        f"a placeholder for another sending tool ({_style(style)}), but the 'dialects' setting "
        f"says these templates use {active}, so a tool that reads only those would send it as "
        "typed"
    )


def what_to_do(ctx: RuleContext, style: str) -> str:
    """Rewrite it in a style that is on, or turn its style on if the sending tool reads it."""
    turn_on = f"if your sending tool reads it, add '{style}' to 'dialects' in the config"
    active = " or ".join(_style(d.name) for d in ctx.shared.dialects)
    return f"rewrite it in {active}, or, {turn_on}" if active else turn_on


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    foreign = [d for d in ctx.shared.inactive_dialects if not d.fill_in]
    if not foreign:
        return
    for message in ctx.messages:
        # Read in the prose: the active styles' placeholders, tags and comments are masked.
        found = sorted(
            (m.start(), m.end(), d.name)
            for d in foreign
            for m in d.placeholder.finditer(message.prose)
        )
        reported_to = -1
        for start, end, style in found:
            if start < reported_to or any(s < end and start < e for s, e in message.strays):
                continue  # inside one already reported, or a broken placeholder (OL402)
            reported_to = end
            yield Diagnostic(
                start,
                end,
                f"{message.text[start:end]} looks like {in_a_style_that_is_off(ctx, style)}: "
                + what_to_do(ctx, style),
                field=message.field.name,
            )


RULE = Rule(
    code="OL407",
    name="inactive-dialect-placeholder",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
