"""The plugin manager: every rule, dialect, parser, formatter and channel comes through here.

Sources, in order: entry points of the group ``outreach_lint`` (outreach-lint's own built-ins
are registered there too), local modules named by the ``plugins`` config key (with
``plugin-paths`` added to the import path), plugin objects the caller passes in (how
``outreach_lint.testing`` registers a plugin under test), and YAML rule packs from
``rule-packs``. Any load problem is a ``PluginError`` (exit code 2) that names the plugin.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import ModuleType
from typing import Any, NamedTuple

import pluggy

from outreach_lint import hookspecs, plugin_checks
from outreach_lint.config import Config
from outreach_lint.entry_points import entry_points
from outreach_lint.model import (
    CODE_RE,
    Channel,
    Dialect,
    Formatter,
    Option,
    Rule,
    TemplateParser,
)

GROUP = "outreach_lint"


class PluginError(Exception):
    """A plugin could not be loaded or conflicts with another; the run stops with exit 2.

    ``key`` and ``index`` name the config entry that asked for it (``plugins``, item 0), so
    that the error can give that entry's line. ``plugins`` are the plugins at fault, by name:
    ``load`` finds the entry of the first that the config names, when ``key`` is not given."""

    def __init__(
        self, message: str, key: str | None = None, index: int = 0, plugins: Sequence[str] = ()
    ) -> None:
        super().__init__(message)
        self.key = key
        self.index = index
        self.plugins = tuple(plugins)


class Plugin(NamedTuple):
    """A loaded plugin: its display name (a distribution, a local module or a rule pack)."""

    name: str
    version: str
    kind: str
    """``package`` (entry point), ``local`` (``plugins:``), ``object`` (passed to ``load``) or
    ``pack`` (``rule-packs:``)."""


class Registry(NamedTuple):
    """Everything the plugins provide, sorted and checked."""

    plugins: tuple[Plugin, ...]
    """In the order they load (``Where plugins come from`` in docs/plugins.md): outreach-lint,
    the other installed plugins by name, local plugins, objects and packs as listed."""
    rules: Mapping[str, Rule]
    dialects: Mapping[str, Dialect]
    parsers: tuple[TemplateParser, ...]
    formatters: Mapping[str, Formatter]
    channels: Mapping[str, Channel]
    options: Mapping[str, Option]
    code: tuple[str, ...] = ()
    """Where the registered plugins' code lives: the folder of each one's top-level package
    (or its module file). The results cache looks at it, so an edited rule is not served
    stale results when the version number stays the same (an editable install)."""


def load(config: Config, *, verbose: bool = False, extra: Sequence[object] = ()) -> Registry:
    """Load every plugin the environment and ``config`` name, plus the plugin objects
    ``extra`` (modules or instances with hook implementations), and check them together."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    owners: dict[str, Plugin] = {}
    # the files of the modules registered so far: a module listed twice, under two names
    # (lint_rules.ext and lint_rules/ext.py) or as an entry point too, is loaded once
    files: set[str] = set()
    for plugin, module_name, loader, path in (*_sources(config), *_objects(extra)):
        if path is not None and _same_file(path) in files:
            continue
        try:
            module = loader()
        except Exception as error:  # noqa: BLE001 - any import error of a plugin
            raise PluginError(
                _load_error(plugin, module_name, error, verbose), *_asked_by(plugin.name, config)
            ) from None
        file = getattr(module, "__file__", None) if isinstance(module, ModuleType) else None
        if pm.is_registered(module) or (file is not None and _same_file(file) in files):
            continue
        if file is not None:
            files.add(_same_file(file))
        name = f"{plugin.name}:{module_name}"
        while pm.has_plugin(name):  # two objects of the same name (outreach_lint.testing)
            name += "'"
        try:
            registered = pm.register(module, name=name)
        except pluggy.PluginValidationError as error:
            raise PluginError(
                _invalid_hook(plugin, error), *_asked_by(plugin.name, config)
            ) from None
        if registered is not None:
            owners[registered] = plugin
    try:
        return _gather(pm, owners, config, verbose)
    except PluginError as error:
        if error.key is None:  # about a plugin or pack the config names: at its line
            error.key, error.index = next(
                (e for e in (_asked_by(p, config) for p in error.plugins) if e[0]), (None, 0)
            )
        raise


