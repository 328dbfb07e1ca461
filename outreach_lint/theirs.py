"""Does the text before a placeholder say it is the recipient's? "your {{ x }}", "your work on
{{ x }}", "you've run nights on {{ x }}": then a placeholder whose name says nothing known is
about them (``RuleContext.kind``)."""

from __future__ import annotations

import re

from outreach_lint.patterns import compile_regex

_THEIRS_BEFORE = compile_regex(
    r"\byour\s+(?:[\w'-]+,?\s+){0,4}?[\"'(]?$"
    r"|\byou(?:'ve|\s+have)?\s+(?:(?:also|already|just|recently|once)\s+)?(?:built|led|shipped|"
    r"scaled|designed|wrote|written|created|grew|grown|ran|run|managed|worked|spent|delivered|"
    r"launched|developed|taught|published|contributed|mentored|migrated|maintained|owned|"
    r"implemented|presented|won|organised|organized|sold|closed|trained|coached|spoke|spoken|"
    r"gave|given|started|founded|studied|completed|finished|made|set\s+up|joined|work|works|"
    r"manage|lead|head|headed|oversee|oversaw|supervise|supervised|took|taken|opened|reopened|"
    r"handled|transformed|turned|moved|rebuilt|look(?:ed)?\s+after|supported|nursed|cared|"
    r"treated|covered|drove|driven|done|did)\b[^.!?\n]*$"
    # "you're at {{ council }}", "you're currently working for {{ trust }}"
    r"|\byou(?:'re|\s+are)\s+(?:(?:currently|now|still)\s+)?(?:at|with|working\s+(?:at|for|"
    r"with|in))\s+$"
    # "you've been at {{ base }}", "you've been running nights on {{ bay }}", "you've been
    # on charity audits at {{ company }}", "you've been a charge nurse at {{ bay }}", "you're
    # now leading the team at {{ hospital }}"
    r"|\byou(?:'ve|\s+have)\s+been\s+(?:\w+ing|at|with|on|in|an?)\b[^.!?\n]*$"
    r"|\byou(?:'re|\s+are)\s+(?:(?:currently|now|still|already)\s+)?\w+ing\b[^.!?\n]*$"
    # "congratulations on taking {{ home_name }} to Good", "congrats on moving to {{ trust }}"
    r"|\bcongrat(?:s|ulations)\s+on\b[^.!?\n]*$"
    # "since we placed you at {{ last_placement }}"
    r"|\bplaced\s+you\s+(?:at|with|in|on)\s+$",
    re.IGNORECASE,
)


def theirs(before: str) -> bool:
    """Does ``before``, the text of a sentence up to a placeholder, say the placeholder is the
    recipient's: "your {{ x }}", "your work on {{ x }}", 'your Ktor plugin, "{{ x }}"', "you've run
    nights on {{ x }}"?"""
    return _THEIRS_BEFORE.search(before) is not None
