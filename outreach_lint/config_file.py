"""Config files: finding one and reading it, with the line of every key.

Files: ``.outreach-lint.yaml`` (or ``.yml``) or ``[tool.outreach-lint]`` in ``pyproject.toml``,
found from the working directory upwards; ``--config PATH`` names one; ``--isolated`` uses
none. ``config_values`` checks what a file holds and merges it with the command line;
``config_names`` checks, once plugins are loaded, the settings that name what they provide.
Every error names the file, the line and the key.
"""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache
from typing import Any, NamedTuple

from outreach_lint.config import ConfigError
from outreach_lint.patterns import compile_regex
from outreach_lint.yaml_flat import compose_flat
from outreach_lint.yaml_source import Node, YamlError, compose, mapping_items, to_python

YAML_NAMES = (".outreach-lint.yaml", ".outreach-lint.yml")


class RawConfig(NamedTuple):
    """A config file's top-level values, and the line of each key (and nested key path)."""

    path: str | None
    values: dict[str, Any]
    lines: dict[str, int]


def find_config(start: str) -> str | None:
    here = os.path.abspath(start)
    while True:
        for name in YAML_NAMES:
            candidate = os.path.join(here, name)
            if os.path.isfile(candidate):
                return candidate
        pyproject = os.path.join(here, "pyproject.toml")
        if os.path.isfile(pyproject) and _has_tool_table(pyproject):
            return pyproject
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def _has_tool_table(path: str) -> bool:
    """Does this ``pyproject.toml`` have an ``outreach-lint`` table under ``tool``, however it
    is written (``[tool.outreach-lint]``, ``[tool."outreach-lint"]``, ``outreach-lint = {...}``
    under ``[tool]``)? Files that never name it are not parsed; one that does is parsed once,
    for this and for ``read_config`` (``_toml`` keeps the last few texts it parsed)."""
    try:
        text = _read_text(path)
    except (OSError, UnicodeDecodeError):
        return False
    if "outreach-lint" not in text:
        _check_table_name(text, path)  # a misnamed table alone: an error, not the defaults
        return False
    try:
        tool = _toml(text).get("tool")
    except ValueError:  # invalid TOML: ours if it seems to be, so that reading it says where
        return _TABLE_HEADER.search(text) is not None
    if isinstance(tool, dict) and "outreach-lint" in tool:
        return True
    _check_table_name(text, path)
    return False


_TABLE_HEADER = compile_regex(
    r"^[ \t]*\[\[?[ \t]*tool[ \t]*\.[ \t]*[\"']?outreach-lint[\"']?[ \t]*[.\]]", re.M
)


_NEAR_HEADER = (
    r"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*[\"']?(?P<name>outreach[ _.]?lint(?:er)?|outreachlint|"
    r"outreach-linter|outreach_lint)[\"']?[ \t]*\]"
)
"""A table meant for outreach-lint but named otherwise: ``[tool.outreach_lint]`` (compiled
only for a ``pyproject.toml`` that names outreach at all)."""


def _check_table_name(text: str, path: str) -> None:
    """A misnamed table (``[tool.outreach_lint]``) would leave every setting in it unread, and
    the run would use the defaults, or the right table's alone: say so instead."""
    if "outreach" not in text.lower():
        return
    m = re.search(_NEAR_HEADER, text, re.M | re.I)
    if m is not None and m["name"] != "outreach-lint":
        raise ConfigError(
            f"[tool.{m['name']}] is not read: outreach-lint's table is [tool.outreach-lint]",
            path,
            text.count("\n", 0, m.start()) + 1,
        )


def _read_text(path: str) -> str:
    with open(path, encoding="utf-8-sig") as f:
        return f.read().replace("\r\n", "\n")


