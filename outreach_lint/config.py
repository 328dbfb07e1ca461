"""The run's configuration: one frozen value built from defaults, a config file and the CLI.

``KEYS`` is the schema of the config file: every key, its default and how its value is checked.
``config_file`` reads files with the line of each key, ``config_values.build`` checks and merges
the layers, and ``config_names`` checks what names a plugin's rules, dialects and formats. Keys
are spelled with dashes in files and on the command line (``extend-select``) and with
underscores as attributes here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from outreach_lint.model import Severity

DEFAULT_EXCLUDE = (
    ".*",
    "__pycache__",
    "node_modules",
    "venv",
    "build",
    "dist",
    "site-packages",
    "README*",
    "CHANGELOG*",
    "CHANGES*",
    "HISTORY*",
    "CONTRIBUTING*",
    "CODE_OF_CONDUCT*",
    "SECURITY*",
    "LICENSE*",
    "LICENCE*",
    "NOTICE*",
    "AUTHORS*",
    "CODEOWNERS",
    "PULL_REQUEST_TEMPLATE*",
    "ISSUE_TEMPLATE*",
    "requirements*.txt",
    "constraints*.txt",
    "*-ci.yml",
    "*-ci.yaml",
    "azure-pipelines.y*ml",
    "bitbucket-pipelines.y*ml",
    "mkdocs.y*ml",
    "docker-compose*.y*ml",
    "compose.y*ml",
    "action.y*ml",
)
"""What discovery never lints: hidden files and folders (``.github``, ``.gitlab``, ``.venv``,
``.pre-commit-config.yaml``, ``.outreach-lint.yaml``), dependency folders, the usual repository
documents and CI files. YAML files are linted only when their top level has ``templates:``."""


class ConfigError(Exception):
    """A config problem: the message names the file, the line and the key where known."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        where = f"{path}:{line}: " if path and line else f"{path}: " if path else ""
        super().__init__(f"{where}{message}")
        self.path = path
        self.line = line


