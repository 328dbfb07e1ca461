"""``sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run whose driver lists every rule of the run (id, name, summary, Markdown docs, default
level, plugin) and one result per finding. Locations are URIs relative to ``%SRCROOT%``: the
repository root the viewer checks out (the nearest folder up from the working folder that
holds ``.git``; the working folder outside a repository), named in ``originalUriBaseIds``; a
file outside it is an absolute ``file:`` URI. Regions use 1-based lines and columns counted in
Unicode code points (``columnKind``) with the end column just past the flagged text, and
``partialFingerprints`` carries the position-free fingerprint so a finding keeps its identity
when lines are added above it.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

from outreach_lint.fingerprint import fingerprints
from outreach_lint.model import Finding, ReportContext, Rule, Severity
from outreach_lint.paths import inside, relative, source_root

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/outreach-lint/outreach-lint"
FINGERPRINT_KEY = "outreachLint/v1"
SRCROOT = "%SRCROOT%"
_DRIVE = re.compile(r"^[A-Za-z]:/")

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    return json.dumps(sarif_log(findings, context), indent=2) + "\n"


def sarif_log(findings: Sequence[Finding], context: ReportContext) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict."""
    rules = sorted(context.rules.values(), key=lambda r: r.code)
    descriptors = [_descriptor(r) for r in rules]
    index = {r.code: i for i, r in enumerate(rules)}
    for f in findings:
        if f.code not in index:
            index[f.code] = len(descriptors)
            descriptors.append(_bare_descriptor(f))
    driver: dict[str, Any] = {"name": "outreach-lint"}
    if context.version:
        driver["version"] = context.version
    driver["informationUri"] = INFORMATION_URI
    driver["rules"] = descriptors
    root = source_root()
    locate = _locator(root)
    results = [
        _result(f, index[f.code], fp, locate(f.path))
        for f, fp in zip(findings, fingerprints(findings), strict=True)
    ]
    run = {
        "tool": {"driver": driver},
        "originalUriBaseIds": {SRCROOT: {"uri": _file_uri(root, folder=True)}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.docs, "markdown": rule.docs},
        "help": {"text": rule.docs, "markdown": rule.docs},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"plugin": rule.plugin},
    }


def _bare_descriptor(f: Finding) -> dict[str, Any]:
    """A descriptor for a code with no ``Rule`` (a file that could not be read or parsed)."""
    descriptor: dict[str, Any] = {"id": f.code}
    if f.rule:
        descriptor["name"] = f.rule
    descriptor["defaultConfiguration"] = {"level": LEVELS[f.severity]}
    descriptor["properties"] = {"plugin": f.plugin}
    return descriptor


def _result(f: Finding, rule_index: int, fp: str, location: dict[str, str]) -> dict[str, Any]:
    region = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
    }
    return {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
        "partialFingerprints": {FINGERPRINT_KEY: fp},
    }


def _locator(root: str) -> Callable[[str], dict[str, str]]:
    """The artifact location of a path of this run, with ``root`` as ``%SRCROOT%`` (once per
    file: a file's findings share it)."""
    here = relative(os.getcwd(), root)
    prefix = "" if here == "." else here + "/"
    known: dict[str, dict[str, str]] = {}

    def locate(path: str) -> dict[str, str]:
        if path not in known:
            if os.path.isabs(path):
                within = inside(path, root)
                known[path] = artifact_location(path if within is None else within)
            else:
                known[path] = artifact_location(path, prefix)
        return known[path]

    return locate


def artifact_location(path: str, prefix: str = "") -> dict[str, str]:
    """A relative path (from the working folder, which is ``prefix`` in the root: ``"t/"``) as
    a URI relative to ``%SRCROOT%``; an absolute one, or one that leads out of the root, as a
    ``file:`` URI."""
    posix = path.replace("\\", "/")
    if _DRIVE.match(posix) or posix.startswith("/"):
        return {"uri": _file_uri(posix)}
    within = posixpath.normpath(prefix + posix)
    if within == ".." or within.startswith("../"):
        return {"uri": _file_uri(os.path.abspath(path).replace("\\", "/"))}
    return {"uri": _quote(within), "uriBaseId": SRCROOT}


def _file_uri(path: str, folder: bool = False) -> str:
    """An absolute path (``/`` separators) as a ``file:`` URI; a ``folder``'s ends with ``/``."""
    posix = path.replace("\\", "/")
    if folder and not posix.endswith("/"):
        posix += "/"
    if _DRIVE.match(posix):
        return "file:///" + posix[:2] + _quote(posix[2:])
    if posix.startswith("//"):  # a network share: //server/share
        return "file:" + _quote(posix)
    return "file://" + _quote(posix)


def _quote(path: str) -> str:
    """``path`` percent-encoded for a URI: its UTF-8 bytes, or the bytes of the file name as
    they are where they are not UTF-8 (``caf\\xe9.txt`` is ``caf%E9.txt``)."""
    return quote(path, safe="/", errors="surrogateescape")
