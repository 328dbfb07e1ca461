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
from typing import Any

import pluggy

from outreach_lint import hookspecs
from outreach_lint.config import Config
from outreach_lint.entry_points import entry_points
from outreach_lint.plugin_model import Plugin, PluginError, Registry, traceback_text
from outreach_lint.plugin_results import (
    HOOKS,
    add_rule,
    call_hook,
    check_required,
    collect_channels,
    collect_options,
    collect_rules,
    unique,
)

__all__ = ["GROUP", "Plugin", "PluginError", "Registry", "load"]

GROUP = "outreach_lint"


def load(
    config: Config,
    *,
    verbose: bool = False,
    extra: Sequence[object] = (),
    broken: list[str] | None = None,
    installed: bool = True,
) -> Registry:
    """Load every plugin the environment and ``config`` name, plus the plugin objects
    ``extra`` (modules or instances with hook implementations), and check them together.

    With a list for ``broken`` (``--version``), a plugin that fails to load or register is
    left out and its error added there, instead of raised; so is an error in what the loaded
    plugins provide, and then the registry lists the plugins only. ``installed=False`` leaves
    out the plugins installed in the environment (its entry points)."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    owners: dict[str, Plugin] = {}
    # the files of the modules registered so far: a module listed twice, under two names
    # (lint_rules.ext and lint_rules/ext.py) or as an entry point too, is loaded once
    files: set[str] = set()
    for plugin, module_name, loader, path in (*_sources(config, installed), *_objects(extra)):
        if path is not None and _same_file(path) in files:
            continue
        try:
            module = loader()
        except Exception as error:  # noqa: BLE001 - any import error of a plugin
            message = _load_error(plugin, module_name, error, verbose)
            if broken is not None:
                broken.append(message)
                continue
            raise PluginError(message, *_asked_by(plugin.name, config)) from None
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
            if broken is not None:
                broken.append(_invalid_hook(plugin, error))
                continue
            raise PluginError(
                _invalid_hook(plugin, error), *_asked_by(plugin.name, config)
            ) from None
        if registered is not None:
            owners[registered] = plugin
    try:
        return _gather(pm, owners, config, verbose)
    except PluginError as error:
        if broken is not None:
            broken.append(str(error))
            plugins = tuple(dict.fromkeys(owners.values()))
            return Registry(plugins, {}, {}, (), {}, {}, {})
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

    returned = {hook: call_hook(pm, hook, owners, verbose) for hook in HOOKS}
    rules = collect_rules(returned["outreach_lint_rules"])
    channels = collect_channels(returned["outreach_lint_channels"], config.channels)
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
            add_rule(rules, rule._replace(plugin=pack_plugin.name))

    # in the order they load: outreach-lint, installed plugins, local ones, packs
    plugins = tuple(dict.fromkeys([*owners.values(), *pack_plugins]))
    check_required(config.require_plugins, plugins)
    return Registry(
        plugins=plugins,
        rules=dict(sorted(rules.items())),
        dialects=unique(returned["outreach_lint_dialects"], "dialect"),
        parsers=tuple(p for _, given in returned["outreach_lint_parsers"] for p in given or ()),
        formatters=unique(returned["outreach_lint_formatters"], "format"),
        channels=channels,
        options=collect_options(returned["outreach_lint_options"]),
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


def _sources(config: Config, installed: bool = True) -> Iterable[Source]:
    found: list[Source] = []
    for ep in entry_points(GROUP) if installed else ():
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
    return message + traceback_text(error, verbose)


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
