"""The settings that name what plugins provide, checked once the plugins are loaded: rule
codes under ``select`` and ``rules``, each rule's options, dialects, channels, the default
channel and the output format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from outreach_lint.config import KEYS, Config, did_you_mean
from outreach_lint.config_file import RawConfig
from outreach_lint.config_values import Where, check_severity
from outreach_lint.model import CODE_RE, Channel, Option, Rule

if TYPE_CHECKING:
    from outreach_lint.plugins import Registry


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


def unknown_ignores(
    raw: RawConfig | None, cli: Mapping[str, Any], config: Config, rules: Mapping[str, Rule]
) -> list[str]:
    """Warnings for codes under ``ignore``, ``extend-ignore`` and ``per-file-ignores`` that no
    installed rule has: a typo ("OL340" for OL304) ignores nothing. Not errors, as ``select``'s
    are: a shared config may ignore the codes of a plugin not installed everywhere, and
    ignoring nothing hides nothing."""
    in_file = Where(raw.path if raw else config.source, raw.lines if raw else {})
    given = [
        ("ignore", config.ignore),
        ("extend-ignore", config.extend_ignore),
        ("per-file-ignores", [c for _glob, codes in config.per_file_ignores for c in codes]),
    ]
    out = []
    for key, prefixes in given:
        where = Where(None, {}) if cli.get(key) is not None else in_file
        for prefix in dict.fromkeys(prefixes):
            if prefix != "ALL" and not any(code.startswith(prefix) for code in rules):
                error = where.error(
                    key,
                    f"has {prefix!r}, which is the code of no installed rule"
                    f"{code_hint(prefix, rules)}: it ignores nothing",
                )
                out.append(str(error))
    return out


def code_hint(prefix: str, rules: Iterable[str]) -> str:
    """The hint after a code no rule has: the code with the same characters ("OL304" for
    "OL340", two swapped), else one a character away ("OL104" for "OL14", "OL105"); none for
    a code two digits away from every rule's ("OL999": "OL903" would be a guess, not a typo).
    After a prefix, shorter than a code, the closest prefix that rules have ("TAL2" or "TAL"
    for "TAL9", not the code "TAL202"), or none."""
    codes = list(rules)
    swapped = [code for code in codes if sorted(code) == sorted(prefix)]
    if swapped:
        return f" (did you mean {swapped[0]!r}?)"
    if not CODE_RE.match(prefix):
        shorter = {code[:n] for code in codes for n in range(2, len(prefix) + 1)}
        return did_you_mean(prefix, sorted(shorter - {prefix}))
    near = [code for code in codes if _one_edit(prefix, code)]
    return f" (did you mean {near[0]!r}?)" if near else ""


def _one_edit(a: str, b: str) -> bool:
    """Is ``b`` ``a`` with one character changed, added or left out?"""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def _check_selected(
    config: Config, rules: Mapping[str, Rule], where: Callable[[str], Where]
) -> None:
    """A code or prefix under ``select`` or ``extend-select`` that no rule has is a typo, or a
    plugin that is not installed here: running without it would pass templates its rules were
    chosen to stop, so it is an error, as in ruff. (Ignoring such a code is harmless.)

    An empty ``select`` with nothing in ``extend-select`` runs no rule: in CI that is a linter
    that passes everything (``--select "$RULES"`` with the variable unset), so it is an error
    too."""
    if config.select is not None and not config.select and not config.extend_select:
        raise where("select").error(
            "select",
            "is empty, so no rule would run: list the codes to run (like OL1,OL3) or leave "
            "'select' out to run the default rules",
        )
    for key, prefixes in (("select", config.select or ()), ("extend-select", config.extend_select)):
        for prefix in prefixes:
            if prefix != "ALL" and not any(code.startswith(prefix) for code in rules):
                raise where(key).error(
                    key,
                    f"has {prefix!r}, which is the code of no installed rule"
                    f"{code_hint(prefix, rules)}: is it misspelt, or is its plugin not "
                    "installed? ('outreach-lint rules' lists the rules)",
                )


_TOOLS = {
    **dict.fromkeys(
        "handlebars mustache liquid django hubspot outreach greenhouse lever gem salesloft".split(),
        "jinja",
    ),
    **dict.fromkeys("teamtailor python format".split(), "brace"),
    **dict.fromkeys("bullhorn salesforce sfmc marketing-cloud".split(), "percent"),
}
"""Tools and template languages, by the dialect that reads their placeholders."""
_TOOL_SYNTAX = {
    "bullhorn": "Bullhorn's %FIRSTNAME%",
    **dict.fromkeys(
        "salesforce sfmc marketing-cloud".split(), "Salesforce Marketing Cloud's %%FirstName%%"
    ),
}
"""What a tool's placeholders look like, where the dialect that reads them reads only some."""
_NEEDS_PLUGIN = {
    "salesforce": "Salesforce merge fields like {!Contact.FirstName} need a dialect plugin (see "
    "'outreach_lint_dialects' in docs/plugins.md)",
}
"""Tools with placeholders no built-in dialect reads, and how to have them read."""


