"""The ``salesforce`` placeholder dialect: Salesforce merge fields.

Acme sends from an ATS built on Salesforce, whose classic e-mail templates use the Salesforce
Merge Language: ``{!Contact.FirstName}``, with substitute text for an empty field written
``{!Contact.FirstName, there}`` or ``{!BLANKVALUE(Contact.FirstName, "there")}``. Other
formulas (``{!IF(...)}``, ``{!TODAY()}``) are read as tags: outreach-lint does not evaluate
them, so they are not message text.
"""

from __future__ import annotations

import re

from outreach_lint import Dialect

SALESFORCE = Dialect(
    name="salesforce",
    summary="Salesforce merge fields, as in ATSs built on Salesforce ({!Contact.FirstName}, "
    '{!Contact.FirstName, there}, {!BLANKVALUE(Contact.FirstName, "there")})',
    placeholder=re.compile(
        r"\{!\s*(?P<blank>BLANKVALUE\(\s*)?(?P<name>[A-Za-z_][\w.]*)\s*"
        r"(?:,\s*(?P<q>\"?)(?P<fallback>[^\"{}\n]*?)(?P=q)\s*)?"
        r"(?(blank)\))\s*\}"
    ),
    tag=re.compile(r"\{!\s*(?!BLANKVALUE\b)[A-Za-z]+\([^{}]*\)\s*\}"),
    stray=re.compile(r"\{!"),
)
