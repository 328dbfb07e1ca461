"""Shared test helpers: lint a text through the same pipeline as the CLI."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from outreach_lint import patterns, plugins, prefilter_build
from outreach_lint.config import Config
from outreach_lint.config_file import RawConfig
from outreach_lint.config_values import build
from outreach_lint.lint import Linter
from outreach_lint.model import Finding, SourceFile

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


__all__ = ["Config", "codes", "lint_text", "make_linter"]
