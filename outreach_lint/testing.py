"""Test rules exactly as outreach-lint runs them: public helpers for plugin authors.

``lint_text`` and ``lint_file`` build the run the way the command line does (config checked,
entry-point plugins loaded, local plugins and rule packs read, plugin config keys validated)
and return its findings; ``linter`` builds it once, for a ``Linter`` whose ``lint_text`` and
``lint_file`` lint many texts the same way. ``plugins=`` registers plugin objects that are
not installed, such as the module under test. ::

    from outreach_lint.testing import lint_text

    def test_flags_rockstar():
        findings = lint_text("Hi {{ first_name }}, we need a rockstar.", config={
            "select": ["ACME101"], "rule-packs": ["house-style.yaml"]}, root="tests")
        assert [f.code for f in findings] == ["ACME101"]

Case files keep examples as data: each rule code lists texts it ``must-fire`` on and texts it
``must-not-fire`` on (see ``load_cases``); ``case_params`` turns them into pytest parameters
and ``assert_case`` checks one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from outreach_lint import config_file, config_names, config_values, lint
from outreach_lint import plugins as plugin_manager
from outreach_lint.config import ConfigError, did_you_mean
from outreach_lint.model import Finding, SourceFile
from outreach_lint.plugins import PluginError
from outreach_lint.yaml_source import Node, YamlError, compose, mapping_items, to_python

__all__ = [
    "Case",
    "ConfigError",
    "Linter",
    "PluginError",
    "RuleFailed",
    "assert_case",
    "case_params",
    "lint_file",
    "lint_text",
    "linter",
    "load_cases",
]

ConfigArg = Mapping[str, Any] | str | os.PathLike[str] | None


class RuleFailed(Exception):
    """A rule raised while checking a template (the command line would exit 2)."""


class Linter:
    """A run built once (config read, plugins loaded), to lint many texts or files: each
    method behaves as the function of the same name, without building the run again."""

    def __init__(self, run: lint.Linter) -> None:
        self.run = run
        """The run as the command line holds it (its ``config`` and ``registry``)."""

    def lint_text(self, text: str, *, path: str = "template.md") -> list[Finding]:
        """Lint ``text`` as the file ``path`` (its name picks the parser); return the findings.
        Raises ``RuleFailed`` when a rule raises."""
        return _findings(self.run.lint_source(SourceFile(path, text.replace("\r\n", "\n"))))

    def lint_file(self, path: str | os.PathLike[str]) -> list[Finding]:
        """Lint the file at ``path``; return the findings. Raises ``RuleFailed`` when a rule
        raises."""
        return _findings(self.run.lint_file(os.fspath(path)))


def linter(
    config: ConfigArg = None, *, plugins: Sequence[object] = (), root: str | None = None
) -> Linter:
    """The run the command line would build for ``config``, to lint many texts with.

    ``config`` is a mapping with the keys of ``.outreach-lint.yaml`` (``{"select": ["ACME"]}``)
    or the path of a config file. Relative paths in it (``plugins``, ``rule-packs``) are relative
    to ``root``: by default the config file's folder, or the working directory for a mapping.
    Config and plugin problems raise ``ConfigError`` or ``PluginError``, as they would stop the
    command line with exit 2.
    """
    if config is None or isinstance(config, Mapping):
        raw = config_file.RawConfig("<config>", dict(config or {}), {})
    else:
        raw = config_file.read_config(os.fspath(config))
    settings, extra = config_values.build(raw, {})
    if root is not None or raw.path == "<config>":
        settings = settings.with_overrides(root=os.path.abspath(root or "."))
    registry = plugin_manager.load(settings, extra=plugins)
    plugin_options = config_names.check_plugin_keys(raw, extra, registry.options)
    defaults = {key: option.default for key, option in registry.options.items()}
    settings = settings.with_overrides(plugin_options={**defaults, **plugin_options})
    return Linter(lint.Linter(settings, registry))


def lint_text(
    text: str,
    *,
    path: str = "template.md",
    config: ConfigArg = None,
    plugins: Sequence[object] = (),
    root: str | None = None,
) -> list[Finding]:
    """Lint ``text`` as the file ``path`` (its name picks the parser); return the findings."""
    return linter(config, plugins=plugins, root=root).lint_text(text, path=path)


def lint_file(
    path: str | os.PathLike[str],
    *,
    config: ConfigArg = None,
    plugins: Sequence[object] = (),
    root: str | None = None,
) -> list[Finding]:
    """Lint the file at ``path``; return the findings."""
    return linter(config, plugins=plugins, root=root).lint_file(path)


def _findings(result: lint.FileResult) -> list[Finding]:
    if result.failures:
        raise RuleFailed("\n".join(result.failures))
    return result.findings


# --- case files -----------------------------------------------------------------------------


class Case(NamedTuple):
    """One example: ``text`` on which the rule ``code`` must fire (``fires``) or must not."""

    code: str
    id: str
    text: str
    fires: bool
    path: str = "template.md"
    config: Mapping[str, Any] = {}
    at: tuple[str, ...] | None = None
    """For a must-fire case, the ``line:column`` of each finding, when given."""
    root: str = "."
    """Folder that relative paths in ``config`` are relative to (the case file's)."""
    source: str = ""
    """Where the case is written (``cases.yaml:12``), when it comes from a case file."""

    @property
    def label(self) -> str:
        return f"{self.code}-{'fires' if self.fires else 'silent'}-{self.id}"


def load_cases(path: str | os.PathLike[str]) -> list[Case]:
    """Read a case file::

        config: {dialects: [jinja]}          # optional, for every case
        ACME201:
          config: {rule-packs: [pack.yaml]}  # optional, for this rule's cases
          must-fire:
            - id: no-pay                     # optional (default: the case's number)
              path: intro.md                 # optional (default: template.md)
              at: ["3:1"]                    # optional: line:column of each finding
              text: |
                Hi {{ first_name }}, we're hiring a {{ role }}.
          must-not-fire:
            - Hi {{ first_name }}, we're hiring a {{ role }} at EUR 85-105k.

    A case is a mapping or just its text. Each case runs with its code added to
    ``extend-select``, so opt-in rules run too, and only findings of that code count. The
    ids of a code's must-fire cases are unique, and so are those of its must-not-fire cases.
    """
    name = os.fspath(path)
    with open(name, encoding="utf-8") as f:
        try:
            node = compose(f.read())
        except YamlError as e:
            raise ConfigError(f"invalid YAML: {e}", name, e.line + 1) from None
    if node is None:
        return []
    if node.kind != "map":
        raise ConfigError(
            "a case file maps rule codes to must-fire/must-not-fire lists", name, _line(node)
        )
    root = os.path.dirname(os.path.abspath(name))
    entries = list(mapping_items(node))
    shared = next((_config(v, name) for key, _, v in entries if key == "config"), {})
    cases: list[Case] = []
    sections = ("must-fire", "must-not-fire", "config")
    for code, key_node, spec in entries:
        if code == "config":
            continue
        if spec.kind != "map":
            raise ConfigError(
                f"{code!r} must map must-fire, must-not-fire (and config) to cases",
                name,
                _line(key_node),
            )
        parts = {key: (k, v) for key, k, v in mapping_items(spec)}
        for key, (k, _) in parts.items():
            if key not in sections:
                raise ConfigError(
                    f"{code!r} has {key!r}, which is not must-fire, must-not-fire or config"
                    f"{did_you_mean(key, sections)}",
                    name,
                    _line(k),
                )
        own = parts.get("config")
        config = {**shared, **(_config(own[1], name) if own else {})}
        for key, fires in (("must-fire", True), ("must-not-fire", False)):
            listed = parts.get(key)
            if listed is None or to_python(listed[1]) is None:  # "must-fire:" with no cases
                continue
            items = listed[1].value if listed[1].kind == "seq" else [listed[1]]
            used: dict[str, int] = {}  # each case's id, to the line of the case that has it
            for number, item in enumerate(items, start=1):
                where = _CaseAt(name, _line(item))
                case = _case(where, code, fires, number, to_python(item), config, root)
                if case.id in used:  # two tests of one name: a copied case left unchanged
                    raise where.error(
                        f"case id {case.id!r} of {code} is already used on line {used[case.id]}"
                    )
                used[case.id] = where.line
                cases.append(case)
    return cases


def _line(node: Node) -> int:
    return node.start[0] + 1


def _config(node: Node, name: str) -> dict[str, Any]:
    value = to_python(node)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(
            "config must map config keys to values, like {dialects: [jinja]}", name, _line(node)
        )
    return value


class _CaseAt(NamedTuple):
    """Where a case is written: its case file and line."""

    path: str
    line: int

    def error(self, message: str) -> ConfigError:
        return ConfigError(message, self.path, self.line)


def _case(
    where: _CaseAt,
    code: str,
    fires: bool,
    number: int,
    item: Any,
    config: Mapping[str, Any],
    root: str,
) -> Case:
    if isinstance(item, str):
        item = {"text": item}
    which = f"case {number} of {code} ({'must-fire' if fires else 'must-not-fire'})"
    if not isinstance(item, dict):
        raise where.error(f"{which} must be a text or a mapping with 'text'")
    known = ("text", "id", "path", "at", "config")
    for key in item:
        if key not in known:
            raise where.error(
                f"{which} has {key!r}, which is not one of {', '.join(known)}"
                f"{did_you_mean(str(key), known)}"
            )
    if "text" not in item:
        raise where.error(f"{which} has no 'text'")
    at = item.get("at")
    if isinstance(at, str):
        at = [at]  # one position
    if at is not None and not fires:
        raise where.error(f"{which} has 'at', but a rule that must not fire fires nowhere")
    if at is not None and not (
        isinstance(at, list) and all(isinstance(a, str) and _AT.fullmatch(a) for a in at)
    ):
        raise where.error(
            f"{which} has 'at: {at!r}': it must be a list of 'line:column' positions, like ['1:36']"
        )
    return Case(
        code=code,
        id=str(item.get("id", number)),
        text=str(item["text"]),
        fires=fires,
        path=str(item.get("path", "template.md")),
        config={**config, **(item.get("config") or {})},
        at=tuple(str(a) for a in at) if at is not None else None,
        root=root,
        source=f"{where.path}:{where.line}",
    )


_AT = re.compile(r"[1-9][0-9]*:[1-9][0-9]*")


def case_params(path: str | os.PathLike[str]) -> list[Any]:
    """The cases of a case file as ``pytest.param`` values with readable ids::

    @pytest.mark.parametrize("case", case_params("tests/cases.yaml"))
    def test_case(case): assert_case(case)
    """
    import pytest

    return [pytest.param(case, id=case.label) for case in load_cases(path)]


def assert_case(case: Case, *, plugins: Sequence[object] = ()) -> None:
    """Fail (``AssertionError``) unless ``case.code`` fires as the case says; the message shows
    the findings of that code and any problem reading the template (``OL9xx``)."""
    case = case._replace(code=case.code.upper())  # a code in any case, as in a config
    given = case.config.get("extend-select") or []
    config = {**case.config, "extend-select": [*given, case.code]}
    try:
        findings = lint_text(
            case.text, path=case.path, config=config, plugins=plugins, root=case.root
        )
    except ConfigError as error:
        if not case.source:
            raise
        path, _, line = case.source.rpartition(":")  # the case's config, or its code, is wrong
        raise ConfigError(f"case {case.id} of {case.code}: {error}", path, int(line)) from None
    mine = [f for f in findings if f.code == case.code]
    relevant = [f for f in findings if f.code == case.code or f.code.startswith("OL9")]
    shown = "\n".join(f"  {f.line}:{f.column}: {f.code} {f.message}" for f in relevant) or "  none"
    which = f"case {case.id} ({case.source})" if case.source else f"case {case.id}"
    if not case.fires:
        assert not mine, f"{case.code} must not fire on {which}, but found:\n{shown}"
        return
    assert mine, f"{case.code} must fire on {which}, but found:\n{shown}"
    if case.at is not None:
        positions = tuple(f"{f.line}:{f.column}" for f in mine)
        assert positions == case.at, (
            f"{case.code} on {which} fired at {', '.join(positions)}, "
            f"expected {', '.join(case.at)}:\n{shown}"
        )
