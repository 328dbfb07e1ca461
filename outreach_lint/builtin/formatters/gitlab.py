"""``gitlab``: GitLab Code Quality report, shown in merge requests.

A JSON array of issues with ``description`` (``CODE message``), ``check_name`` (the code),
``fingerprint`` (GitLab compares reports of two pipelines by it), ``severity`` and
``location`` (``path`` with ``/`` separators, ``lines.begin``). Code Quality has no "error",
so severities map to its scale: error is ``major``, warning is ``minor``, info is ``info``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from outreach_lint.fingerprint import fingerprints, root_path
from outreach_lint.model import Finding, ReportContext, Severity
from outreach_lint.paths import as_text

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    return json.dumps(issues(findings), indent=2, sort_keys=True) + "\n"


def issues(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    """The findings as Code Quality issues."""
    return [
        {
            "description": f"{f.code} {f.message}",
            "check_name": f.code,
            "fingerprint": fp,
            "severity": SEVERITIES[f.severity],
            "location": {"path": as_text(root_path(f.path)), "lines": {"begin": f.line}},
        }
        for f, fp in zip(findings, fingerprints(findings), strict=True)
    ]