@lru_cache(maxsize=4)
def _toml(text: str) -> dict[str, Any]:
    """The parsed TOML ``text`` (shared: not to be changed)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    data: dict[str, Any] = tomllib.loads(text)
    return data


def read_config(path: str) -> RawConfig:
    try:
        text = _read_text(path)
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(
            f"cannot read config file: {getattr(e, 'strerror', None) or e}", path
        ) from None
    if path.endswith(".toml"):
        return _read_toml(path, text)
    if all(not line.strip() or line.lstrip().startswith("#") for line in text.split("\n")):
        return RawConfig(path, {}, {})
    try:
        # Most configs are a few "key: value" and "key: [a, b]" lines: read those without
        # loading the YAML library (a tenth of a one-file run).
        node = compose_flat(text) or compose(text)
    except YamlError as e:
        raise ConfigError(f"invalid YAML: {e}", path, e.line + 1) from None
    if node is None:
        return RawConfig(path, {}, {})
    if node.kind != "map":
        raise ConfigError("the config must be a mapping of settings", path, node.start[0] + 1)
    lines: dict[str, int] = {}
    _record_lines(node, "", lines, path)
    return RawConfig(path, to_python(node), lines)


def _record_lines(node: Node, prefix: str, lines: dict[str, int], source: str) -> None:
    """The line of each key (and list item) under ``node``; a key given twice in one mapping
    is an error (YAML would keep the last one silently)."""
    for key, knode, vnode in mapping_items(node):
        path = f"{prefix}{key}"
        line = knode.start[0] + 1
        if path in lines:
            raise ConfigError(f"'{path}' is given twice (also on line {lines[path]})", source, line)
        lines[path] = line
        if vnode.kind == "map":
            _record_lines(vnode, path + ".", lines, source)
        elif vnode.kind == "seq":  # each item of a list, for errors about one of them
            for index, item in enumerate(vnode.value):
                lines[f"{path}.{index}"] = item.start[0] + 1


def _read_toml(path: str, text: str) -> RawConfig:
    """The ``[tool.outreach-lint]`` table of a TOML file; in a TOML file other than
    ``pyproject.toml`` that has none, its top-level keys (as ruff reads ``ruff.toml``)."""
    try:
        data = _toml(text)
    except ValueError as e:  # tomllib.TOMLDecodeError
        line = re.search(r"line (\d+)", str(e))
        raise ConfigError(
            f"invalid TOML: {e}", path, int(line.group(1)) if line else None
        ) from None
    tool = data.get("tool")
    ours = tool.get("outreach-lint") if isinstance(tool, dict) else None
    if ours is None and tool is not None and not isinstance(tool, dict):
        raise ConfigError("'tool' must be a table ([tool.outreach-lint])", path)
    if ours is None and os.path.basename(path) != "pyproject.toml":
        return RawConfig(path, data, _toml_lines(text, top_level=True))
    if ours is None:
        raise ConfigError("has no [tool.outreach-lint] table", path)
    _check_table_name(text, path)  # [tool.outreach_lint] beside it would go unread
    lines = _toml_lines(text)
    if not isinstance(ours, dict):
        kind = "an array of tables ([[...]])" if isinstance(ours, list) else repr(ours)
        raise ConfigError(
            f"[tool.outreach-lint] must be a table of settings, not {kind}",
            path,
            lines.get("", None),
        )
    return RawConfig(path, ours, lines)


_TOML_PART = r"""(?:"[^"]*"|'[^']*'|[\w-]+)"""
_TOML_DOTTED = rf"{_TOML_PART}(?:\s*\.\s*{_TOML_PART})*"
_TOML_HEADER = compile_regex(rf"\s*(\[\[?)\s*({_TOML_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_TOML_KEY = compile_regex(rf"\s*({_TOML_DOTTED})\s*=")
_TOML_PARTS = compile_regex(r""""([^"]*)"|'([^']*)'|([\w-]+)""")


def _toml_lines(text: str, top_level: bool = False) -> dict[str, int]:
    """The line of each key under ``[tool.outreach-lint]``, by its dotted path in that table
    (``rules.OL701.max-grade``), as ``_record_lines`` gives them for YAML. ``tomllib`` keeps no
    positions, so they are read off the lines: table headers (``[tool.outreach-lint.rules]``)
    and ``key =`` lines. A key inside an inline table (``OL701 = {max-grade = 10}``), which TOML
    keeps on one line, has no entry of its own: ``Where`` takes the line of the key holding it.
    With ``top_level``, of every key of the file (a TOML config file of its own)."""
    lines: dict[str, int] = {}
    table: list[str] | None = [] if top_level else None
    tool = False
    for number, line in enumerate(text.split("\n"), start=1):
        header = _TOML_HEADER.match(line)
        if header:
            parts = _toml_key(header.group(2))
            tool = parts == ["tool"] and header.group(1) == "["
            if top_level:
                table = parts if header.group(1) == "[" else None
                _record_path(table or [], number, lines)
                continue
            ours = parts[:2] == ["tool", "outreach-lint"]
            table = parts[2:] if ours else None
            if ours:
                lines.setdefault("", number)  # the table's own header
            _record_path(table or [], number, lines)
            continue
        key = _TOML_KEY.match(line)
        if key and table is not None:
            _record_path([*table, *_toml_key(key.group(1))], number, lines)
        elif key and tool and _toml_key(key.group(1))[:1] == ["outreach-lint"]:
            # under [tool]: "outreach-lint = {select = [...]}" or "outreach-lint.select = [...]"
            inner = _toml_key(key.group(1))[1:]
            _record_path(inner, number, lines)
            lines.setdefault("", number)
            for inline in _TOML_KEY.finditer(line, key.end()):
                _record_path([*inner, *_toml_key(inline.group(1).lstrip("{, "))], number, lines)
    return lines


def _toml_key(key: str) -> list[str]:
    """The parts of a dotted TOML key: ``rules."OL701".max-grade`` is three."""
    return ["".join(part) for part in _TOML_PARTS.findall(key)]


def _record_path(parts: list[str], number: int, lines: dict[str, int]) -> None:
    """``number`` for the path of ``parts`` and each shorter one it holds, unless already seen."""
    for end in range(1, len(parts) + 1):
        lines.setdefault(".".join(parts[:end]), number)
