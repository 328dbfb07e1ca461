"""Config files and command-line settings, checked and merged into one ``Config``.

Files: ``.outreach-lint.yaml`` (or ``.yml``) or ``[tool.outreach-lint]`` in ``pyproject.toml``,
found from the working directory upwards; ``--config PATH`` names one; ``--isolated`` uses
none. Every error names the file, the line and the key, with a did-you-mean where one fits.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from typing import Any, NamedTuple

from outreach_lint.config import KEYS, Config, ConfigError, Key
from outreach_lint.model import Severity
from outreach_lint.taxonomy import KINDS
from outreach_lint.yaml_source import (
    Node,
    YamlError,
    compose,
    compose_flat,
    mapping_items,
    to_python,
)

YAML_NAMES = (".outreach-lint.yaml", ".outreach-lint.yml")
CODE_PREFIX = re.compile(r"^(?:[A-Z]{1,5}[0-9]{0,3}|ALL)$")
CHANNEL_FIELDS = {
    "label": str,
    "body": int,
    "subject": int,
    "has-subject": bool,
    "recommended-body": int,
    "recommended-words": int,
    "recommended-subject": int,
}


FILE_PATH_KEYS = ("baseline", "output-file")
"""Keys holding a file path: relative to the config file's folder when set there."""


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
    try:
        with open(path, encoding="utf-8") as f:
            return "[tool.outreach-lint" in f.read()
    except OSError:
        return False


def read_config(path: str) -> RawConfig:
    try:
        with open(path, encoding="utf-8-sig") as f:
            text = f.read().replace("\r\n", "\n")
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
    _record_lines(node, "", lines)
    return RawConfig(path, to_python(node), lines)


def _record_lines(node: Node, prefix: str, lines: dict[str, int]) -> None:
    for key, knode, vnode in mapping_items(node):
        path = f"{prefix}{key}"
        lines[path] = knode.start[0] + 1
        if vnode.kind == "map":
            _record_lines(vnode, path + ".", lines)


def _read_toml(path: str, text: str) -> RawConfig:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        line = re.search(r"line (\d+)", str(e))
        raise ConfigError(
            f"invalid TOML: {e}", path, int(line.group(1)) if line else None
        ) from None
    values = data.get("tool", {}).get("outreach-lint", {})
    lines: dict[str, int] = {}
    table_line = 0
    for number, line_text in enumerate(text.split("\n"), start=1):
        if re.match(r"\s*\[tool\.outreach-lint", line_text):
            table_line = number
        m = re.match(r'\s*"?([\w.-]+)"?\s*=', line_text)
        if m and table_line:
            lines.setdefault(m.group(1), number)
    return RawConfig(path, values, lines)


# --- checking values ------------------------------------------------------------------------


class Where(NamedTuple):
    """Where a value came from, for error messages."""

    path: str | None
    lines: Mapping[str, int]

    def error(self, key: str, message: str) -> ConfigError:
        line = self.lines.get(key) or self.lines.get(key.split(".")[0])
        return ConfigError(f"'{key}' {message}", self.path or "command line", line)


