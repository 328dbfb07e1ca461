"""## What it does

Flags a placeholder written in a style that is not on for these templates: `*|FNAME|*`
(Mailchimp), `%FIRSTNAME%` (Bullhorn) or `%%FirstName%%` (Salesforce Marketing Cloud) in
templates whose `dialects` are `[jinja]`, or `{{ first_name }}` where only `mailchimp` is on,
named by the form written (`%%…%%` is Salesforce Marketing Cloud's, `%…%` Bullhorn's). A
Mailchimp merge tag with a fallback after a colon, as other tools take one (`*|FNAME:there|*`),
is one too: Mailchimp would not read it either, and the message says what to write in the
style that is on, fallback kept (`{{ first_name|default('there') }}`). Every placeholder style
that outreach-lint knows and that is off is looked for, plugins' included.
Hand-written fill-ins (`[First Name]`, `<company>`) are left to OL403 (which leaves a
placeholder found here to this rule, so it is reported once), and braces that look
like a broken `{{ }}` (`{name}` in Jinja templates) to OL402. A Windows environment variable
in percent signs (`%APPDATA%`, `%PATH%`, as in "DLL hijacking via %APPDATA%") is text in the
percent style, not a Bullhorn placeholder.

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

If your sending tool does fill in both styles, whoever set up outreach-lint turns the second
one on in the config file, `.outreach-lint.yaml` (or `[tool.outreach-lint]` in
`pyproject.toml`): `dialects: [jinja, mailchimp]`.

## Options

None. The styles that are on are the `dialects` setting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint.builtin.dialects import tag_with_fallback, typed_while_off
from outreach_lint.check import RuleContext
from outreach_lint.config import Config
from outreach_lint.literals import may_match, may_match_any
from outreach_lint.memo import ById
from outreach_lint.message import Message
from outreach_lint.model import Diagnostic, Dialect, Rule, Severity
from outreach_lint.rules.write_as import rewritten, turn_on

_STYLES = {
    "jinja": ("a placeholder in {{ double braces }}", "{{ double braces }}"),
    "brace": (
        "a placeholder in {single braces} (Teamtailor and Python write them)",
        "{single braces}",
    ),
    "mailchimp": ("a Mailchimp merge tag (*|MERGE|*)", "*|MERGE|* tags"),
    "percent": (
        "a Bullhorn or Salesforce Marketing Cloud placeholder (%PERCENT%)",
        "%PERCENT% signs",
    ),
    "bracket": ("a placeholder in [square brackets]", "[square brackets]"),
    "angle": ("a placeholder in <angle brackets>", "<angle brackets>"),
}
"""Each placeholder style in words a recruiter knows it by: a placeholder of it, with the
tools that write it, and how it looks."""
_DEFAULT_DIALECTS: tuple[str, ...] = Config._field_defaults["dialects"]


def _placeholder(name: str, written: str = "") -> str:
    """A placeholder of the style ``name``, as written (``written``): of the tool whose form it
    has, for the percent style ("%%FirstName%%" is Salesforce Marketing Cloud's, "%FIRSTNAME%"
    Bullhorn's)."""
    if name == "percent" and written:
        if written.startswith("%%"):
            return "a Salesforce Marketing Cloud placeholder (%%NAME%%)"
        return "a Bullhorn placeholder (%NAME%)"
    if name == "mailchimp" and tag_with_fallback(written):
        return "a Mailchimp merge tag (*|MERGE|*) with a fallback, which Mailchimp does not read"
    return _STYLES[name][0] if name in _STYLES else f"a placeholder in the '{name}' style"


def looks(name: str) -> str:
    """How a placeholder of the style ``name`` looks: "{{ double braces }}"."""
    return _STYLES[name][1] if name in _STYLES else f"the '{name}' style"


def _by_default(ctx: RuleContext) -> bool:
    """Are the styles that are on the default ones (no config, or one that doesn't change
    them)?"""
    return tuple(d.name for d in ctx.shared.dialects) == _DEFAULT_DIALECTS


def in_a_style_that_is_off(ctx: RuleContext, style: str, written: str = "") -> str:
    """'a Mailchimp merge tag (*|MERGE|*), but these templates use {{ double braces }} (the
    default), so…': the words OL407, OL402 and OL405 say it in (then ``what_to_do``), of the
    placeholder ``written``."""
    active = " and ".join(looks(d.name) for d in ctx.shared.dialects)
    if not active:
        return (
            f"{_placeholder(style, written)}, but the 'dialects' setting turns every "
            "placeholder style off, so it would be sent as typed"
        )
    if _by_default(ctx):
        use = f"these templates use {active} (the default)"
    else:
        use = f"the 'dialects' setting says these templates use {active}"
    return (
        f"{_placeholder(style, written)}, but {use}, so a tool that reads only those would send "
        "it as typed"
    )


def what_to_do(ctx: RuleContext, style: str) -> str:
    """Rewrite it in a style that is on, or turn its style on if the sending tool reads it."""
    if _by_default(ctx):
        names = ", ".join((*_DEFAULT_DIALECTS, style))
        turn_on = f"set 'dialects' to [{names}] in a config file (see the README)"
    else:
        turn_on = f"add '{style}' to 'dialects' in the config"
    turn_on = f"if your sending tool reads {looks(style)}, {turn_on}"
    active = " or ".join(looks(d.name) for d in ctx.shared.dialects)
    return f"rewrite it in {active}; {turn_on}" if active else turn_on


def sent_as_typed(ctx: RuleContext, style: str, written: str, shown: str) -> str:
    """The finding on ``written`` (quoted as ``shown``), a placeholder of the style ``style``,
    which is off, as OL407 and OL402 word it: what the recruiter writes instead first ("write
    it as {{ first_name }}"), then what it looks like, then the setup step for whoever set up
    outreach-lint, if the sending tool fills in that style after all."""
    dialect = next((d for d in ctx.shared.inactive_dialects if d.name == style), None)
    new = rewritten(ctx, written, dialect) if dialect is not None else None
    active = " and ".join(looks(d.name) for d in ctx.shared.dialects)
    if new is not None:
        action = f"write it as {new}"
    else:
        action = "rewrite it in " + " or ".join(looks(d.name) for d in ctx.shared.dialects)
    return (
        f"'{shown}' would be sent as typed: {action}. It looks like "
        f"{_placeholder(style, written)}, and these templates use {active}; if your sending "
        f"tool fills in {looks(style)}, "
        f"ask whoever set up outreach-lint to {turn_on(ctx, style)}"
    )


def foreign_placeholders(ctx: RuleContext, message: Message) -> list[tuple[int, int, str]]:
    """The placeholders in ``message`` of the styles that are off, as OL407 reports them: the
    span and style of each, not one inside another, nor a broken placeholder (OL402's). Fill-in
    styles (bracket, angle) are OL403's, and left out."""
    foreign, patterns = _foreign(ctx.shared.inactive_dialects)
    if not foreign:
        return []
    # Read in the prose: the active styles' placeholders, tags and comments are masked.
    prose = message.prose
    if not may_match_any(patterns, prose):  # (most texts: none of their marks, in one test)
        return []
    found = sorted(
        (m.start(), m.end(), d.name)
        for d in foreign
        if may_match(d.placeholder, prose)
        for m in typed_while_off(d, prose)
    )
    out = []
    reported_to = -1
    for start, end, style in found:
        if start < reported_to or any(s < end and start < e for s, e in message.strays):
            continue  # inside one already reported, or a broken placeholder (OL402)
        reported_to = end
        out.append((start, end, style))
    return out


def _foreign(inactive: tuple[Dialect, ...]) -> tuple[list[Dialect], tuple[re.Pattern[str], ...]]:
    """The styles of ``inactive`` that are not fill-in styles, and their placeholders'
    patterns: picked once for a linter's (its ``Shared.inactive_dialects``)."""
    kept = _foreign_of.get(id(inactive))
    if kept is not None:
        return kept[1]
    foreign = [d for d in inactive if not d.fill_in]
    return _foreign_of.keep(inactive, (foreign, tuple(d.placeholder for d in foreign)))


_foreign_of: ById[tuple[list[Dialect], tuple[re.Pattern[str], ...]]] = ById(64)


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        for start, end, style in foreign_placeholders(ctx, message):
            written = message.text[start:end]
            yield Diagnostic(
                start,
                end,
                sent_as_typed(ctx, style, written, message.quote(start, end)),
                field=message.field.name,
            )


RULE = Rule(
    code="OL407",
    name="inactive-dialect-placeholder",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
