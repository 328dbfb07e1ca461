"""Placeholders whose names say nothing known, and how a finding tells the user to name them.

OL101 and OL102 decide from what each placeholder holds (``RuleContext.kind``). A name the
taxonomy does not know ({{ town }}, {{ base }}, {{ entreprise }} in a French template) may be
about the reader; the finding then names those placeholders and the ``placeholder-kinds``
setting that says what they hold.
"""

from __future__ import annotations

from collections.abc import Collection

from outreach_lint.builtin.dialects import filled_by_the_tool
from outreach_lint.check import RuleContext
from outreach_lint.taxonomy import a_time


def unknown(ctx: RuleContext, slips: Collection[str] = ()) -> dict[str, str]:
    """The placeholders whose names say nothing known (kind ``other``), as written, by name
    (not someone else's name, "{{ candidate_name }}" beside "{{ first_name }}", nor a date or
    a time, "{{ interview_date }}", nor one the sending tool fills in itself, Mailchimp's
    "*|UNSUB|*": they say what they hold, and it is not about the reader; nor a name in
    ``slips``, a slip for a declared one, "{{ compnay }}": that is to be fixed, not named)."""
    return {
        p.name: (ctx.subject if p.field == "subject" and ctx.subject else ctx.body).text[
            p.start : p.end
        ]
        for p in ctx.placeholders
        if ctx.kind(p) == "other"
        and ctx.kind(p.name) != "name"
        and not a_time(p.name)
        and not filled_by_the_tool(p)
        and p.name not in slips
    }


def hold(names: dict[str, str]) -> str:
    """ "{{ town }} doesn't say what it holds", "{{ a }} and {{ b }} don't say what they hold"."""
    shown = list(names.values())
    verb = "doesn't say what it holds" if len(shown) == 1 else "don't say what they hold"
    return f"{listed(shown, 'and')} {verb}"


def how_to_name(names: dict[str, str], *kinds: str) -> str:
    """The advice that tells the config what ``names`` hold: the example gives the first of
    them the kind, or, with several kinds to choose from, says which they are."""
    first = next(iter(names))
    example = (
        f"placeholder-kinds: {{{kinds[0]}: [{first}]}}"
        if len(kinds) == 1
        else f"placeholder-kinds: {{KIND: [{first}]}}, KIND being {listed(list(kinds), 'or')}"
    )
    return (
        f"if {listed(list(names.values()), 'or')} is about them, say so under "
        f"'placeholder-kinds' in the config, e.g. {example}"
    )


def listed(items: list[str], last: str) -> str:
    """``a``; ``a and b``; ``a, b and c`` (three at most)."""
    items = items[:3]
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {last} {items[-1]}"