def did_you_mean(word: str, choices: Any) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or ``""``.

    A choice holding every part of ``word`` (``linkedin_note`` in ``linkedin_connection_note``)
    is closest; otherwise the most similar spelling.
    """
    options = [str(c) for c in choices]
    parts = [p for p in re.split(r"[_\-. ]+", word.lower()) if p]
    holding = [c for c in options if parts and all(p in c.lower() for p in parts)]
    import difflib  # only when a name is misspelt

    close = holding[:1] or difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def check_value(key: str, spec: Key, value: Any, where: Where) -> Any:
    """The value of ``key`` as ``Config`` holds it, or a ``ConfigError``."""
    kind = spec.kind
    if kind in ("codes", "strings"):
        items = _string_list(key, value, where)
        if kind == "codes":
            wrong = [c for c in items if not CODE_PREFIX.match(c)]
            if wrong:
                raise where.error(
                    key, f"has {wrong[0]!r}, which is not a rule code or prefix (like OL101 or OL1)"
                )
        if key == "known-placeholders":
            return frozenset(items)
        return tuple(items)
    if kind == "bool":
        if not isinstance(value, bool):
            raise where.error(key, f"must be true or false, not {value!r}")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise where.error(key, f"must be a whole number, not {value!r}")
        return value
    if kind == "str":
        if not isinstance(value, str) or not value:
            raise where.error(key, f"must be text, not {value!r}")
        return value
    if kind == "severity":
        try:
            return Severity(value)
        except ValueError:
            raise where.error(
                key,
                f"must be one of error, warning, info, not {value!r}"
                f"{did_you_mean(str(value), ('error', 'warning', 'info'))}",
            ) from None
    if kind == "per-file-ignores":
        return _per_file_ignores(key, value, where)
    if kind == "placeholder-kinds":
        return _placeholder_kinds(key, value, where)
    if key == "channels":
        return _channels(key, value, where)
    if not isinstance(value, dict):
        raise where.error(key, "must be a mapping")
    return value


def _string_list(key: str, value: Any, where: Where) -> list[str]:
    if isinstance(value, str):
        return [v for v in re.split(r"[,\s]+", value.strip()) if v]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise where.error(key, f"must be a list of names, not {value!r}")


def _per_file_ignores(
    key: str, value: Any, where: Where
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if isinstance(value, str):  # command line: "glob:CODE,CODE glob2:CODE"
        pairs: dict[str, Any] = {}
        for part in value.split():
            glob, sep, codes = part.rpartition(":")
            if not sep or not glob:
                raise where.error(key, f"expects 'glob:CODES' pairs, not {part!r}")
            pairs[glob] = codes
        value = pairs
    if not isinstance(value, dict):
        raise where.error(key, "must map file globs to rule codes")
    out = []
    for glob, codes in value.items():
        items = _string_list(f"{key}.{glob}", codes, where)
        wrong = [c for c in items if not CODE_PREFIX.match(c)]
        if wrong:
            raise where.error(f"{key}.{glob}", f"has {wrong[0]!r}, which is not a rule code")
        out.append((str(glob), tuple(items)))
    return tuple(out)


def _placeholder_kinds(key: str, value: Any, where: Where) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise where.error(key, f"must map kinds ({', '.join(KINDS)}) to placeholder names")
    out = {}
    for kind, names in value.items():
        if kind not in KINDS:
            raise where.error(
                f"{key}.{kind}",
                f"is not a placeholder kind; expected one of "
                f"{', '.join(KINDS)}{did_you_mean(kind, KINDS)}",
            )
        out[kind] = tuple(_string_list(f"{key}.{kind}", names, where))
    return out


def _channels(key: str, value: Any, where: Where) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        raise where.error(key, "must map channel names to their limits")
    out = {}
    for name, fields in value.items():
        if fields is None:
            fields = {}
        if not isinstance(fields, dict):
            raise where.error(f"{key}.{name}", "must map limits (body, subject, ...) to numbers")
        for field_name, field_value in fields.items():
            kind = CHANNEL_FIELDS.get(field_name)
            path = f"{key}.{name}.{field_name}"
            if kind is None:
                raise where.error(
                    path,
                    f"is not a channel setting; expected one of "
                    f"{', '.join(CHANNEL_FIELDS)}"
                    f"{did_you_mean(field_name, CHANNEL_FIELDS)}",
                )
            ok = (field_value is None and kind is int) or (
                isinstance(field_value, kind)
                and (kind is bool or not isinstance(field_value, bool))
            )
            if not ok:
                raise where.error(
                    path,
                    f"must be {'a number' if kind is int else kind.__name__}, not {field_value!r}",
                )
        out[str(name)] = dict(fields)
    return out


def build(raw: RawConfig | None, cli: Mapping[str, Any]) -> tuple[Config, dict[str, Any]]:
    """Merge defaults, a config file and command-line values (CLI wins).

    Returns the config and the file's keys that are not core keys, with their values; those
    must be keys a plugin declares (checked once plugins are loaded, by ``check_extra_keys``).
    """
    changes: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    if raw is not None:
        where = Where(raw.path, raw.lines)
        for key, value in raw.values.items():
            spec = KEYS.get(key)
            if spec is None:
                extra[key] = value
                continue
            changes[spec.attr] = check_value(key, spec, value, where)
            if key in FILE_PATH_KEYS and raw.path:
                changes[spec.attr] = os.path.join(os.path.dirname(raw.path), changes[spec.attr])
        changes["source"] = raw.path
        changes["root"] = os.path.dirname(os.path.abspath(raw.path)) if raw.path else "."
    cli_where = Where(None, {})
    for key, value in cli.items():
        if value is None:
            continue
        spec = KEYS[key]
        changes[spec.attr] = check_value(key, spec, value, cli_where)
    return Config(**changes), extra


def check_extra_keys(
    raw: RawConfig | None, extra: Mapping[str, Any], plugin_keys: Mapping[str, Any]
) -> dict[str, Any]:
    """Check keys that plugins declare; any other unknown key is an error."""
    where = Where(raw.path if raw else None, raw.lines if raw else {})
    out: dict[str, Any] = {}
    for key, value in extra.items():
        option = plugin_keys.get(key)
        if option is None:
            raise where.error(key, f"is not a setting{did_you_mean(key, [*KEYS, *plugin_keys])}")
        if not option.accepts(value):
            raise where.error(key, f"has the wrong type: {value!r} ({option.help})")
        out[key] = value
    return out
