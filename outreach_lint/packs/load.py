"""Loading a pack file into ``Rule`` values: read it, then give each rule its check and docs."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from outreach_lint.model import Channel, Rule
from outreach_lint.packs.docs import rule_docs
from outreach_lint.packs.kinds import CHECKS
from outreach_lint.packs.read import read_pack
from outreach_lint.packs.schema import PackError, PackRule


def load_pack(
    path: str, *, display: str | None = None, channels: Mapping[str, Channel] | None = None
) -> tuple[Rule, ...]:
    """Read the pack at ``path`` into rules; errors name it as ``display`` (default: ``path``).

    With ``channels``, every channel a rule names must be one of them.
    """
    shown = display or path
    try:
        with open(path, encoding="utf-8-sig") as f:
            text = f.read().replace("\r\n", "\n")
    except (OSError, UnicodeDecodeError) as e:
        reason = getattr(e, "strerror", None) or str(e)
        raise PackError(f"cannot read rule pack: {reason}", shown) from None
    return tuple(to_rule(spec) for spec in read_pack(text, shown, channels))


def to_rule(spec: PackRule) -> Rule:
    """The ``Rule`` for a pack rule: its check function and its generated documentation."""
    return Rule(
        code=spec.code,
        name=spec.name,
        docs=rule_docs(spec),
        check=partial(CHECKS[spec.kind], spec),
        severity=spec.severity,
        # a phrase in a link's address is not the sender's wording
        wording=spec.kind in ("existence", "substitution"),
    )
