"""Config files and command-line settings, checked and merged into one ``Config``.

Files: ``.outreach-lint.yaml`` (or ``.yml``) or ``[tool.outreach-lint]`` in ``pyproject.toml``,
found from the working directory upwards; ``--config PATH`` names one; ``--isolated`` uses
none. Every error names the file, the line and the key, with a did-you-mean where one fits.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from outreach_lint.config import KEYS, Config, ConfigError, Key
from outreach_lint.model import Channel, Option, Rule, Severity
from outreach_lint.taxonomy import KINDS
from outreach_lint.yaml_source import (
    Node,
    YamlError,
    compose,
    compose_flat,
    mapping_items,
    to_python,
)

if TYPE_CHECKING:
    from outreach_lint.plugins import Registry

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


SEVERITIES = ("error", "warning", "info")

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
    return RawConfig(path, values, _toml_lines(text))


_TOML_PART = r"""(?:"[^"]*"|'[^']*'|[\w-]+)"""
_TOML_DOTTED = rf"{_TOML_PART}(?:\s*\.\s*{_TOML_PART})*"
_TOML_HEADER = re.compile(rf"\s*(\[\[?)\s*({_TOML_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_TOML_KEY = re.compile(rf"\s*({_TOML_DOTTED})\s*=")
_TOML_PARTS = re.compile(r""""([^"]*)"|'([^']*)'|([\w-]+)""")


def _toml_lines(text: str) -> dict[str, int]:
    """The line of each key under ``[tool.outreach-lint]``, by its dotted path in that table
    (``rules.OL701.max-grade``), as ``_record_lines`` gives them for YAML. ``tomllib`` keeps no
    positions, so they are read off the lines: table headers (``[tool.outreach-lint.rules]``)
    and ``key =`` lines. A key inside an inline table (``OL701 = {max-grade = 10}``), which TOML
    keeps on one line, has no entry of its own: ``Where`` takes the line of the key holding it."""
    lines: dict[str, int] = {}
    table: list[str] | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        header = _TOML_HEADER.match(line)
        if header:
            parts = _toml_key(header.group(2))
            ours = header.group(1) == "[" and parts[:2] == ["tool", "outreach-lint"]
            table = parts[2:] if ours else None
            _record_path(table or [], number, lines)
            continue
        key = _TOML_KEY.match(line)
        if key and table is not None:
            _record_path([*table, *_toml_key(key.group(1))], number, lines)
    return lines


def _toml_key(key: str) -> list[str]:
    """The parts of a dotted TOML key: ``rules."OL701".max-grade`` is three."""
    return ["".join(part) for part in _TOML_PARTS.findall(key)]


def _record_path(parts: list[str], number: int, lines: dict[str, int]) -> None:
    """``number`` for the path of ``parts`` and each shorter one it holds, unless already seen."""
    for end in range(1, len(parts) + 1):
        lines.setdefault(".".join(parts[:end]), number)


# --- checking values ------------------------------------------------------------------------


class Where(NamedTuple):
    """Where a value came from, for error messages."""

    path: str | None
    lines: Mapping[str, int]

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"'{key}' {message}", self.path or "command line", self.line(key))

    def line(self, key: str) -> int | None:
        """The line of ``key``, or of the nearest key holding it (``rules.OL701`` for
        ``rules.OL701.max-grade`` written in one line)."""
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key.rpartition(".")[0]
        return None


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
                f"{did_you_mean(str(value), SEVERITIES)}",
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


# --- settings that name what the plugins provide --------------------------------------------


def check_plugin_names(
    raw: RawConfig | None, cli: Mapping[str, Any], config: Config, registry: Registry
) -> None:
    """Check, once the plugins are loaded, the settings that name what they provide: rule
    codes under ``select`` and ``rules``, each rule's options, dialects, channels and the
    output format. An error names the config file and the line of the key, or the command
    line for a flag's value."""
    in_file = Where(raw.path if raw else config.source, raw.lines if raw else {})
    on_command_line = Where(None, {})

    def where(key: str) -> Where:
        return on_command_line if cli.get(key) is not None else in_file

    _check_selected(config, registry.rules, where)
    _check_dialects(config.dialects, registry.dialects, where("dialects"))
    _check_rules(config.rules, registry.rules, in_file)
    _check_channels(config.channels, registry.channels, in_file)
    _check_default_channel(config.default_channel, registry.channels, in_file)
    _check_format(config.format, registry.formatters, where("format"))


