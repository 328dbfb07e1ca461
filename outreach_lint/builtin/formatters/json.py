"""``json``: every finding as a JSON object, for scripts and dashboards.

The schema is stable and documented in ``docs/formats.md``: an array (in report order) of
objects with the keys ``path``, ``line``, ``column``, ``end_line``, ``end_column``, ``code``,
``rule``, ``message``, ``severity``, ``plugin``, ``template`` and ``fingerprint``. Keys are
sorted and the text is indented by two spaces, so reports diff cleanly.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from outreach_lint.fingerprint import fingerprints
from outreach_lint.model import Finding, ReportContext
from outreach_lint.paths import as_text


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    return json.dumps(records(findings), indent=2, sort_keys=True) + "\n"


def records(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    """The findings as JSON-ready dicts, in the documented schema."""
    return [
        {
            "path": as_text(f.path),
            "line": f.line,
            "column": f.column,
            "end_line": f.end_line,
            "end_column": f.end_column,
            "code": f.code,
            "rule": f.rule,
            "message": f.message,
            "severity": f.severity.value,
            "plugin": f.plugin,
            "template": f.template,
            "fingerprint": fp,
        }
        for f, fp in zip(findings, fingerprints(findings), strict=True)
    ]
