"""Baselines: adopt the linter on an existing repository without fixing everything first.

A baseline file records the findings a repository has today; a later run reports only findings
that are not in it. Findings are matched by fingerprint (``outreach_lint.fingerprint``), which
leaves out the line, so editing a file elsewhere does not bring recorded findings back.
Matching counts entries: two identical findings need two entries, and a third one is new.
Entries no longer found are *stale* (the finding was fixed) and can be dropped by writing the
baseline again.

The file is JSON, documented in ``docs/formats.md``::

    {"version": 1, "tool": "outreach-lint",
     "findings": [{"fingerprint": ..., "path": ..., "code": ..., "message": ...}, ...]}

Only ``fingerprint`` is used for matching; ``path``, ``code`` and ``message`` make the file
readable in review. Entries are sorted by path, code and fingerprint so rewrites diff cleanly.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from outreach_lint.fingerprint import fingerprints, repo_path
from outreach_lint.model import Finding

VERSION = 1
TOOL = "outreach-lint"


class BaselineError(Exception):
    """A baseline file that cannot be read, written or understood; the message names it."""


class BaselineEntry(NamedTuple):
    fingerprint: str
    path: str
    code: str
    message: str


class Baseline(NamedTuple):
    path: str
    entries: tuple[BaselineEntry, ...]


class BaselineResult(NamedTuple):
    """The findings not in the baseline, and how many entries matched or are stale."""

    new: list[Finding]
    matched: int
    stale: int


def baseline_entries(
    findings: Sequence[Finding], kept: Sequence[BaselineEntry] = ()
) -> list[BaselineEntry]:
    """The sorted entries that record ``findings``, and the ``kept`` ones."""
    entries = [
        BaselineEntry(fp, repo_path(f.path), f.code, f.message)
        for f, fp in zip(findings, fingerprints(findings), strict=True)
    ]
    return sorted([*entries, *kept], key=lambda e: (e.path, e.code, e.fingerprint))


class Scope:
    """What a run looked at: the files it linted and, in each, the codes it checked. Baseline
    entries outside it say nothing about this run: a run over some files (pre-commit names the
    changed ones) or some rules (``--select OL3``) neither fixes nor drops the others'."""

    def __init__(self, linted: Iterable[str], checks: Callable[[str, str], bool]) -> None:
        self._linted = {repo_path(p): p for p in linted}
        self._checks = checks

    def covers(self, entry: BaselineEntry) -> bool:
        path = self._linted.get(repo_path(entry.path))
        return path is not None and self._checks(path, entry.code)


def others(path: str | os.PathLike[str], scope: Scope) -> list[BaselineEntry]:
    """The entries of the baseline file at ``path`` that ``scope`` does not cover, about files
    that still exist: a run that writes the baseline keeps them. None when there is no
    readable baseline there yet."""
    try:
        existing = load_baseline(path)
    except BaselineError:
        return []
    return [e for e in existing.entries if not scope.covers(e) and os.path.isfile(e.path)]


def write_baseline(
    findings: Sequence[Finding],
    path: str | os.PathLike[str],
    kept: Sequence[BaselineEntry] = (),
) -> None:
    """Record ``findings`` (and the ``kept`` entries) in a baseline file, replacing it
    atomically.

    The text goes to a temporary file in the same folder, which then replaces ``path`` in one
    step, so an interrupted run never leaves a truncated baseline.
    """
    target = Path(path)
    data = {
        "version": VERSION,
        "tool": TOOL,
        "findings": [entry._asdict() for entry in baseline_entries(findings, kept)],
    }
    text = _json(data)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(8)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise BaselineError(f"cannot write baseline file {target}: {exc.strerror or exc}") from exc


def _json(data: dict[str, Any]) -> str:
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A file name's byte that is not UTF-8, which Python reads as a lone surrogate: UTF-8
        # text cannot hold it, its JSON escape ("caf\\udce9.txt") reads back as the same name.
        text = re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m[0]):04x}", text)
    return text


def load_baseline(path: str | os.PathLike[str]) -> Baseline:
    """Read a baseline file, or raise ``BaselineError`` saying what is wrong with it."""
    name = os.fspath(path)
    try:
        text = Path(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(f"baseline file {name} not found") from None
    except UnicodeDecodeError:
        raise BaselineError(f"baseline file {name} is not UTF-8 text") from None
    except OSError as exc:
        raise BaselineError(f"cannot read baseline file {name}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(
            f"baseline file {name} is not valid JSON: {exc.msg} (line {exc.lineno},"
            f" column {exc.colno})"
        ) from None
    return Baseline(name, _entries(data, name))


def _entries(data: Any, name: str) -> tuple[BaselineEntry, ...]:
    def invalid(reason: str) -> BaselineError:
        return BaselineError(f"baseline file {name} is invalid: {reason}")

    if not isinstance(data, dict):
        raise invalid("expected a JSON object")
    if data.get("tool") != TOOL:
        raise invalid(f'"tool" must be "{TOOL}"')
    if data.get("version") != VERSION:
        raise invalid(f"unsupported version {data.get('version')!r} (expected {VERSION})")
    items = data.get("findings")
    if not isinstance(items, list):
        raise invalid('"findings" must be a list')
    entries = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise invalid(f"findings[{i}] is not an object")
        fields = {key: item.get(key, "") for key in BaselineEntry._fields}
        for key, value in fields.items():
            if not isinstance(value, str):
                raise invalid(f'findings[{i}]["{key}"] must be a string')
        if not fields["fingerprint"]:
            raise invalid(f'findings[{i}] has no "fingerprint"')
        entries.append(BaselineEntry(**fields))
    return tuple(entries)


def apply_baseline(
    findings: Sequence[Finding], baseline: Baseline, scope: Scope | None = None
) -> BaselineResult:
    """Drop the findings recorded in ``baseline``, entry for entry, keeping their order. The
    entries left over are stale (fixed); given the run's ``scope``, only those it covers
    count."""
    entries = baseline.entries
    if scope is not None:
        entries = tuple(e for e in entries if scope.covers(e))
    remaining = Counter(entry.fingerprint for entry in entries)
    new: list[Finding] = []
    matched = 0
    for f, fp in zip(findings, fingerprints(findings), strict=True):
        if remaining[fp] > 0:
            remaining[fp] -= 1
            matched += 1
        else:
            new.append(f)
    return BaselineResult(new, matched, sum(remaining.values()))
