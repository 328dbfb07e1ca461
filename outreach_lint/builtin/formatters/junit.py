"""``junit``: JUnit XML, for CI test-report views (GitLab, Jenkins, Azure, CircleCI).

One ``<testsuite>`` per linted file (named by its path), one failing ``<testcase>`` per finding
(``CODE line:col``, with a ``<failure>`` whose type is the code), and one passing
``outreach-lint`` test case for a clean file, so clean files count as passed tests.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from outreach_lint.model import Finding, ReportContext

CLEAN_CASE = "outreach-lint"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    by_path: dict[str, list[Finding]] = {path: [] for path in context.files}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    root = ET.Element(
        "testsuites",
        name="outreach-lint",
        tests=str(sum(max(len(fs), 1) for fs in by_path.values())),
        failures=str(len(findings)),
    )
    for path in sorted(by_path):
        root.append(_suite(path, by_path[path]))
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _suite(path: str, findings: list[Finding]) -> ET.Element:
    suite = ET.Element(
        "testsuite",
        name=_xml(path),
        tests=str(max(len(findings), 1)),
        failures=str(len(findings)),
    )
    if not findings:
        ET.SubElement(suite, "testcase", name=CLEAN_CASE, classname=_xml(path))
    for f in findings:
        case = ET.SubElement(
            suite, "testcase", name=f"{f.code} {f.line}:{f.column}", classname=_xml(path)
        )
        failure = ET.SubElement(case, "failure", message=_xml(f.message), type=f.code)
        failure.text = _xml(f"{f.path}:{f.line}:{f.column}: {f.code} {f.message}")
    return suite


def _xml(text: str) -> str:
    """Replace characters XML 1.0 cannot hold (control characters) with U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)
