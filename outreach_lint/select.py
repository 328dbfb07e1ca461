"""Which rules run, and which findings are suppressed (the filter stage).

Selection works like flake8's: ``select`` (or, without it, every rule's default) and
``extend-select`` choose codes by prefix, ``ignore`` and ``extend-ignore`` remove them, and
when both match a code the longer prefix wins (a tie ignores). A rule selected only by default
is turned off by any matching ignore. Problems reading or parsing a file (``OL9xx``) are always
reported unless ignored explicitly.

Suppression, after rules run: ``per-file-ignores`` globs, a template's ``ignore:`` list, and
``outreach-lint: noqa`` comments on the finding's line.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Mapping

from outreach_lint.config import Config
from outreach_lint.model import Rule
from outreach_lint.paths import glob_forms, relative

ALWAYS = ("OL9",)


def _longest(code: str, prefixes: Iterable[str]) -> int:
    """Length of the longest prefix matching ``code`` (``ALL`` counts as 0); -1 if none."""
    return max(
        (0 if p == "ALL" else len(p) for p in prefixes if p == "ALL" or code.startswith(p)),
        default=-1,
    )


def matches(code: str, prefixes: Iterable[str]) -> bool:
    return any(p == "ALL" or code.startswith(p) for p in prefixes)


def enabled_codes(config: Config, rules: Mapping[str, Rule]) -> frozenset[str]:
    ignored = (*config.ignore, *config.extend_ignore)
    out = set()
    for code, rule in rules.items():
        explicit = _longest(code, (*(config.select or ()), *config.extend_select))
        implicit = config.select is None and (rule.default or code.startswith(ALWAYS))
        ignore = _longest(code, ignored)
        if explicit >= 0:
            if explicit > ignore:
                out.add(code)
        elif implicit and ignore < 0:
            out.add(code)
    return frozenset(out)


class PerFileIgnores:
    """``per-file-ignores``: codes ignored in files whose path matches a glob."""

    def __init__(self, config: Config) -> None:
        self.entries = tuple(
            (form, codes)
            for glob, codes in config.per_file_ignores
            for form in glob_forms(_glob(glob))
        )
        self.root = os.path.abspath(config.root)

    def codes_for(self, path: str) -> tuple[str, ...]:
        if not self.entries:
            return ()
        rel = relative(path, self.root)  # (through a link to the folder too)
        name = os.path.basename(path)
        out: list[str] = []
        for glob, codes in self.entries:
            if (
                fnmatch.fnmatchcase(rel, glob)
                or fnmatch.fnmatchcase(name, glob)
                or fnmatch.fnmatchcase(path.replace(os.sep, "/"), glob)
            ):
                out.extend(codes)
        return tuple(out)


def _glob(glob: str) -> str:
    """A glob as paths are matched: "./templates/legacy/*" is "templates/legacy/*", and a
    folder ("templates/legacy/") stands for every file under it."""
    glob = glob.replace("\\", "/")
    while glob.startswith("./"):
        glob = glob[2:]
    return glob + "*" if glob.endswith("/") else glob
