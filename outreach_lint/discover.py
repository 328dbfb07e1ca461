"""Which files to lint: paths from the command line, expanded, filtered by the excludes.

A folder is walked; a file in it is linted when a parser claims its name (``*.md``, ``*.yaml``
…) and no ``exclude``/``extend-exclude`` glob matches it or a folder above it. Globs without a
``/`` match any single file or folder name; globs with a ``/`` match the path relative to the
config file's folder. A file named on the command line is always linted, unless
``--force-exclude`` is given and an exclude matches it (what the pre-commit hook uses).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence

from outreach_lint.config import Config


class Excluder:
    def __init__(self, config: Config) -> None:
        patterns = (*config.exclude, *config.extend_exclude)
        self.names = tuple(p.rstrip("/") for p in patterns if "/" not in p.rstrip("/"))
        self.paths = tuple(p.strip("/") for p in patterns if "/" in p.rstrip("/"))
        self.root = os.path.abspath(config.root)

    def name_excluded(self, name: str) -> bool:
        return any(fnmatch.fnmatchcase(name, p) for p in self.names)

    def path_excluded(self, path: str) -> bool:
        """Does a glob match this path or any folder above it (relative to the root)?"""
        absolute = os.path.abspath(path)
        rel = os.path.relpath(absolute, self.root).replace(os.sep, "/")
        parts = [p for p in rel.split("/") if p not in ("", ".", "..")]
        if any(self.name_excluded(p) for p in parts):
            return True
        if self.paths:
            prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
            return any(fnmatch.fnmatchcase(pre, p) for pre in prefixes for p in self.paths)
        return False


def discover(paths: Sequence[str], config: Config, patterns: Iterable[str]) -> Iterator[str]:
    """Files to lint, in a stable order: each argument in turn, folders sorted."""
    excluder = Excluder(config)
    globs = tuple(patterns)
    seen: set[str] = set()
    for arg in paths:
        if os.path.isdir(arg):
            for path in _walk(arg, excluder, globs):
                if path not in seen:
                    seen.add(path)
                    yield path
        elif arg not in seen:
            if config.force_exclude and excluder.path_excluded(arg):
                continue
            seen.add(arg)
            yield arg


def _walk(top: str, excluder: Excluder, globs: tuple[str, ...]) -> Iterator[str]:
    found: list[str] = []
    for folder, dirs, files in os.walk(top):
        dirs[:] = sorted(
            d
            for d in dirs
            if not excluder.name_excluded(d)
            and not (excluder.paths and excluder.path_excluded(os.path.join(folder, d)))
        )
        for name in files:
            if excluder.name_excluded(name) or not any(fnmatch.fnmatch(name, g) for g in globs):
                continue
            path = os.path.join(folder, name)
            if path.startswith("./") and not top.startswith("./"):
                path = path[2:]
            if excluder.paths and excluder.path_excluded(path):
                continue
            found.append(path)
    yield from sorted(found)
