"""The rule-pack format: its kinds and fields, a rule as written, and the pack error."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from outreach_lint.config import ConfigError
from outreach_lint.model import Severity

KINDS = ("existence", "substitution", "required", "limit")
METRICS = ("words", "characters", "sentences", "questions", "placeholders")
SCOPES = ("all", "body", "subject")
COMMON_FIELDS = (
    "code",
    "name",
    "kind",
    "message",
    "severity",
    "channels",
    "scope",
    "docs",
    "example",
    "use-instead",
)
KIND_FIELDS: Mapping[str, tuple[str, ...]] = {
    "existence": ("phrases",),
    "substitution": ("swap",),
    "required": ("any-of",),
    "limit": ("metric", "min", "max"),
}
REQUIRED_FIELDS: Mapping[str, tuple[str, ...]] = {
    "existence": ("phrases",),
    "substitution": ("swap",),
    "required": ("any-of",),
    "limit": ("metric",),
}


class PackError(ConfigError):
    """A rule pack that cannot be read: the message starts with ``PACK:LINE:``."""


class PackRule(NamedTuple):
    """One rule of a pack, as written and checked."""

    code: str
    name: str
    kind: str
    message: str
    severity: Severity
    channels: tuple[str, ...] | None
    scope: str
    docs: str
    example: str
    use_instead: str
    phrases: tuple[str, ...]
    swap: tuple[tuple[str, str], ...]
    any_of: tuple[str, ...]
    metric: str
    minimum: int | None
    maximum: int | None
    pack: str
    line: int


def base_message(spec: PackRule) -> str:
    """The rule's ``message`` without its closing full stop: findings and docs add to it."""
    return spec.message.rstrip(" .")
