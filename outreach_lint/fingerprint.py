"""Fingerprints: an identity for a finding that survives edits elsewhere in the file.

CI services (SARIF code scanning, GitLab Code Quality) and baselines match findings of one run
against another by fingerprint. A fingerprint therefore leaves out the line and the column, so
adding a line above a finding does not turn it into a "new" finding; it is a hash of what the
finding is about instead: the file, the rule, the template and the flagged text.

The key is ``sha256`` over the UTF-8 text of the path (``repo_path``: relative to the working
folder, ``/`` separators, no ``./``; so ``shared``, ``./shared`` and ``$PWD/shared`` given on the
command line fingerprint alike), the code, the
template name (``""`` if none) and the snippet with each run of white space read as one space,
joined by NUL characters (a file name's bytes that are not UTF-8 are hashed as they are); the
fingerprint is the first 32 hex digits. Findings with the same
key (the same phrase flagged twice in one template) get ``<hash>:2``, ``<hash>:3``… in the
order they occur in the file, which lines added above them do not change.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
from collections.abc import Sequence
from functools import lru_cache

from outreach_lint.model import Finding
from outreach_lint.paths import inside, relative, source_root

FINGERPRINT_LENGTH = 32


def fingerprint(f: Finding) -> str:
    """The position-free hash of a finding, the same for every occurrence of the same key."""
    snippet = " ".join(f.snippet.split())
    key = "\0".join((repo_path(f.path), f.code, f.template or "", snippet))
    # (surrogateescape: a file name's bytes that are not UTF-8 are hashed as they are)
    data = key.encode("utf-8", "surrogateescape")
    return hashlib.sha256(data).hexdigest()[:FINGERPRINT_LENGTH]


def repo_path(path: str) -> str:
    """``path`` as CI services name a file: relative to the working folder when it is inside
    it (an absolute path is made so), with ``/`` separators and without ``./`` or doubled
    separators."""
    if not _UNUSUAL.search(path):  # most paths, as discovery writes them: "templates/a.md"
        return path
    if os.path.isabs(path):
        path = inside(path) or path
    posix = path.replace("\\", "/")
    return posixpath.normpath(posix) if posix else posix


def root_path(path: str) -> str:
    """``path`` as CI services name a file in their annotations: relative to the repository
    root (``paths.source_root``), as ``repo_path`` writes it, whatever folder of the
    repository the run was started in ("templates/a.md" from the root is "a.md" from
    templates/); an absolute path when the file is outside the repository."""
    named = repo_path(path)
    root, here = _where(os.getcwd())
    if here == "." and not posixpath.isabs(named):
        return named
    if posixpath.isabs(named) or _DRIVE.match(named):
        within = inside(named, root)
        return named if within is None else within.replace(os.sep, "/")
    joined = posixpath.normpath(f"{here}/{named}")
    if joined == ".." or joined.startswith("../"):
        return os.path.abspath(path).replace(os.sep, "/")
    return joined


@lru_cache(maxsize=4)
def _where(cwd: str) -> tuple[str, str]:
    """The repository root of the working folder ``cwd``, and ``cwd`` from it ("." at the root,
    "templates" below it): once per run, not once per finding."""
    root = source_root()
    return root, relative(cwd, root)


_DRIVE = re.compile(r"^[A-Za-z]:")
_UNUSUAL = re.compile(r"^[/\\]|^[A-Za-z]:|\\|(?:^|/)\.{1,2}(?:/|$)|//")
"""What makes a path need ``repo_path``'s work: absolute, backslashes, ``.`` or ``..``
segments, doubled separators."""


def fingerprints(findings: Sequence[Finding]) -> list[str]:
    """One distinct fingerprint per finding, in the order of ``findings``.

    Occurrences of the same key are numbered by their position in the file (path, line,
    column), whatever the order of ``findings``: the first keeps the bare hash, the n-th
    becomes ``<hash>:<n>``.
    """
    hashes = [fingerprint(f) for f in findings]
    by_position = sorted(range(len(findings)), key=lambda i: findings[i].sort_key())
    seen: dict[str, int] = {}
    result = list(hashes)
    for i in by_position:
        n = seen.get(hashes[i], 0) + 1
        seen[hashes[i]] = n
        if n > 1:
            result[i] = f"{hashes[i]}:{n}"
    return result
