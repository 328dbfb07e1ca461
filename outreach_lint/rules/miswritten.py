"""Placeholders that are there but do not work as written, and what they would hold once
fixed: a slip for a declared name (``{{ compnay }}`` for ``company``, OL401's).

OL101 and OL102 count only the placeholders that work. When the one about the recipient is
there but miswritten, "add a placeholder for their company" reads as "add another one": the
finding says instead which placeholder would count, once written how.
"""

from __future__ import annotations

from typing import NamedTuple

from outreach_lint.check import RuleContext
from outreach_lint.rules.declared_names import corrected
from outreach_lint.rules.undeclared_placeholder import slip_for, undeclared


class Miswritten(NamedTuple):
    """A placeholder that does not work as written."""

    name: str
    """Its name as written (``compnay``)."""
    shown: str
    """The placeholder as written: ``{{ compnay }}``."""
    line: int | None
    fixed: str
    """How it works: ``{{ company }}``."""
    kind: str
    """What it holds once fixed (``taxonomy``): ``org``."""
    code: str
    """The rule that reports it: ``OL401``."""


def miswritten(ctx: RuleContext) -> list[Miswritten]:
    """The placeholders of the template that do not work as written, in order."""
    out = []
    for message, p in undeclared(ctx):
        meant = slip_for(ctx, p)
        if meant is None:
            continue
        shown = message.text[p.start : p.end]
        fixed = corrected(shown, p.name, meant)
        out.append(Miswritten(p.name, shown, ctx.line(p), fixed, ctx.kind(meant), "OL401"))
    return out


def would_count(items: list[Miswritten]) -> str:
    """ "{{ compnay }} on line 6 would count once written as {{ company }} (see OL401)", for
    the first of ``items`` (and "and 1 more like it" for the rest)."""
    first = items[0]
    where = f" on line {first.line}" if first.line is not None else ""
    more = f", and {len(items) - 1} more like it" if len(items) > 1 else ""
    return (
        f"{first.shown}{where} would count once written as {first.fixed} (see {first.code})" + more
    )
