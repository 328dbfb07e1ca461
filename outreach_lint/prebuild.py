"""Compile outreach-lint's patterns and their analyses while its wheel is built, as pip
compiles its bytecode at install time.

Otherwise the first run after an install does it (``patterns``, ``prefilter_build``): a
second or more for one template, against a tenth of a second for the runs after it. A CI job
that installs outreach-lint afresh paid that on every run, and pre-commit on the first commit
after a hook's install. ``setup.py`` runs ``python -m outreach_lint.prebuild`` with the
package being built first on ``sys.path``: it imports every module of the package (each
compiles its patterns as it is imported), and the files are written into that package's
``__pycache__``, where an installed outreach-lint reads them (or, when it keeps its own
elsewhere, starts from them: ``patterns.shipped_file``). They are keyed by the interpreter
(its cache tag and ``sys.version``): a wheel built by another Python is a wheel without
them, and its first run compiles them as before.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import sys
import tempfile

import outreach_lint
from outreach_lint import patterns

SAMPLE = """---
channel: linkedin_inmail
subject: Platform role at Northwind
---
Hi {{ first_name|default('there') }},

Your talk on the payments migration at {{ company }} is why I'm writing: Northwind is hiring a
Staff Platform Engineer in Leeds (£95-110k, hybrid) to lead the same kind of work.

Would you be open to a 15-minute call next week?

Sam
"""
"""A template linted with the default settings: a few patterns are compiled from settings when
first needed (the fill-in markers, the globs of the files each parser reads)."""

SKIPPED = {"outreach_lint.__main__", "outreach_lint.prebuild", "outreach_lint.testing"}
"""Modules not imported: the command line's entry (it would run), this one, pytest's
helpers."""


def main() -> int:
    if patterns._path is None or sys.dont_write_bytecode:
        print("outreach-lint: no folder to keep compiled patterns in", file=sys.stderr)
        return 1
    for module in pkgutil.walk_packages(outreach_lint.__path__, "outreach_lint."):
        if module.name in SKIPPED:
            continue
        try:
            importlib.import_module(module.name)
        except ImportError:  # needs what the build lacks (click, ruamel.yaml): its first run
            continue
    with contextlib.suppress(ImportError):  # (a part needing ruamel.yaml: its first run)
        _lint_sample()
    from outreach_lint import prefilter, prefilter_build

    prefilter_build.analyses(prefilter._registered)  # written to their file
    return 0  # (``patterns`` writes its file as the interpreter exits)


def _lint_sample() -> None:
    from outreach_lint import discover, plugins, rules
    from outreach_lint.builtin import channels, dialects, formatters, parsers
    from outreach_lint.config import Config
    from outreach_lint.lint import Linter
    from outreach_lint.model import SourceFile

    config = Config()
    # Its own plugins only, named here: the package being built has no entry points yet, and
    # the plugins installed where it is built are not its to run.
    builtin = (channels, dialects, formatters, parsers, rules)
    registry = plugins.load(config, extra=builtin, installed=False)
    Linter(config, registry).lint_source(SourceFile("t.md", SAMPLE))
    # A folder searched with the default settings: the globs of the files read and skipped.
    with tempfile.TemporaryDirectory() as folder:
        list(discover.discover([folder], config, discover.template_globs(registry.parsers, config)))


if __name__ == "__main__":
    sys.exit(main())
