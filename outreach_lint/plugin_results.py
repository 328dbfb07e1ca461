"""What the plugins' hooks return, collected and checked: rules (codes unique across plugins),
dialects, channels (with the config's overrides), options, and the plugins a config requires."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pluggy

from outreach_lint import plugin_checks
from outreach_lint.model import CODE_RE, Channel, Dialect, Formatter, Option, Rule, TemplateParser
from outreach_lint.plugin_model import Plugin, PluginError, traceback_text


def check_required(required: Iterable[str], plugins: Iterable[Plugin]) -> None:
    installed: set[str] = set()
    for p in plugins:
        installed |= _spellings(p.name)
        if ":" in p.name:
            installed |= _spellings(p.name.split(":", 1)[1])
    missing = [r for r in required if not _spellings(r) & installed]
    if missing:
        have = ", ".join(sorted({p.name for p in plugins})) or "none"
        raise PluginError(
            f"required plugin(s) missing: {', '.join(missing)}; installed: {have}",
            "require-plugins",
            list(required).index(missing[0]),
        )


def _spellings(name: str) -> set[str]:
    """The ways a plugin's name is written: a distribution's as pip compares them
    (``outreach_lint_acme`` is ``outreach-lint-acme``); a local module's or a pack's as the
    file it names (``lint_rules/house_rules.py`` is ``lint_rules.house_rules``, ``house_rules.py``
    is ``house_rules``, ``./house-style.yaml`` is ``house-style.yaml``; ``House_Style.yaml``
    is another file)."""
    path = name.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    if path.endswith(".py"):
        path = path[:-3].replace("/", ".")
    found = {path}
    if "/" not in name and "." not in name:  # a distribution's name, or a top-level module's
        found.add(name.lower().replace("_", "-"))
    return found


HOOKS = (
    "outreach_lint_rules",
    "outreach_lint_channels",
    "outreach_lint_dialects",
    "outreach_lint_parsers",
    "outreach_lint_formatters",
    "outreach_lint_options",
)
"""Every hook, in the order ``load`` calls them."""


def call_hook(
    pm: pluggy.PluginManager, hook: str, owners: Mapping[str, Plugin], verbose: bool
) -> list[tuple[Plugin, Any]]:
    """What each plugin's implementation of ``hook`` returns, with the plugin it came from; a
    hook that raises is a ``PluginError`` naming the plugin."""
    out = []
    # ``get_hookimpls()`` lists implementations in registration order (except that pluggy puts
    # ``trylast`` ones first, ``tryfirst`` ones last and wrappers after all; no plugin here uses
    # them). Reversed, it is the order pluggy itself calls a hook in, last registered first, so
    # later plugins take precedence: objects passed to ``load``, then local plugins, then
    # packages, each in reverse of the order ``load`` registered them in, and outreach-lint's
    # built-ins last. A plugin's parser is tried before a built-in one claiming the same file,
    # and an error about a clash names the later plugin first.
    for impl in reversed(getattr(pm.hook, hook).get_hookimpls()):
        plugin = owners.get(impl.plugin_name, Plugin(impl.plugin_name, "", "package"))
        try:
            returned = impl.function()
        except Exception as error:  # noqa: BLE001
            raise PluginError(
                f"plugin {plugin.name}: hook {hook} failed: {type(error).__name__}: {error}"
                + traceback_text(error, verbose),
                plugins=[plugin.name],
            ) from None
        _check_not_single(plugin, hook, returned)
        out.append((plugin, returned))
    return out


_ONE_OF_MANY = (Rule, Channel, Dialect, TemplateParser, Formatter, Option)
"""What a hook returns a sequence (or, for options, a mapping) of."""


def _check_not_single(plugin: Plugin, hook: str, returned: Any) -> None:
    """A hook that returns one ``Rule`` (a named tuple, whose fields would be read as the
    rules) rather than a sequence of them is an error that says so."""
    if not isinstance(returned, _ONE_OF_MANY):
        return
    kind = type(returned).__name__
    label = getattr(returned, "code", None) or getattr(returned, "name", None)
    single = f"a single {kind}" + (f" ({label})" if isinstance(label, str) else "")
    if isinstance(returned, Option):
        fix = "return a mapping of config keys to them: {'key': OPTION}"
    else:
        fix = f"return a sequence of them: ({kind.upper()},)"
    raise PluginError(
        f"plugin {plugin.name} returned {single} from {hook}; {fix}", plugins=[plugin.name]
    )


def collect_rules(results: Iterable[tuple[Plugin, Any]]) -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for plugin, returned in results:
        for rule in returned or ():
            if not isinstance(rule, Rule):
                raise PluginError(
                    f"plugin {plugin.name} returned {rule!r} from "
                    "outreach_lint_rules; expected outreach_lint.Rule values",
                    plugins=[plugin.name],
                )
            add_rule(rules, rule._replace(plugin=plugin.name))
    return rules


def add_rule(rules: dict[str, Rule], rule: Rule) -> None:
    if not isinstance(rule.code, str) or not CODE_RE.match(rule.code):
        raise PluginError(
            f"plugin {rule.plugin}: rule code {rule.code!r} must be 2-5 capital "
            "letters and 3 digits, like ACME101",
            plugins=[rule.plugin],
        )
    problem = plugin_checks.rule_problem(rule)
    if problem is not None:
        raise PluginError(
            f"plugin {rule.plugin}: rule {rule.code}: {problem}", plugins=[rule.plugin]
        )
    other = rules.get(rule.code)
    if other is not None and other.plugin == rule.plugin and other.name != rule.name:
        raise PluginError(
            f"plugin {rule.plugin} gives the rule code {rule.code} to two rules: {other.name} "
            f"and {rule.name}",
            plugins=[rule.plugin],
        )
    if other is not None:
        raise PluginError(
            f"rule code {rule.code} is claimed by two plugins: {other.plugin} "
            f"({other.name}) and {rule.plugin} ({rule.name})",
            plugins=[other.plugin, rule.plugin],
        )
    rules[rule.code] = rule


def unique(results: Iterable[tuple[Plugin, Any]], what: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    by: dict[str, str] = {}
    for plugin, returned in results:
        for item in returned or ():
            problem = plugin_checks.dialect_problem(item) if what == "dialect" else None
            if problem is not None:
                raise PluginError(f"plugin {plugin.name}: {problem}", plugins=[plugin.name])
            if item.name in out:
                raise PluginError(
                    f"{what} {item.name!r} is provided by two plugins: "
                    f"{by[item.name]} and {plugin.name}",
                    plugins=[by[item.name], plugin.name],
                )
            out[item.name], by[item.name] = item, plugin.name
    return dict(sorted(out.items()))


def collect_channels(
    results: Iterable[tuple[Plugin, Any]], overrides: Mapping[str, Mapping[str, Any]]
) -> dict[str, Channel]:
    channels: dict[str, Channel] = unique(results, "channel")
    fields = {
        "label": "label",
        "body": "body_limit",
        "subject": "subject_limit",
        "has-subject": "has_subject",
        "recommended-body": "recommended_body_chars",
        "recommended-words": "recommended_body_words",
        "recommended-subject": "recommended_subject_chars",
    }
    for name, settings in overrides.items():
        base = channels.get(name, Channel(name, name.replace("_", " ")))
        changes = {fields[k]: v for k, v in settings.items()}
        if "subject_limit" in changes and changes["subject_limit"] is not None:
            changes.setdefault("has_subject", True)
        channels[name] = base._replace(**changes)
    return dict(sorted(channels.items()))


def collect_options(results: Iterable[tuple[Plugin, Any]]) -> dict[str, Option]:
    out: dict[str, Option] = {}
    for plugin, returned in results:
        for key, option in (returned or {}).items():
            problem = plugin_checks.plugin_option_problem(key, option)
            if problem is not None:
                raise PluginError(f"plugin {plugin.name}: {problem}", plugins=[plugin.name])
            if key in out:
                raise PluginError(
                    f"config key {key!r} is declared by two plugins (the second is {plugin.name})",
                    plugins=[plugin.name],
                )
            out[key] = option
    return out
