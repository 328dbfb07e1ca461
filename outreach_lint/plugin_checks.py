"""Checks of what a plugin provides, made when it loads: a mistake in a plugin's rule, option
or dialect is one clear error (exit 2) naming the plugin, not a traceback halfway through a
run or a finding at the wrong place."""

from __future__ import annotations

from collections.abc import Mapping

from outreach_lint.config import KEYS
from outreach_lint.model import NAME_RE, Dialect, Option, Rule, Severity


def rule_problem(rule: Rule) -> str | None:
    """What is wrong with ``rule``, or ``None``."""
    if not isinstance(rule.name, str) or not NAME_RE.match(rule.name):
        return f"its name must be kebab-case, like client-named-too-early, not {rule.name!r}"
    if not isinstance(rule.docs, str):
        return f"its docs must be a text (Markdown), not {rule.docs!r}"
    if not callable(rule.check):
        return f"its check must be a function, not {rule.check!r}"
    if not isinstance(rule.severity, Severity):
        return f"its severity must be a Severity (like Severity.ERROR), not {rule.severity!r}"
    if not isinstance(rule.default, bool):
        return f"its default must be True or False, not {rule.default!r}"
    if not isinstance(rule.options, Mapping):
        return f"its options must map option names to Option values, not {rule.options!r}"
    for key, option in rule.options.items():
        problem = option_problem(key, option)
        if problem is not None:
            return problem
    return None


def option_problem(key: object, option: object) -> str | None:
    """What is wrong with the option ``key`` (of a rule or a plugin), or ``None``."""
    if not isinstance(key, str):
        return f"its option names must be texts, not {key!r}"
    if not isinstance(option, Option):
        return f"its option {key!r} must be an Option, not {option!r}"
    if not isinstance(option.types, tuple) or not all(isinstance(t, type) for t in option.types):
        return f"the types of its option {key!r} must be a tuple of types, not {option.types!r}"
    if not option.accepts(option.default):
        kinds = " or ".join(t.__name__ for t in option.types) or type(option.default).__name__
        return (
            f"the default of its option {key!r} is {option.default!r}, which is not of the "
            f"type it declares ({kinds})"
        )
    return None


def plugin_option_problem(key: str, option: object) -> str | None:
    """What is wrong with a config key a plugin declares, or ``None``."""
    if key in KEYS:
        return f"its config key {key!r} is one of outreach-lint's own settings"
    return option_problem(key, option)


def dialect_problem(dialect: object) -> str | None:
    """What is wrong with a placeholder dialect, or ``None``."""
    if not isinstance(dialect, Dialect):
        return f"it returned {dialect!r} from outreach_lint_dialects; expected Dialect values"
    placeholder = dialect.placeholder
    if not hasattr(placeholder, "groupindex") or "name" not in placeholder.groupindex:
        return (
            f"the placeholder pattern of its dialect {dialect.name!r} must be a compiled "
            "regular expression with a group named 'name', like (?P<name>\\w+)"
        )
    for what in ("tag", "comment", "stray"):
        pattern = getattr(dialect, what)
        if pattern is not None and not hasattr(pattern, "finditer"):
            return (
                f"the {what} pattern of its dialect {dialect.name!r} must be a compiled regular "
                f"expression or None, not {pattern!r}"
            )
    return None
