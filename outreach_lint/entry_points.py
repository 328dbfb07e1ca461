"""Entry points of one group, read straight from the installed distributions' metadata.

``importlib.metadata`` parses every distribution and imports the e-mail and zip machinery,
which costs a one-file run (the pre-commit case) about as much as linting the file. This reads
``entry_points.txt`` of each ``*.dist-info``/``*.egg-info`` folder on ``sys.path`` and stops
there for distributions that don't use the group. The first distribution of a name on
``sys.path`` wins, as with ``importlib.metadata``.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Iterator
from typing import Any, NamedTuple

from outreach_lint.patterns import compile_regex

_SECTION = compile_regex(r"^\[(?P<section>[^\]]+)\]\s*$", re.MULTILINE)
_HEADER = compile_regex(r"^(Name|Version):\s*(.+?)\s*$", re.MULTILINE)
_VERSION_DASH = compile_regex(r"-(?=\d)")


class EntryPoint(NamedTuple):
    name: str
    value: str
    """``module`` or ``module:attribute``."""
    dist: str
    version: str

    def load(self) -> Any:
        module_name, _, attr = self.value.partition(":")
        obj: Any = importlib.import_module(module_name.strip())
        for part in attr.strip().split(".") if attr.strip() else ():
            obj = getattr(obj, part)
        return obj


def entry_points(group: str) -> list[EntryPoint]:
    found: list[EntryPoint] = []
    seen: set[str] = set()
    for base in sys.path:
        for meta in _metadata_dirs(base or "."):
            dist = _dist_name(os.path.basename(meta))
            if dist in seen:
                continue
            seen.add(dist)
            found.extend(_read(meta, group))
    return found


def _metadata_dirs(base: str) -> Iterator[str]:
    try:
        names = sorted(os.listdir(base))
    except OSError:
        return
    for name in names:
        if name.endswith((".dist-info", ".egg-info")):
            yield os.path.join(base, name)


def _dist_name(folder: str) -> str:
    stem = folder.rsplit(".", 1)[0]
    return _VERSION_DASH.split(stem, maxsplit=1)[0].lower().replace("_", "-").replace(".", "-")


def _read(meta: str, group: str) -> Iterator[EntryPoint]:
    try:
        with open(os.path.join(meta, "entry_points.txt"), encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return
    if f"[{group}]" not in text:
        return
    name, version = _name_and_version(meta)
    sections = _SECTION.split(text)
    for title, body in zip(sections[1::2], sections[2::2], strict=True):
        if title.strip() != group:
            continue
        for line in body.splitlines():
            key, sep, value = line.partition("=")
            if sep and key.strip() and not line.lstrip().startswith(("#", ";")):
                yield EntryPoint(key.strip(), value.strip(), name, version)


def _name_and_version(meta: str) -> tuple[str, str]:
    for filename in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(meta, filename), encoding="utf-8") as f:
                head = f.read(4096).split("\n\n", 1)[0]
        except OSError:
            continue
        headers = {m.group(1): m.group(2) for m in _HEADER.finditer(head)}
        return headers.get("Name", _dist_name(os.path.basename(meta))), headers.get("Version", "")
    return _dist_name(os.path.basename(meta)), ""
