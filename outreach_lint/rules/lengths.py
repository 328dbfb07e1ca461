"""How long a message can get once its placeholders are filled in (OL501, OL502, OL504)."""

from __future__ import annotations

from outreach_lint.check import RuleContext
from outreach_lint.message import Message
from outreach_lint.model import Option

DEFAULT_LENGTHS = {"name": 20, "org": 40, "profile": 30, "job": 30, "sender": 30, "other": 30}
"""Characters a placeholder is counted at when ``variables`` gives it no ``max_length``."""
PLACEHOLDER_LENGTHS = Option(
    dict(DEFAULT_LENGTHS), "characters per placeholder kind", (dict,), values=(int,)
)
"""The ``placeholder-lengths`` option of OL501, OL502 and OL504."""


def length_said(message: Message, total: int) -> str:
    """How long ``message`` gets, for a finding: "can reach 368 characters once placeholders
    are filled in", or "is 368 characters long" when it has no placeholder."""
    if message.placeholders:
        return f"can reach {total} characters once placeholders are filled in"
    return f"is {total} characters long"


def assumed(
    ctx: RuleContext, message: Message, defaults: dict[str, int], total: int, limit: int
) -> str:
    """The lengths a finding says it counted the placeholders at, when they alone can take the
    message over ``limit``: "counting {{ first_name }} as 20 characters and {{ company }} as
    40" (each placeholder without a declared ``max_length``, once, as first written); "" when
    every one has a declared length, or the text is over the limit without them."""
    counted: dict[str, tuple[str, int]] = {}
    extra = 0
    for p in message.placeholders:
        declared = (ctx.template.variables or {}).get(p.name)
        if declared is not None and declared.max_length is not None:
            continue
        size = placeholder_length(ctx, p.name, p.fallback, defaults)
        extra += size
        counted.setdefault(p.name, (message.quote(p.start, p.end), size))
    if not counted or total - extra > limit:
        return ""
    said = [f"{shown} as {size}" for shown, size in counted.values()]
    said[0] += " characters"
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return f"counting {listed}"


def placeholder_length(
    ctx: RuleContext, name: str, fallback: str | None, defaults: dict[str, int]
) -> int:
    variables = ctx.template.variables
    declared = variables.get(name) if variables else None
    if declared is not None and declared.max_length is not None:
        size = declared.max_length
    else:
        kind = ctx.kind(name)
        size = defaults[kind] if kind in defaults else defaults.get("other", 30)
    # (comparisons here and in rendered_length rather than calls of max() and min(), which
    # parse their arguments as keywords: measured over 1,000 templates, a rendered_length call
    # took 32,000 instructions, 22,000 this way)
    return len(fallback) if fallback and len(fallback) > size else size


def rendered_length(
    ctx: RuleContext, message: Message, defaults: dict[str, int], limit: int | None = None
) -> tuple[int, int | None]:
    """The most characters the message can have once filled in, and the offset at which the
    count first goes over ``limit`` (``None`` if it never does).

    Text between the first and last visible character counts as written (a line break is one
    character), each placeholder counts as its declared ``max_length`` (or its kind's default),
    and tags and comments count only for the line breaks they leave.
    """
    prose = message.prose
    lo, hi = len(prose) - len(prose.lstrip()), len(prose.rstrip())
    pieces = sorted(
        [
            (p.start, p.end, placeholder_length(ctx, p.name, p.fallback, defaults))
            for p in message.placeholders
        ]
        + [(s, e, message.text.count("\n", s, e)) for s, e in message.hidden]
    )
    total = 0
    crossed: int | None = None
    pos = lo
    for start, end, size in pieces:
        if start < lo:
            start = lo
        if end > hi:
            end = hi
        if end <= start:
            continue
        if start > pos:
            if limit is not None and crossed is None and total + (start - pos) > limit:
                crossed = pos + (limit - total)
            total += start - pos
        if limit is not None and crossed is None and total + size > limit:
            crossed = start
        total += size
        if end > pos:
            pos = end
    if hi > pos:
        if limit is not None and crossed is None and total + (hi - pos) > limit:
            crossed = pos + (limit - total)
        total += hi - pos
    return total, crossed
