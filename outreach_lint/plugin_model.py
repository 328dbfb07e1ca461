"""What the plugin manager hands out and raises: the loaded plugins, everything they provide,
and the error that stops a run over one of them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from outreach_lint.model import Channel, Dialect, Formatter, Option, Rule, TemplateParser


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


def traceback_text(error: BaseException, verbose: bool) -> str:
    """What follows the message about a plugin's exception: its traceback with ``--verbose``,
    else how to see it."""
    if not verbose:
        return " (outreach-lint check --verbose shows the traceback)"
    import traceback  # only for --verbose: it costs a one-file run 2 ms to import

    return "\n" + "".join(traceback.format_exception(error)).rstrip()