def _gather(
    pm: pluggy.PluginManager, owners: Mapping[str, Plugin], config: Config, verbose: bool
) -> Registry:
    """What the registered plugins and the config's rule packs provide, checked together."""
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as error:
        raise _pending_error(pm, owners, error) from None

    returned = {hook: _results(pm, hook, owners, verbose) for hook in _HOOKS}
    rules = _collect_rules(returned["outreach_lint_rules"])
    channels = _channels(returned["outreach_lint_channels"], config.channels)
    pack_plugins = []
    pack_files: set[str] = set()
    for index, pack in enumerate(config.rule_packs):
        from outreach_lint import packs

        path = config.resolve(pack)
        if _same_file(path) in pack_files:  # listed twice (house-style.yaml, ./house-style.yaml)
            continue
        pack_files.add(_same_file(path))
        try:
            pack_rules = packs.load_pack(path, display=pack, channels=channels)
        except packs.PackError as error:
            if error.line is not None:  # a problem inside the pack, at its own line
                raise
            raise PluginError(str(error), "rule-packs", index) from None
        pack_plugin = Plugin(f"pack:{pack}", "", "pack")
        pack_plugins.append(pack_plugin)
        for rule in pack_rules:
            _add_rule(rules, rule._replace(plugin=pack_plugin.name))

    # in the order they load: outreach-lint, installed plugins, local ones, packs
    plugins = tuple(dict.fromkeys([*owners.values(), *pack_plugins]))
    _check_required(config.require_plugins, plugins)
    return Registry(
        plugins=plugins,
        rules=dict(sorted(rules.items())),
        dialects=_unique(returned["outreach_lint_dialects"], "dialect"),
        parsers=tuple(p for _, given in returned["outreach_lint_parsers"] for p in given or ()),
        formatters=_unique(returned["outreach_lint_formatters"], "format"),
        channels=channels,
        options=_options(returned["outreach_lint_options"]),
        code=_code_locations(pm.get_plugins()),
    )


def _code_locations(registered: Iterable[object]) -> tuple[str, ...]:
    locations = set()
    for obj in registered:
        top = getattr(obj, "__name__", type(obj).__module__).split(".")[0]
        module = sys.modules.get(top)
        paths = getattr(module, "__path__", None)
        location = next(iter(paths), None) if paths else getattr(module, "__file__", None)
        if location:
            locations.add(str(location))
    return tuple(sorted(locations))


# --- where plugins come from ----------------------------------------------------------------

Source = tuple[Plugin, str, Callable[[], Any], str | None]
"""A plugin to load: who it is, its entry point or module, how to load it, and the file it
will load, when that is known before loading (a ``.py`` file under ``plugins:``)."""


def _sources(config: Config) -> Iterable[Source]:
    found: list[Source] = []
    for ep in entry_points(GROUP):
        found.append((Plugin(ep.dist, ep.version, "package"), ep.name, ep.load, None))
    found.sort(key=lambda s: (s[0].name != "outreach-lint", s[0].name.lower(), s[1]))
    yield from found
    for folder in config.plugin_paths:
        path = config.resolve(folder)
        if path not in sys.path:
            sys.path.insert(0, path)
    for spec in config.plugins:
        file = config.resolve(spec) if _is_file_spec(spec) else None
        yield Plugin(f"local:{spec}", "", "local"), spec, _local_loader(config, spec), file


def _is_file_spec(spec: str) -> bool:
    return spec.endswith(".py") or os.sep in spec or "/" in spec


def _same_file(path: str) -> str:
    """``path`` spelt the one way every spelling of it (``./ext.py``, ``ext.py``) resolves to."""
    return os.path.normcase(os.path.realpath(path))


def _asked_by(plugin: str, config: Config) -> tuple[str | None, int]:
    """The config entry that named the plugin called ``plugin``: (``"plugins"``, its index)
    for a local one, (``"rule-packs"``, its index) for a pack, else ``(None, 0)``."""
    kind, _, spec = plugin.partition(":")
    if kind == "local" and spec in config.plugins:
        return "plugins", config.plugins.index(spec)
    if kind == "pack" and spec in config.rule_packs:
        return "rule-packs", config.rule_packs.index(spec)
    return None, 0


def _objects(extra: Sequence[object]) -> Iterable[Source]:
    for obj in extra:
        name = getattr(obj, "__name__", None) or type(obj).__name__
        yield Plugin(name, "", "object"), name, _given(obj), None


def _given(obj: object) -> Callable[[], object]:
    return lambda: obj


def _local_loader(config: Config, spec: str) -> Callable[[], ModuleType]:
    if _is_file_spec(spec):
        path = config.resolve(spec)

        def load_file() -> ModuleType:
            name = "outreach_lint_local_" + os.path.splitext(os.path.basename(path))[0]
            module_spec = importlib.util.spec_from_file_location(name, path)
            if module_spec is None or module_spec.loader is None or not os.path.isfile(path):
                raise FileNotFoundError(f"no such file: {path}")
            module = importlib.util.module_from_spec(module_spec)
            sys.modules[name] = module
            module_spec.loader.exec_module(module)
            return module

        return load_file
    return lambda: importlib.import_module(spec)


