"""Which files to lint: paths from the command line, expanded, filtered by the excludes.

A folder is walked; a file in it is linted when a parser claims its name (``*.md``, ``*.yaml``
…) or an ``extend-include`` glob matches it (``*.html``, read as a text template), and no
``exclude``/``extend-exclude`` glob matches it or a folder above it. Globs without a ``/``
match any single file or folder name; globs with a ``/`` (``./old`` and an absolute path
inside the folder too) match the path relative to the config file's folder. On the command
line, globs are separated by commas (a space is part of a name: ``Old Templates``). A file
named on the command line is always linted, unless ``--force-exclude`` is given and an
exclude matches it (what the pre-commit hook uses).
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import filterfalse

from outreach_lint.config import Config
from outreach_lint.model import TemplateParser
from outreach_lint.paths import glob_forms, inside, relative
from outreach_lint.patterns import compile_regex


class Excluder:
    def __init__(self, config: Config) -> None:
        self.root = os.path.abspath(config.root)
        anchored = [_anchored(p, self.root) for p in (*config.exclude, *config.extend_exclude)]
        self.names = tuple(p for p, path in anchored if not path)
        self.paths = tuple(form for p, path in anchored if path for form in glob_forms(p))
        self.name_pattern = globs_pattern(self.names)
        """The globs matched against every name, as one pattern; ``None`` without any."""

    def name_excluded(self, name: str) -> bool:
        return self.name_pattern is not None and self.name_pattern.match(name) is not None

    def path_excluded(self, path: str) -> bool:
        """Does a glob match this path or any folder above it (relative to the root)?"""
        rel = relative(path, self.root)  # (through a link to the folder too)
        parts = [p for p in rel.split("/") if p not in ("", ".", "..")]
        if any(self.name_excluded(p) for p in parts):
            return True
        if self.paths:
            prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
            return any(fnmatch.fnmatchcase(pre, p) for pre in prefixes for p in self.paths)
        return False


def _anchored(glob: str, root: str) -> tuple[str, bool]:
    """``glob`` as ``Excluder`` matches it, and whether it is matched against paths from the
    root (it has a ``/``, or is written ``./x`` or as an absolute path inside the root) rather
    than against every file and folder name."""
    pattern = glob.replace("\\", "/") if os.sep == "\\" else glob
    anchored = "/" in pattern.rstrip("/")
    within = inside(glob, root) if os.path.isabs(glob) else None
    if within is not None:
        pattern = within.replace(os.sep, "/")
    while pattern.startswith("./"):
        pattern = pattern[2:]
    return pattern.strip("/"), anchored


def template_globs(parsers: Iterable[TemplateParser], config: Config) -> list[str]:
    """The file names linted in a folder: each parser's globs, and ``extend-include``."""
    return [*(g for p in parsers for g in p.patterns), *config.extend_include]


def globs_matcher(globs: Iterable[str], case_sensitive: bool = True) -> Callable[[str], bool]:
    """One test for "does any of ``globs`` match this name", as ``fnmatch`` matches."""
    pattern = globs_pattern(globs, case_sensitive)
    if pattern is None:
        return lambda name: False
    return lambda name: pattern.match(name) is not None


def globs_pattern(globs: Iterable[str], case_sensitive: bool = True) -> re.Pattern[str] | None:
    """A name matches any of ``globs`` (as ``fnmatch`` matches) where this pattern ``match``es
    it: a single regular expression instead of a loop over the globs, for every file of a
    large tree; ``None`` when there are no globs."""
    patterns = [fnmatch.translate(g) for g in globs]
    if not patterns:
        return None
    # (from the compiled-pattern cache: the same globs come back run after run)
    return compile_regex("|".join(patterns), 0 if case_sensitive else re.IGNORECASE)


def discover(paths: Sequence[str], config: Config, patterns: Iterable[str]) -> Iterator[str]:
    """Files to lint, in a stable order: each argument in turn, folders sorted. A file named
    twice (``m.md ./m.md``, ``hq ./hq``, a file and its folder) is linted once, under the name
    it is first given."""
    # Made when first needed: files named without --force-exclude (pre-commit's run over one
    # file, say) need neither, and compiling the globs is a millisecond of such a run.
    excluder: Excluder | None = None
    globs: re.Pattern[str] | None = None
    # One argument names each file once: its paths need no spelling compared.
    key = same_file if len(paths) > 1 else str
    seen: set[str] = set()
    for arg in paths:
        if config.force_exclude:
            excluder = excluder or Excluder(config)
            if excluder.path_excluded(arg):
                continue  # a folder too: "--force-exclude drafts" lints nothing in it
        if os.path.isdir(arg):
            excluder = excluder or Excluder(config)
            # fnmatch.fnmatch folds case where the file system does (os.path.normcase).
            globs = globs or globs_pattern(patterns, os.path.normcase("A") == "A")
            for path in _walk(arg, excluder, globs):
                if (k := key(path)) not in seen:
                    seen.add(k)
                    yield path
        elif (k := key(arg)) not in seen:
            seen.add(k)
            yield arg


def same_file(path: str) -> str:
    """The same text for every spelling of a path: ``m.md``, ``./m.md``, ``hq/../m.md``,
    ``$PWD/m.md``, a path through a linked folder (``link/../m.md`` is beside where the link
    points, not ``m.md``), and ``M.md`` where names are read case-blind, as on Windows. A
    linked file is a file of its own (``archive/n.md`` linking to ``templates/n.md``): each
    name may have its own per-file ignores, and neither may hide the other's findings."""
    folder, name = os.path.split(path)
    return os.path.normcase(os.path.join(os.path.realpath(folder or os.curdir), name))


def without(files: list[str], path: str) -> list[str]:
    """``files`` but those that are ``path`` (``same_file``). Only a file of the same name is
    resolved: resolving every file's folder took 0.17 s of a run over 10,000 templates. Where
    names are compared as written, a path that does not end with the name is passed over by a
    test in C (10,000 paths: 3.1 ms -> 1.0 ms)."""
    gone = same_file(path)
    name = os.path.basename(gone)
    if os.name == "posix":
        return [f for f in files if not f.endswith(name) or same_file(f) != gone]
    return [
        f for f in files if os.path.normcase(os.path.basename(f)) != name or same_file(f) != gone
    ]


def _walk(top: str, excluder: Excluder, globs: re.Pattern[str] | None) -> Iterator[str]:
    found: list[str] = []
    unreadable: list[OSError] = []
    excluded = excluder.name_pattern
    for folder, dirs, files in os.walk(top, onerror=unreadable.append):
        dirs[:] = sorted(
            d
            for d in dirs
            if not excluder.name_excluded(d)
            and not (excluder.paths and excluder.path_excluded(os.path.join(folder, d)))
        )
        if globs is None:
            continue
        # the names tested in C, not one Python call each: a tree of 10,000 files took 36 ms
        names: Iterable[str] = filter(globs.match, files)
        if excluded is not None:
            names = filterfalse(excluded.match, names)
        prefix = os.path.join(folder, "")
        if prefix.startswith("./") and not top.startswith("./"):
            prefix = prefix[2:]
        paths = [prefix + name for name in names]
        if excluder.paths:
            paths = [path for path in paths if not excluder.path_excluded(path)]
        found.extend(paths)
    # A folder that cannot be listed is reported (as a file that cannot be read would be):
    # skipping it would pass a run that never saw its templates.
    for error in unreadable:
        if isinstance(error.filename, str):
            path = error.filename
            found.append(path[2:] if path.startswith("./") and not top.startswith("./") else path)
    yield from sorted(found)
