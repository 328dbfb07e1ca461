"""Results of unchanged files, reused across runs (``.outreach-lint-cache/``).

An entry is keyed by the file's path and a hash of its bytes; the whole cache file is keyed by
everything else that can change a result: outreach-lint's version, every plugin's name and
version, the contents of local plugin modules and rule packs, the configuration, and the
names, sizes and modification times of the files of outreach-lint and of every plugin package
(so that editing a rule in an editable install, where the version stays the same, is seen).
Change any of them and the run uses a fresh cache file.

Each run reads its cache file once and writes it back once, atomically (a temporary file in the
same folder, then ``os.replace``), so concurrent runs never see a half-written cache; when two
runs race, the last one to finish wins and the other's new entries are simply recomputed next
time.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from typing import Any

from outreach_lint import __version__
from outreach_lint.config import Config
from outreach_lint.model import Finding, Severity
from outreach_lint.plugins import Registry

FORMAT = 1
_IGNORED_SETTINGS = ("format", "output_file", "baseline", "jobs", "cache", "cache_dir")


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def settings_key(config: Config, registry: Registry) -> str:
    """A hash of everything besides a file's own bytes that can change its findings."""
    settings = config._asdict()
    for name in _IGNORED_SETTINGS:
        settings.pop(name, None)
    parts: list[Any] = [FORMAT, __version__, sorted(registry.plugins), settings]
    parts.extend(_file_hash(config.resolve(p)) for p in config.rule_packs)
    parts.extend(_module_hash(config, spec) for spec in config.plugins)
    parts.append(_code_stamp(registry.code))
    blob = json.dumps(parts, sort_keys=True, default=str).encode()
    return hashlib.blake2b(blob, digest_size=16).hexdigest()


def _code_stamp(locations: Iterable[str]) -> str:
    """Names, sizes and modification times of the files under ``locations``."""
    h = hashlib.blake2b(digest_size=16)
    for location in locations:
        for root, dirs, files in os.walk(location):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                path = os.path.join(root, name)
                with contextlib.suppress(OSError):
                    st = os.stat(path)
                    h.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
        if os.path.isfile(location):
            with contextlib.suppress(OSError):
                st = os.stat(location)
                h.update(f"{location}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _file_hash(path: str) -> str:
    try:
        with open(path, "rb") as f:
            return content_hash(f.read())
    except OSError:
        return "missing"


def _module_hash(config: Config, spec: str) -> str:
    if spec.endswith(".py") or "/" in spec or os.sep in spec:
        return _file_hash(config.resolve(spec))
    try:
        found = importlib.util.find_spec(spec)
    except (ImportError, ValueError):
        found = None
    return _file_hash(found.origin) if found is not None and found.origin else "unknown"


class Cache:
    """One cache file: ``{path: [content hash, [finding, ...]]}``."""

    def __init__(self, directory: str, key: str) -> None:
        self.directory = directory
        self.path = os.path.join(directory, f"v{FORMAT}", f"{key}.json")
        self.entries: dict[str, list[Any]] = {}
        self.changed = False
        with contextlib.suppress(OSError, ValueError):
            with open(self.path, encoding="utf-8") as f:
                loaded = json.load(f)
            if isinstance(loaded, dict):
                self.entries = loaded

    @staticmethod
    def digest(data: bytes) -> str:
        return content_hash(data)

    def has_entries(self) -> bool:
        """Is there anything to look up (not a first run with these settings)?"""
        return bool(self.entries)

    def get(self, path: str, digest: str) -> list[Finding] | None:
        entry = self.entries.get(path)
        try:
            if entry is None or entry[0] != digest:
                return None
            return [_finding(row) for row in entry[1]]
        except (TypeError, KeyError, IndexError):  # an entry damaged by hand: lint the file
            return None

    def put(self, path: str, digest: str, findings: Iterable[Finding]) -> None:
        self.entries[path] = [digest, [_row(f) for f in findings]]
        self.changed = True

    def save(self) -> None:
        """Write the cache atomically; a cache that cannot be written is silently skipped."""
        if not self.changed:
            return
        with contextlib.suppress(OSError):
            folder = os.path.dirname(self.path)
            os.makedirs(folder, exist_ok=True)
            _mark_cache_dir(self.directory)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
            try:
                os.chmod(tmp, 0o644)
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(self.entries, f, separators=(",", ":"))
                os.replace(tmp, self.path)
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


def _mark_cache_dir(directory: str) -> None:
    """Keep the cache out of git and backups, as other tools' caches do."""
    marks = {
        ".gitignore": "# Created by outreach-lint.\n*\n",
        "CACHEDIR.TAG": "Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file is a cache directory tag created by outreach-lint.\n",
    }
    for name, text in marks.items():
        path = os.path.join(directory, name)
        if not os.path.exists(path):
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)


def _row(f: Finding) -> list[Any]:
    return [*f[:7], f.severity.value, *f[8:]]


_SEVERITIES: Mapping[Any, Severity] = {s.value: s for s in Severity}


def _finding(row: list[Any]) -> Finding:
    return Finding._make([*row[:7], _SEVERITIES[row[7]], *row[8:]])