def _check_selected(
    config: Config, rules: Mapping[str, Rule], where: Callable[[str], Where]
) -> None:
    """A code or prefix under ``select`` or ``extend-select`` that no rule has is a typo, or a
    plugin that is not installed here: running without it would pass templates its rules were
    chosen to stop, so it is an error, as in ruff. (Ignoring such a code is harmless.)"""
    for key, prefixes in (("select", config.select or ()), ("extend-select", config.extend_select)):
        for prefix in prefixes:
            if prefix != "ALL" and not any(code.startswith(prefix) for code in rules):
                raise where(key).error(
                    key,
                    f"has {prefix!r}, which is the code of no installed rule"
                    f"{did_you_mean(prefix, rules)}: is it misspelt, or is its plugin not "
                    "installed? ('outreach-lint rules' lists the rules)",
                )


def _check_dialects(dialects: Sequence[str], known: Mapping[str, Any], where: Where) -> None:
    for name in dialects:
        if name not in known:
            raise where.error(
                "dialects",
                f"has unknown dialect {name!r}{did_you_mean(name, known)}; "
                f"available: {', '.join(known)}",
            )


def _check_rules(given: Mapping[str, Any], rules: Mapping[str, Rule], where: Where) -> None:
    for code, options in given.items():
        key = f"rules.{code}"
        rule = rules.get(code)
        if rule is None:
            raise where.error(key, f"names no known rule{did_you_mean(str(code), rules)}")
        if options is None:
            continue
        if not isinstance(options, dict):
            raise where.error(key, "must map option names to values")
        for name, value in options.items():
            _check_rule_option(rule, str(name), value, f"{key}.{name}", where)


def _check_rule_option(rule: Rule, name: str, value: Any, key: str, where: Where) -> None:
    if name == "severity":
        if value not in SEVERITIES:
            raise where.error(
                key,
                f"must be error, warning or info, not {value!r}"
                f"{did_you_mean(str(value), SEVERITIES)}",
            )
        return
    option = rule.options.get(name)
    if option is None:
        known = ["severity", *rule.options]
        raise where.error(
            key,
            f"is not an option of {rule.code} ({rule.name}){did_you_mean(name, known)}; "
            f"options: {', '.join(known)}",
        )
    if not option.accepts(value):
        raise where.error(key, f"must be {_kind_of(option)}, not {value!r} ({option.help})")


_KIND_WORDS = {
    bool: "true or false",
    int: "a whole number",
    float: "a number",
    str: "text",
    list: "a list",
    tuple: "a list",
    dict: "a mapping",
}


def _kind_of(option: Option) -> str:
    """What an option takes, in words: ``a whole number``, ``text or a list``."""
    kinds = option.types or (type(option.default),)
    if float in kinds:  # a whole number is a number too
        kinds = tuple(k for k in kinds if k is not int)
    words = dict.fromkeys(_KIND_WORDS.get(k, k.__name__) for k in kinds)
    return " or ".join(words)


def _check_channels(
    given: Mapping[str, Mapping[str, Any]], channels: Mapping[str, Channel], where: Where
) -> None:
    """A name under ``channels`` that is no built-in or plugin channel adds a channel. One with
    no ``label`` whose name is close to a known channel's is taken for a misspelling of it
    (``linkedin_conection_note``): adding a channel instead would leave the limit it sets
    unused. A new channel with a label is what the user meant, whatever its name."""
    unlabelled = [n for n, settings in given.items() if _added_without_label(n, settings, channels)]
    known = [n for n in channels if n not in unlabelled]
    for name in unlabelled:
        hint = did_you_mean(name, known)
        if hint:
            raise where.error(
                f"channels.{name}",
                f"is not a known channel{hint}: fix the name, or give the new channel a 'label'",
            )


def _added_without_label(
    name: str, settings: Mapping[str, Any], channels: Mapping[str, Channel]
) -> bool:
    """Did this entry add a channel, with no label? A channel that comes from a plugin has its
    own label; one the config adds without a label is labelled with its name."""
    channel = channels.get(name)
    return (
        "label" not in settings and channel is not None and channel.label == name.replace("_", " ")
    )


def _check_default_channel(
    default: str | None, channels: Mapping[str, Channel], where: Where
) -> None:
    if default is not None and default not in channels:
        raise where.error(
            "default-channel",
            f"names the unknown channel {default!r}{did_you_mean(default, channels)}; "
            f"known channels: {', '.join(channels)}",
        )


def _check_format(name: str, formatters: Mapping[str, Any], where: Where) -> None:
    if name not in formatters:
        raise where.error(
            "format",
            f"names unknown format {name!r}{did_you_mean(name, formatters)}; "
            f"available: {', '.join(formatters)}",
        )
