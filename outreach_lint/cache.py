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

FORMAT = 2
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
    """One cache file: ``{"kinds": [...], "texts": [...], "entries": {path: [content hash,
    [row, ...]]}}``. A row is ``[line, column, end line, end column, kind, text, template,
    snippet]``: ``kind`` indexes ``kinds`` (a finding's code, rule name, plugin and severity)
    and ``text`` indexes ``texts`` (its message). A run over 10,000 templates reads 50,000
    findings back, most of them one of a few hundred messages: stored once each, they are read
    once, which halves the time a run over unchanged files takes to load its cache."""

    def __init__(self, directory: str, key: str) -> None:
        self.directory = directory
        self.path = os.path.join(directory, f"v{FORMAT}", f"{key}.json")
        self.entries: dict[str, list[Any]] = {}
        self.kinds: list[list[Any]] = []
        self.texts: list[str] = []
        self.changed = False
        with contextlib.suppress(OSError, ValueError):
            with open(self.path, encoding="utf-8") as f:
                loaded = json.load(f)
            if isinstance(loaded, dict) and isinstance(loaded.get("entries"), dict):
                self.entries = loaded["entries"]
                self.kinds = list(loaded.get("kinds") or [])
                self.texts = list(loaded.get("texts") or [])
        self._loaded = bool(self.entries)
        self._kind_index: dict[tuple[Any, ...], int] | None = None
        self._text_index: dict[str, int] | None = None

    @staticmethod
    def digest(data: bytes) -> str:
        return content_hash(data)

    def has_entries(self) -> bool:
        """Is there anything to look up (not a first run with these settings)?"""
        return bool(self.entries)

    def get(self, path: str, digest: str) -> list[Finding] | None:
        entry = self.entries.get(path)
        kinds, texts = self.kinds, self.texts
        try:
            if entry is None or entry[0] != digest:
                return None
            out = []
            for line, column, end_line, end_column, kind, text, template, snippet in entry[1]:
                code, rule, plugin, severity = kinds[kind]
                out.append(
                    Finding(
                        path,
                        line,
                        column,
                        end_line,
                        end_column,
                        code,
                        texts[text],
                        _SEVERITIES[severity],
                        rule,
                        plugin,
                        template,
                        snippet,
                    )
                )
            return out
        except (TypeError, KeyError, IndexError, ValueError):  # damaged by hand: lint the file
            return None

    def put(self, path: str, digest: str, findings: Iterable[Finding]) -> None:
        self.entries[path] = [digest, [self._row(f) for f in findings]]
        self.changed = True

    def _row(self, f: Finding) -> list[Any]:
        if self._kind_index is None or self._text_index is None:
            self._kind_index = {tuple(k): i for i, k in enumerate(self.kinds)}
            self._text_index = {t: i for i, t in enumerate(self.texts)}
        kind = (f.code, f.rule, f.plugin, f.severity.value)
        k = self._kind_index.get(kind)
        if k is None:
            k = self._kind_index[kind] = len(self.kinds)
            self.kinds.append(list(kind))
        t = self._text_index.get(f.message)
        if t is None:
            t = self._text_index[f.message] = len(self.texts)
            self.texts.append(f.message)
        return [f.line, f.column, f.end_line, f.end_column, k, t, f.template, f.snippet]

    def save(self) -> None:
        """Write the cache atomically; a cache that cannot be written is silently skipped."""
        if not self.changed:
            return
        if self._loaded:  # entries replaced, or damaged by hand, may leave unused kinds and texts
            data = _compacted(self.entries, self.kinds, self.texts)
        else:  # a first run: every kind and text is one its entries use
            data = {"kinds": self.kinds, "texts": self.texts, "entries": self.entries}
        with contextlib.suppress(OSError):
            folder = os.path.dirname(self.path)
            os.makedirs(folder, exist_ok=True)
            _mark_cache_dir(self.directory)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
            try:
                os.chmod(tmp, 0o644)
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(data, f, separators=(",", ":"))
                os.replace(tmp, self.path)
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


def _compacted(
    entries: dict[str, list[Any]], kinds: list[list[Any]], texts: list[str]
) -> dict[str, Any]:
    """The cache file's contents, with only the kinds and texts its entries still use (a
    file's findings replaced leave theirs behind); an entry damaged by hand is left out."""
    kept_kinds: dict[int, int] = {}
    kept_texts: dict[int, int] = {}
    out: dict[str, list[Any]] = {}
    for path, entry in entries.items():
        if not _sound(entry, len(kinds), len(texts)):
            continue
        digest, rows = entry
        new_rows = []
        for row in rows:
            kind = kept_kinds.setdefault(row[4], len(kept_kinds))
            text = kept_texts.setdefault(row[5], len(kept_texts))
            new_rows.append([*row[:4], kind, text, *row[6:]])
        out[path] = [digest, new_rows]
    return {
        "kinds": [kinds[i] for i in kept_kinds],
        "texts": [texts[i] for i in kept_texts],
        "entries": out,
    }


def _sound(entry: Any, kinds: int, texts: int) -> bool:
    """Is ``entry`` a content hash and rows of eight values whose kind and text exist?"""
    try:
        digest, rows = entry
        return isinstance(digest, str) and all(
            len(row) == 8 and 0 <= row[4] < kinds and 0 <= row[5] < texts for row in rows
        )
    except (TypeError, ValueError):
        return False


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


_SEVERITIES: Mapping[Any, Severity] = {s.value: s for s in Severity}
