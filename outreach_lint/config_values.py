"""Each setting's value checked, and the config file and the command line merged into one
``Config`` (the command line wins). An error names the file, the line and the key, with a
did-you-mean where one fits, or the command line for a flag's value."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from outreach_lint.config import KEYS, Config, ConfigError, Key, did_you_mean
from outreach_lint.config_file import RawConfig
from outreach_lint.model import Severity
from outreach_lint.patterns import compile_regex
from outreach_lint.taxonomy import KINDS

CODE_PREFIX = compile_regex(r"^(?:[A-Z]{1,5}[0-9]{0,3}|ALL)$")
CHANNEL_FIELDS = {
    "label": str,
    "body": int,
    "subject": int,
    "has-subject": bool,
    "recommended-body": int,
    "recommended-words": int,
    "recommended-subject": int,
}
SEVERITIES = ("error", "warning", "info")
FILE_PATH_KEYS = ("baseline", "output-file")
"""Keys holding a file path: relative to the config file's folder when set there."""
STDOUT = "-"
"""The ``output-file`` that is standard output, as in ruff and flake8."""


class Where(NamedTuple):
    """Where a value came from, for error messages."""

    path: str | None
    lines: Mapping[str, int]

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"'{key}' {message}", self.path or "command line", self.line(key))

    def line(self, key: str) -> int | None:
        """The line of ``key``, or of the nearest key holding it (``rules.OL701`` for
        ``rules.OL701.max-grade`` written in one line); a rule code may be written in any case
        (``rules.ol701``)."""
        while key:
            if key in self.lines:
                return self.lines[key]
            folded = key.upper()
            for written, line in self.lines.items():
                if written.upper() == folded:
                    return line
            key = key.rpartition(".")[0]
        return None


def check_value(key: str, spec: Key, value: Any, where: Where) -> Any:
    """The value of ``key`` as ``Config`` holds it, or a ``ConfigError``."""
    kind = spec.kind
    if kind in ("codes", "strings", "globs"):
        items = _string_list(key, value, where, kind == "globs")
        if kind == "codes":
            wrong = [c for c in items if not CODE_PREFIX.match(c.upper())]
            if wrong:
                raise where.error(
                    key, f"has {wrong[0]!r}, which is not a rule code or prefix (like OL101 or OL1)"
                )
            return tuple(c.upper() for c in items)  # in any case: ol3 is OL3
        if key == "known-placeholders":
            return frozenset(items)
        return tuple(items)
    if kind == "bool":
        if not isinstance(value, bool):
            raise where.error(key, f"must be true or false, not {value!r}")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise where.error(key, f"must be a whole number, not {value!r}")
        if value < 1:
            raise where.error(key, f"must be at least 1, not {value}")
        return value
    if kind == "str":
        if not isinstance(value, str) or not value:
            raise where.error(key, f"must be text, not {value!r}")
        return value
    if kind == "severity":
        return check_severity(key, value, where)
    if kind == "per-file-ignores":
        return _per_file_ignores(key, value, where)
    if kind == "placeholder-kinds":
        return _placeholder_kinds(key, value, where)
    if key == "channels":
        return _channels(key, value, where)
    if key == "rules":
        return _rules(key, value, where)
    if not isinstance(value, dict):
        raise where.error(key, "must be a mapping")
    return value


def check_severity(key: str, value: Any, where: Where) -> Severity:
    """``severity-threshold`` and each rule's ``severity``: error, warning or info."""
    if value not in SEVERITIES:
        raise where.error(
            key,
            f"must be error, warning or info, not {value!r}{did_you_mean(str(value), SEVERITIES)}",
        )
    return Severity(value)


def _string_list(key: str, value: Any, where: Where, globs: bool = False) -> list[str]:
    if isinstance(value, str):  # globs are split at commas only: 'Old Templates' is one
        return (
            [v.strip() for v in value.split(",") if v.strip()]
            if globs
            else [v for v in re.split(r"[,\s]+", value.strip()) if v]
        )
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
        wrong = [c for c in items if not CODE_PREFIX.match(c.upper())]
        if wrong:
            raise where.error(f"{key}.{glob}", f"has {wrong[0]!r}, which is not a rule code")
        out.append((str(glob), tuple(c.upper() for c in items)))
    return tuple(out)


def _rules(key: str, value: Any, where: Where) -> dict[str, Any]:
    """``rules``, with each code in capitals (``ol701`` is ``OL701``)."""
    if not isinstance(value, dict):
        raise where.error(key, "must be a mapping")
    out: dict[str, Any] = {}
    for code, options in value.items():
        name = str(code).upper()
        if name in out:
            raise where.error(
                f"{key}.{code}", f"is {name} again (codes may be in any case): give it once"
            )
        out[name] = options
    return out


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
                wanted = {
                    int: "a whole number (or null for no limit)",
                    bool: "true or false",
                    str: "text",
                }
                raise where.error(
                    path, f"must be {wanted.get(kind, kind.__name__)}, not {field_value!r}"
                )
            if kind is int and field_value is not None and field_value < 1:
                raise where.error(path, f"must be at least 1, not {field_value}")
        out[str(name)] = dict(fields)
    return out


def build(raw: RawConfig | None, cli: Mapping[str, Any]) -> tuple[Config, dict[str, Any]]:
    """Merge defaults, a config file and command-line values (CLI wins).

    Returns the config and the file's keys that are not core keys, with their values; those
    must be keys a plugin declares (checked once plugins are loaded, by
    ``config_names.check_plugin_keys``).
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
            if key in FILE_PATH_KEYS and raw.path and changes[spec.attr] != STDOUT:
                changes[spec.attr] = os.path.join(os.path.dirname(raw.path), changes[spec.attr])
        changes["source"] = raw.path
        changes["root"] = os.path.dirname(os.path.abspath(raw.path)) if raw.path else "."
    cli_where = Where(None, {})
    for key, value in cli.items():
        if value is None:
            continue
        spec = KEYS[key]
        given = check_value(key, spec, value, cli_where)
        if key in ("exclude", "extend-exclude"):
            given = tuple(map(_from_here, given))
        if key in ADDED_TO_THE_FILE and spec.attr in changes:
            given = (*changes[spec.attr], *given)
        changes[spec.attr] = given
    return Config(**changes), extra


def _from_here(glob: str) -> str:
    """A path glob typed on the command line (``./drafts``, ``sub/old``) is relative to the
    working folder, as in flake8; the config's are relative to the config's folder. A bare
    name (``drafts``) matches anywhere either way."""
    anchored = "/" in glob.rstrip("/") or glob.startswith(("./", "../"))
    return os.path.abspath(glob) if anchored else glob


ADDED_TO_THE_FILE = frozenset(
    ["extend-select", "extend-ignore", "extend-exclude", "extend-include"]
)
"""Keys whose command-line values add to the config file's, as ruff's do ("extend"); the
command line replaces any other key's value (``--select``, ``--per-file-ignores``)."""
