"""Placeholders that are there but do not work as written, and what they would hold once
fixed: a slip for a declared name (``{{ compnay }}`` for ``company``, OL401's), a broken one
around a declared name (``{{ current_firm }``, OL402's), and a placeholder in a style that is
off (``{company}`` or ``*|COMPANY|*`` in templates that use
``{{ }}``, OL402's and OL407's; a fill-in such as ``[Company]``, OL403's).

OL101 and OL102 count only the placeholders that work. When the one about the recipient is
there but miswritten, "add a placeholder for their company" reads as "add another one": the
finding says instead which placeholder would count, once written how.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from outreach_lint.builtin.dialects import typed_while_off
from outreach_lint.check import RuleContext
from outreach_lint.message import Message
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.declared_names import corrected, same_label
from outreach_lint.rules.fill_in_brackets import bracket_fill_ins
from outreach_lint.rules.undeclared_placeholder import slip_for, undeclared
from outreach_lint.rules.write_as import IDENTIFIER_STYLES, MAILCHIMP_NAMES, written


class Miswritten(NamedTuple):
    """A placeholder that does not work as written."""

    name: str
    """Its name as written (``compnay``, ``CURRENTCOMPANY``)."""
    start: int
    field: str
    shown: str
    """The placeholder as written: ``{{ compnay }}``, ``{company}``."""
    line: int | None
    fixed: str
    """How it works: ``{{ company }}``."""
    kind: str
    """What it holds once fixed (``taxonomy``): ``org``."""
    code: str
    """The rule that reports it: ``OL401``, ``OL402``, ``OL403`` or ``OL407``."""
    meant: str
    """The name it stands for, as declared where it is: ``company``, ``first_name`` for
    ``*|FNAME|*``."""


def miswritten(ctx: RuleContext) -> list[Miswritten]:
    """The placeholders of the template that do not work as written, in order, with the
    names they hold (a slip's, the name as written in a style that is off)."""
    out = []
    for message, p in undeclared(ctx):
        meant = slip_for(ctx, p)
        if meant is None:
            continue
        shown = message.text[p.start : p.end]
        fixed = corrected(shown, p.name, meant)
        line = ctx.line(p.field, p.start)
        out.append(
            Miswritten(
                p.name, p.start, p.field, shown, line, fixed, ctx.kind(meant), "OL401", meant
            )
        )
    if ctx.shared.dialects and ctx.shared.dialects[0].name in IDENTIFIER_STYLES:
        for message in ctx.messages:
            off = list(_off(ctx, message))
            out.extend(off)
            taken = [(m.start, m.start + len(m.shown)) for m in off]
            out.extend(
                m
                for m in _broken(ctx, message)
                if not any(s < m.start + len(m.shown) and m.start < e for s, e in taken)
            )
    return sorted(out, key=lambda m: (m.field != "subject", m.start))


_BROKEN_JINJA = compile_regex(r"\{\{?[ \t]*(?P<name>[A-Za-z_][\w.]*)[ \t]*\}?\}?")
"""A double-brace placeholder with a brace missing or too many, around a name:
``{{ current_firm }``, ``{{first_name}``, ``{company}}``."""


def _broken(ctx: RuleContext, message: Message) -> Iterator[Miswritten]:
    """The broken ``{{ }}`` placeholders (OL402's) in ``message`` around a declared name, in
    templates that use ``{{ }}``: ``{{ current_firm }`` for ``current_firm``."""
    declared = ctx.template.variables
    if not declared or ctx.shared.dialects[0].name != "jinja" or not message.strays:
        return
    field = message.field.name
    for m in _BROKEN_JINJA.finditer(message.text):
        start, end = m.span()
        if m["name"] not in declared or not any(s < end and start < e for s, e in message.strays):
            continue
        yield Miswritten(
            m["name"],
            start,
            field,
            m.group(),
            ctx.line(field, start),
            written(ctx, m["name"]),
            ctx.kind(m["name"]),
            "OL402",
            m["name"],
        )


def _off(ctx: RuleContext, message: Message) -> Iterator[Miswritten]:
    """The placeholders in ``message`` in a style that is off: whole (OL407's), read as broken
    ones in a style that is on (``{company}`` where ``{{ }}`` is on, OL402's), or fill-ins
    (``[Company]``, OL403's, but not the sender's own ``[Your Name]``); in a template that
    declares its variables, only those of a declared name, case and separators aside."""
    prose = message.prose
    field = message.field.name
    for style in ctx.shared.inactive_dialects:
        found: Iterable[re.Match[str] | None]
        if style.fill_in:
            spans = bracket_fill_ins(message, style.name, style.placeholder)
            found = (style.placeholder.fullmatch(prose, s, e) for s, e in spans)
        else:
            found = typed_while_off(style, prose)
        for m in found:
            if m is None or (style.fill_in and _yours(m["name"])):
                continue
            start, end = m.span()
            broken = any(s < end and start < e for s, e in message.strays)
            code = "OL403" if style.fill_in else "OL402" if broken else "OL407"
            name = _declared_as(ctx, m["name"], style.name)
            if ctx.template.variables is not None and name not in ctx.template.variables:
                continue  # written as "{{ company_name }}" it would be undeclared (OL401)
            yield Miswritten(
                m["name"],
                start,
                field,
                message.text[start:end],
                ctx.line(field, start),
                written(ctx, name),
                ctx.kind(name),
                code,
                name,
            )


def _yours(label: str) -> bool:
    """Is a fill-in the sender's own ("[Your Name]", "[My Company]")?"""
    return not {"your", "my"}.isdisjoint(words(label))


def _declared_as(ctx: RuleContext, name: str, style: str) -> str:
    """The declared name that ``name`` is, case and separators aside ("CURRENTCOMPANY":
    ``current_company``), or ``name`` as an identifier ("Current Company":
    ``current_company``; a dotted one as written, "Contact.FirstName"; Mailchimp's "FNAME" and
    "LNAME" as ``first_name`` and ``last_name``)."""
    found = _declared(ctx, name)
    if found is not None:
        return found
    if style == "mailchimp" and name in MAILCHIMP_NAMES:
        name = MAILCHIMP_NAMES[name]
        return _declared(ctx, name) or name
    if "." in name:
        return name  # a field of a record: "Contact.FirstName"
    return "_".join(words(name)) or name


def _declared(ctx: RuleContext, name: str) -> str | None:
    return same_label(name, ctx.template.variables or ())


def would_count(items: list[Miswritten]) -> str:
    """ "{company} on line 5 would count once written as {{ company }} (see OL402)": for the
    first two of ``items``, and how many more there are."""
    first = items[0]
    text = f"{_at(first)} would count once written as {first.fixed}"
    if len(items) > 1:
        text += f", and {_at(items[1])} as {items[1].fixed}"
    if len(items) > 2:
        text += f", and {len(items) - 2} more like them"
    codes = ", ".join(sorted(set(m.code for m in items)))
    return f"{text} (see {codes})"


def _at(m: Miswritten) -> str:
    return m.shown if m.line is None else f"{m.shown} on line {m.line}"