def _load_error(plugin: Plugin, entry: str, error: BaseException, verbose: bool) -> str:
    version = f" {plugin.version}" if plugin.version else ""
    message = (
        f"plugin {plugin.name}{version} ({entry}) failed to load: {type(error).__name__}: {error}"
    )
    return message + _traceback(error, verbose)


def _traceback(error: BaseException, verbose: bool) -> str:
    """What follows the message about a plugin's exception: its traceback with ``--verbose``,
    else how to see it."""
    if not verbose:
        return " (outreach-lint check --verbose shows the traceback)"
    import traceback  # only for --verbose: it costs a one-file run 2 ms to import

    return "\n" + "".join(traceback.format_exception(error)).rstrip()


def _invalid_hook(plugin: Plugin, error: pluggy.PluginValidationError) -> str:
    """pluggy's three lines about a hook implementation with arguments its spec lacks, in one:
    every hook here takes none."""
    said = str(error)
    hook = said.split("for hook '", 1)[1].split("'", 1)[0] if "for hook '" in said else None
    if hook is None or "can not be found in the hookspec" not in said:
        return f"plugin {plugin.name}: {' '.join(said.split())}"
    return f"plugin {plugin.name}: its hook {hook} must take no arguments (def {hook}():)"


def _pending_error(
    pm: pluggy.PluginManager, owners: Mapping[str, Plugin], error: pluggy.PluginValidationError
) -> PluginError:
    """``check_pending`` found a hook implementation with no spec: name the plugin and hook."""
    registered = pm.get_name(error.plugin)
    plugin = owners.get(registered or "")
    name = plugin.name if plugin is not None else str(registered)
    who = f"plugin {name}"
    unknown = [
        name
        for name in vars(pm.hook)
        if not name.startswith("_")
        and not getattr(pm.hook, name).has_spec()
        and any(i.plugin is error.plugin for i in getattr(pm.hook, name).get_hookimpls())
    ]
    hooks = sorted(n for n in vars(hookspecs) if n.startswith(f"{hookspecs.PROJECT}_"))
    if not unknown:
        return PluginError(f"{who}: {error}", plugins=[name])
    from outreach_lint.config import did_you_mean

    return PluginError(
        f"{who} implements the unknown hook {unknown[0]!r}"
        f"{did_you_mean(unknown[0], hooks)}; hooks: {', '.join(hooks)}",
        plugins=[name],
    )


def _check_required(required: Iterable[str], plugins: Iterable[Plugin]) -> None:
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


# --- collecting what the hooks return --------------------------------------------------------


_HOOKS = (
    "outreach_lint_rules",
    "outreach_lint_channels",
    "outreach_lint_dialects",
    "outreach_lint_parsers",
    "outreach_lint_formatters",
    "outreach_lint_options",
)
"""Every hook, in the order ``load`` calls them."""


def _results(
    pm: pluggy.PluginManager, hook: str, owners: Mapping[str, Plugin], verbose: bool
) -> list[tuple[Plugin, Any]]:
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
            out.append((plugin, impl.function()))
        except Exception as error:  # noqa: BLE001
            raise PluginError(
                f"plugin {plugin.name}: hook {hook} failed: {type(error).__name__}: {error}"
                + _traceback(error, verbose),
                plugins=[plugin.name],
            ) from None
    return out


def _collect_rules(results: Iterable[tuple[Plugin, Any]]) -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for plugin, returned in results:
        for rule in returned or ():
            if not isinstance(rule, Rule):
                raise PluginError(
                    f"plugin {plugin.name} returned {rule!r} from "
                    "outreach_lint_rules; expected outreach_lint.Rule values",
                    plugins=[plugin.name],
                )
            _add_rule(rules, rule._replace(plugin=plugin.name))
    return rules


def _add_rule(rules: dict[str, Rule], rule: Rule) -> None:
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


def _unique(results: Iterable[tuple[Plugin, Any]], what: str) -> dict[str, Any]:
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


def _channels(
    results: Iterable[tuple[Plugin, Any]], overrides: Mapping[str, Mapping[str, Any]]
) -> dict[str, Channel]:
    channels: dict[str, Channel] = _unique(results, "channel")
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


def _options(results: Iterable[tuple[Plugin, Any]]) -> dict[str, Option]:
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
