"""outreach-lint-acme: Acme Talent's house rules for outreach-lint.

Everything outreach-lint needs is in ``outreach_lint_acme.plugin``, the module the
``outreach_lint`` entry point names.
"""

from __future__ import annotations

__version__ = "0.1.0"
