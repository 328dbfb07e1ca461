"""Paths as a user names them: relative to a folder they are inside, however they were typed."""

from __future__ import annotations

import os


def inside(path: str, folder: str | None = None) -> str | None:
    """``path`` relative to ``folder`` (default: the working folder) when it is inside it, as
    written or once its folders' symbolic links are resolved (``$PWD`` may name the working
    folder through a link, which ``os.getcwd`` resolves: macOS's /tmp is /private/tmp);
    ``None`` when it is outside."""
    start = folder if folder is not None else os.curdir
    head, name = os.path.split(os.path.abspath(path))
    for candidate in (os.path.join(head, name), os.path.join(os.path.realpath(head), name)):
        for base in (start, os.path.realpath(start)):
            try:
                relative = os.path.relpath(candidate, base)
            except ValueError:  # another drive (Windows)
                continue
            if relative != os.pardir and not relative.startswith(os.pardir + os.sep):
                return relative
    return None


def as_text(path: str) -> str:
    """``path`` for a report that must be Unicode text (JSON, XML): a byte of the file name
    that is not UTF-8 (``caf\\xe9.txt`` saved by a Latin-1 system, read by Python as a lone
    surrogate that no UTF-8 text can hold) becomes U+FFFD, "�"."""
    if path.isascii():
        return path
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def relative(path: str, folder: str) -> str:
    """``path`` from ``folder`` with ``/`` separators: as ``inside`` gives it when it is inside,
    else the plain relative path ("../elsewhere/x.md")."""
    within = inside(path, folder)
    found = within if within is not None else os.path.relpath(os.path.abspath(path), folder)
    return found.replace(os.sep, "/")


def glob_forms(glob: str) -> tuple[str, ...]:
    """``glob`` and, where it has ``**/``, its forms with each of them matching no folder, as
    in ruff and .gitignore: "templates/**/*.md" matches "templates/a.md" too. (``fnmatch``'s
    ``*`` already crosses folders: "**/" needs one folder there.)"""
    head, star, tail = glob.partition("**/")
    if not star:
        return (glob,)
    return tuple(head + star + t for t in glob_forms(tail)) + tuple(
        head + t for t in glob_forms(tail)
    )


def source_root() -> str:
    """The repository root, the nearest folder from the
    working folder up that holds ``.git`` (a folder, or a file in a worktree or submodule);
    the working folder outside a repository."""
    here = os.getcwd()
    folder = here
    while not os.path.exists(os.path.join(folder, ".git")):
        parent = os.path.dirname(folder)
        if parent == folder:
            return here
        folder = parent
    return folder
