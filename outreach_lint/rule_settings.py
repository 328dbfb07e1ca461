"""Each rule's settings for a run, from the config's ``rules:`` table: its options (defaults
overridden) and its severity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from outreach_lint.config import Config
from outreach_lint.model import Rule, Severity


def rule_options(config: Config, rules: Mapping[str, Rule]) -> dict[str, dict[str, Any]]:
    """Each rule's options: its defaults, overridden by ``rules: {CODE: {...}}`` (checked by
    ``config_names.check_plugin_names``). A mapping given for a mapping option changes the keys
    it names and keeps the default's others (``placeholder-lengths: {name: 30}``)."""
    out: dict[str, dict[str, Any]] = {}
    for code, rule in rules.items():
        values = {name: opt.default for name, opt in rule.options.items()}
        given = config.rules.get(code) or {}
        for name, value in given.items():
            if name == "severity":
                continue
            default = values.get(name)
            if isinstance(default, dict) and isinstance(value, dict):
                value = {**default, **value}
            values[name] = value
        out[code] = values
    return out


def severity(config: Config, rule: Rule) -> Severity:
    """``rule``'s severity: as the config sets it, else its own."""
    given = (config.rules.get(rule.code) or {}).get("severity")
    return Severity(given) if given in ("error", "warning", "info") else rule.severity
