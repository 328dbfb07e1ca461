"""The hooks outreach-lint calls: Acme's rules, the ``salesforce`` dialect and a config key.

Every Acme rule is opt-in (``default=False``): a templates repo turns them on with
``extend-select: [ACME]``. An agency's own plugin would usually leave its rules on; these are
off because the package is also installed where outreach-lint itself is developed and tested.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from outreach_lint import Dialect, Option, Rule, hookimpl, load_pack

from outreach_lint_acme.rules import RULES
from outreach_lint_acme.rules.confidential_client_named import OPTION
from outreach_lint_acme.salesforce import SALESFORCE

PACK = Path(__file__).with_name("house_style.yaml")
"""Acme's phrase rules, written by its recruiters as a YAML rule pack."""


@hookimpl
def outreach_lint_rules() -> Sequence[Rule]:
    pack = load_pack(str(PACK), display="outreach_lint_acme/house_style.yaml")
    return (*RULES, *(rule._replace(default=False) for rule in pack))


@hookimpl
def outreach_lint_dialects() -> Sequence[Dialect]:
    return (SALESFORCE,)


@hookimpl
def outreach_lint_options() -> Mapping[str, Option]:
    return {OPTION: Option([], "names of clients Acme recruits for in confidence", (list,))}
