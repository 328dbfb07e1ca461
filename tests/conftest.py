"""Shared test helpers: lint a text through the same pipeline as the CLI."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from outreach_lint import patterns, plugins, prefilter_build
from outreach_lint.builtin.dialects import BUILTIN_DIALECTS
from outreach_lint.config import Config
from outreach_lint.config_file import RawConfig
from outreach_lint.config_values import build
from outreach_lint.lint import Linter
from outreach_lint.message import Message
from outreach_lint.model import Dialect, Field, Finding, SourceFile
from outreach_lint.scan import scan
from outreach_lint.source_map import SourceMap

_REGISTRY: dict[str, Any] = {}

# The tests compile thousands of patterns no run of the linter uses: keep them out of the
# installed package's compiled-pattern cache (tests/test_patterns.py checks the cache itself).
patterns._path = None
prefilter_build._analyses_file = None  # likewise the analyses of generated prefiltered patterns


def make_linter(config: dict[str, Any] | None = None) -> Linter:
    raw = RawConfig(None, dict(config or {}), {})
    cfg, _extra = build(raw, {})
    key = repr((cfg.rule_packs, cfg.plugins, cfg.plugin_paths, sorted(cfg.channels.items())))
    if key not in _REGISTRY:
        _REGISTRY[key] = plugins.load(cfg)
    return Linter(cfg, _REGISTRY[key])


def lint_text(
    text: str, path: str = "template.md", config: dict[str, Any] | None = None, dedent: bool = True
) -> list[Finding]:
    """Findings for ``text`` read as the file ``path`` (all rules selected unless configured)."""
    settings = {"select": ["ALL"], **(config or {})}
    source = textwrap.dedent(text).lstrip("\n") if dedent else text
    return make_linter(settings).lint_source(SourceFile(path, source)).findings


def codes(findings: Sequence[Finding]) -> list[str]:
    return [f.code for f in findings]


def body(text: str) -> Field:
    """``text`` as a template's whole body."""
    return Field("body", text, SourceMap.contiguous(0, len(text)))


def scanned(text: str, dialects: Sequence[Dialect] = BUILTIN_DIALECTS) -> Message:
    """``text`` as a body scanned with ``dialects`` (by default every built-in one)."""
    return scan(body(text), dialects)


def unscanned(text: str) -> Message:
    """``text`` as a body with no placeholders, tags or comments found in it."""
    return Message(body(text), (), (), (), ())


@pytest.fixture(autouse=True)
def _restore_import_path() -> Iterator[None]:
    """``plugin-paths`` extends ``sys.path`` for the rest of a run, as it must in the CLI; in
    tests, each test gets the import path back as it was (after monkeypatch's own undo)."""
    saved = list(sys.path)
    yield
    sys.path[:] = saved


@pytest.fixture
def lint() -> Any:
    return lint_text


__all__ = ["Config", "body", "codes", "lint_text", "make_linter", "scanned", "unscanned"]