class Config(NamedTuple):
    select: tuple[str, ...] | None = None
    """``None`` keeps every rule's default; a tuple replaces the default selection."""
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    extend_include: tuple[str, ...] = ()
    """File-name globs linted besides the parsers' own (``*.html``), read as text templates."""
    force_exclude: bool = False
    dialects: tuple[str, ...] = ("jinja",)
    known_placeholders: frozenset[str] = frozenset()
    channels: Mapping[str, Mapping[str, Any]] = MappingProxyType({})
    rules: Mapping[str, Mapping[str, Any]] = MappingProxyType({})
    placeholder_kinds: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    default_channel: str | None = None
    severity_threshold: Severity = Severity.INFO
    plugins: tuple[str, ...] = ()
    plugin_paths: tuple[str, ...] = ()
    require_plugins: tuple[str, ...] = ()
    rule_packs: tuple[str, ...] = ()
    format: str = "default"
    output_file: str | None = None
    baseline: str | None = None
    jobs: int | None = None
    cache: bool = True
    cache_dir: str = ".outreach-lint-cache"
    plugin_options: Mapping[str, Any] = MappingProxyType({})
    source: str | None = None
    """The config file this came from, if any."""
    root: str = "."
    """Folder that relative paths in the config (plugins, packs, baseline) are relative to."""

    def resolve(self, path: str) -> str:
        return path if os.path.isabs(path) else os.path.normpath(os.path.join(self.root, path))

    def with_overrides(self, **changes: Any) -> Config:
        return self._replace(**changes)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its read-only mappings as plain dicts (a ``MappingProxyType`` cannot be
        pickled): where processes cannot fork (Windows), each worker is sent the config."""
        fields = tuple(dict(v) if isinstance(v, MappingProxyType) else v for v in self)
        return (Config, fields)


class Key(NamedTuple):
    """A config key: the attribute it sets and the kind of value it takes."""

    attr: str
    kind: str
    """``codes``, ``strings``, ``bool``, ``int``, ``str``, ``severity``, ``mapping``,
    ``per-file-ignores``, ``placeholder-kinds``."""
    help: str


KEYS: dict[str, Key] = {
    "select": Key("select", "codes", "rules to run, by code or prefix (replaces the default set)"),
    "extend-select": Key("extend_select", "codes", "rules to run besides the selected ones"),
    "ignore": Key("ignore", "codes", "rules not to run, by code or prefix"),
    "extend-ignore": Key("extend_ignore", "codes", "more rules not to run"),
    "per-file-ignores": Key(
        "per_file_ignores", "per-file-ignores", "codes to ignore in files matching a glob"
    ),
    "exclude": Key("exclude", "globs", "file and folder globs never linted (replaces defaults)"),
    "extend-exclude": Key("extend_exclude", "globs", "more globs never linted"),
    "extend-include": Key(
        "extend_include", "globs", "more file globs to lint as text templates (*.html)"
    ),
    "force-exclude": Key("force_exclude", "bool", "apply excludes to files named explicitly"),
    "dialects": Key("dialects", "strings", "active placeholder dialects"),
    "known-placeholders": Key(
        "known_placeholders", "strings", "placeholders the sending tool always fills in"
    ),
    "channels": Key("channels", "mapping", "limits per channel; new channels"),
    "rules": Key("rules", "mapping", "options per rule code, including severity"),
    "placeholder-kinds": Key(
        "placeholder_kinds", "placeholder-kinds", "extra placeholder names per kind"
    ),
    "default-channel": Key("default_channel", "str", "channel of templates that name none"),
    "severity-threshold": Key(
        "severity_threshold", "severity", "lowest severity that makes the exit code 1"
    ),
    "plugins": Key("plugins", "strings", "local plugin modules (dotted names or .py files)"),
    "plugin-paths": Key("plugin_paths", "strings", "folders added to the import path"),
    "require-plugins": Key("require_plugins", "strings", "plugins that must be installed"),
    "rule-packs": Key("rule_packs", "strings", "YAML rule pack files"),
    "format": Key("format", "str", "output format"),
    "output-file": Key("output_file", "str", "write the report to this file"),
    "baseline": Key("baseline", "str", "report only findings not in this baseline file"),
    "jobs": Key("jobs", "int", "processes to use (default: all cores)"),
    "cache": Key("cache", "bool", "reuse results for unchanged files"),
    "cache-dir": Key("cache_dir", "str", "where the cache lives"),
}


def did_you_mean(word: str, choices: Any) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or ``""``.

    A choice holding every part of ``word`` (``linkedin_note`` in ``linkedin_connection_note``)
    is closest; then, for a name of several words, a choice with a word spelt like each of
    them (``linkedn_note``: ``linkedin_connection_note``, not ``linkedin_inmail``); otherwise
    the most similar spelling.
    """
    options = [str(c) for c in choices]
    parts = _words(word)
    holding = [c for c in options if parts and all(p in c.lower() for p in parts)]
    if holding:
        return f" (did you mean '{holding[0]}'?)"
    import difflib  # only when a name is misspelt

    if len(parts) > 1:
        alike = []
        for option in options:
            theirs = _words(option)
            scores = [
                max((difflib.SequenceMatcher(None, p, q).ratio() for q in theirs), default=0.0)
                for p in parts
            ]
            if min(scores) >= _WORD_ALIKE:
                alike.append((sum(scores), difflib.SequenceMatcher(None, word, option).ratio()))
            else:
                alike.append((0.0, 0.0))
        best = max(range(len(options)), key=alike.__getitem__, default=None)
        if best is not None and alike[best][0]:
            return f" (did you mean '{options[best]}'?)"
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


_WORD_ALIKE = 0.75
"""How alike (``difflib`` ratio) a word of a misspelt name and a word of a choice must be to
count as the same word misspelt: ``linkedn`` and ``linkedin`` are 0.93, ``note`` and ``not``
0.86, ``note`` and ``inmail`` 0.2."""


def _words(name: str) -> list[str]:
    return [p for p in re.split(r"[_\-. ]+", name.lower()) if p]