def _tool_hint(name: str, known: Mapping[str, Any]) -> str:
    """The hint after a tool named as a dialect: the dialect that reads its placeholders
    ("Handlebars placeholders are read by the 'jinja' dialect"), in the tool's own syntax where
    that dialect reads only some ("Salesforce Marketing Cloud's %%FirstName%% is read by …"),
    and what it takes to read the rest."""
    key = name.lower()
    tool = _TOOLS.get(key)
    if tool not in known:
        return did_you_mean(name, known)
    syntax = _TOOL_SYNTAX.get(key)
    read = (
        f"{syntax} is read by the {tool!r} dialect"
        if syntax
        else f"{name} placeholders are read by the {tool!r} dialect"
    )
    rest = _NEEDS_PLUGIN.get(key)
    return f" ({read}; {rest})" if rest else f" ({read})"


def _check_dialects(dialects: Sequence[str], known: Mapping[str, Any], where: Where) -> None:
    if not dialects:
        raise where.error(
            "dialects",
            "is empty: name the placeholder styles your sending tool fills in, like [jinja] "
            f"(available: {', '.join(known)})",
        )
    for name in dialects:
        if name not in known:
            raise where.error(
                "dialects",
                f"has unknown dialect {name!r}{_tool_hint(name, known)}; available: "
                f"{', '.join(known)}",
            )


def _check_rules(given: Mapping[str, Any], rules: Mapping[str, Rule], where: Where) -> None:
    for code, options in given.items():
        key = f"rules.{code}"
        rule = rules.get(code)
        if rule is None:
            raise where.error(key, f"names no known rule{code_hint(str(code), rules)}")
        if options is None:
            continue
        if not isinstance(options, dict):
            raise where.error(key, "must map option names to values")
        for name, value in options.items():
            _check_rule_option(rule, str(name), value, f"{key}.{name}", where)


def _check_rule_option(rule: Rule, name: str, value: Any, key: str, where: Where) -> None:
    if name == "severity":
        check_severity(key, value, where)
        return
    option = rule.options.get(name)
    if option is None:
        known = ["severity", *rule.options]
        raise where.error(
            key,
            f"is not an option of {rule.code} ({rule.name}){did_you_mean(name, known)}; "
            f"options: {', '.join(known)}",
        )
    check_option_value(option, value, key, where)


def check_option_value(option: Option, value: Any, key: str, where: Where) -> None:
    """Check ``value`` against ``option``, a rule's or a plugin's top-level one: its type, no
    negative number, a mapping's keys and values and a list's items against ``values``, and the
    option's own ``check``."""
    if not option.accepts(value):
        raise where.error(key, f"must be {_kind_of(option)}, not {value!r} ({option.help})")
    _check_number(value, key, option, where)
    if option.values and isinstance(value, dict):
        known = list(option.default) if isinstance(option.default, dict) else []
        kind = Option(None, "", option.values)
        for name, item in value.items():
            item_key = f"{key}.{name}"
            if known and name not in known:
                raise where.error(
                    item_key,
                    f"is not one of {', '.join(known)}{did_you_mean(str(name), known)}",
                )
            if not kind.accepts(item):
                raise where.error(item_key, f"must be {_kind_of(kind)}, not {item!r}")
            _check_number(item, item_key, option, where)
    if isinstance(value, list):
        kinds = option.values or _item_types(option.default)
        if kinds:
            kind = Option(None, "", kinds)
            for item in value:
                if not kind.accepts(item):
                    raise where.error(key, f"holds {item!r}: each item must be {_kind_of(kind)}")
    problem = option.check(value) if option.check is not None else None
    if problem is not None:
        raise where.error(key, problem)


def check_plugin_keys(
    raw: RawConfig | None, extra: Mapping[str, Any], plugin_keys: Mapping[str, Option]
) -> dict[str, Any]:
    """Check the top-level keys that plugins declare (``outreach_lint_options``) exactly as a
    rule's options are checked; any other unknown key is an error. Returns their values."""
    where = Where(raw.path if raw else None, raw.lines if raw else {})
    out: dict[str, Any] = {}
    for key, value in extra.items():
        option = plugin_keys.get(key)
        if option is None:
            raise where.error(key, f"is not a setting{did_you_mean(key, [*KEYS, *plugin_keys])}")
        check_option_value(option, value, key, where)
        out[key] = value
    return out


def _item_types(default: Any) -> tuple[type, ...]:
    """The types of a list default's items, to check a configured list against: ``(str,)``
    for ``["XXX", "TODO"]``; none for an empty list or mixed items."""
    kinds = {type(item) for item in default} if isinstance(default, list) else set()
    return tuple(kinds) if len(kinds) == 1 else ()


def _check_number(value: Any, key: str, option: Option, where: Where) -> None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
        # every number a rule takes counts something: words, questions, characters, a grade
        raise where.error(key, f"must not be negative, not {value} ({option.help})")


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
