"""Placeholder names as lower-case words, whatever their style."""

from __future__ import annotations

import re

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def name_words(name: str) -> tuple[str, ...]:
    """``Job__c.Pay_Rate__c`` -> ``('job', 'c', 'pay', 'rate', 'c')``."""
    return tuple(re.findall(r"[a-z0-9]+", _CAMEL.sub(" ", name).lower()))
