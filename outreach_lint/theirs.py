"""Does the text before a placeholder say it is the recipient's? "your {{ x }}", "your work on
{{ x }}", "your work on falls response at {{ x }}", "you've run nights on {{ x }}": then a
placeholder whose name says nothing known is about them (``RuleContext.kind``). An agency's name
after what they did there ("you've done home care with {{ agency }}") is theirs too, not the
sender's."""

from __future__ import annotations

import re

from outreach_lint.patterns import compile_regex

WORK_ON_NOTHING = (
    r"(?:[\w'-]+\s+)?(?:work|research)\s+(?:on|in)\s+(?:(?:the|your|our|my|their|all|some|"
    r"various|different|many)\s+)?(?:things|everything|anything|stuff|projects?|growth|teams?|"
    r"careers?|roles?|jobs?|industry|sector|field|business|company|work|it|this|that|general)\b"
)
""""your work on things", "… on everything", "… on your team", "… on your career": what they
work on, named by nothing."""

_THEIRS_BEFORE = compile_regex(
    r"\byour\s+(?!" + WORK_ON_NOTHING + r")(?:[\w'-]+,?\s+){0,4}?[\"'(]?$"
    # "your work on falls response at {{ x }}": where they do it (not "your work on day one
    # would be at {{ x }}", the job's)
    r"|\byour\s+(?!" + WORK_ON_NOTHING + r")(?:[\w'-]+\s+)?(?:work|research)\s+(?:on|in)\s+"
    r"(?!(?:[\w'-]+\s+){0,3}?(?:would|"
    r"will|is|are|was|be|could|can|should|might)\b)(?:[\w'-]+\s+){1,4}?(?:at|with|for)\s+$"
    r"|\byou(?:'ve|\s+have)?\s+(?:(?:also|already|just|recently|once)\s+)?(?:built|led|shipped|"
    r"scaled|designed|wrote|written|created|grew|grown|ran|run|managed|worked|spent|delivered|"
    r"launched|developed|taught|published|contributed|mentored|migrated|maintained|owned|"
    r"implemented|presented|won|organised|organized|sold|closed|trained|coached|spoke|spoken|"
    r"gave|given|started|founded|studied|completed|finished|made|set\s+up|joined|work|works|"
    r"manage|lead|head|headed|oversee|oversaw|supervise|supervised|took|taken|opened|reopened|"
    r"handled|transformed|turned|moved|rebuilt|look(?:ed)?\s+after|supported|nursed|cared|"
    r"treated|covered|drove|driven|done|did|modelled|modeled|analysed|analyzed|researched|"
    r"audited|engineered|planned|programmed|authored|co-authored|produced|directed)\b[^.!?\n]*$"
    # "you're certified in {{ epic_module }}" (not "if you're certified in …")
    r"|(?<!\bif\s)(?<!\bwhen\s)(?<!\bonce\s)\byou(?:'re|\s+are)\s+(?:(?:now|already|fully)\s+)?"
    r"(?:certified|qualified|accredited|licensed|chartered)\s+(?:in|on|as|for)\b[^.!?\n]*$"
    # "I saw you interpret {{ languages }} for NHS clinics" (not asked: "do you interpret …",
    # "if you translate …")
    r"|(?<!\bdo\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bwill\s)(?<!\bif\s)"
    r"(?<!\bwhen\s)(?<!\bdid\s)\byou(?:'ve|\s+have)?\s+(?:(?:also|already|now)\s+)?"
    r"(?:interpret|interpreted|translate|translated)\b[^.!?\n]*$"
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


_PLACE_WORDS = frozenset(
    "city town region location area county country state postcode zip place locale district "
    "borough suburb neighbourhood neighborhood industry sector".split()
)
_AT_THE_END = compile_regex(
    r"\byour\s+(?:[\w'-]+\s+)?(?:work|research)\s+(?:on|in)\s+(?:[\w'&-]+\s+){1,4}?(?:at|with|"
    r"for|in)\s+$",
    re.IGNORECASE,
)


def a_place(name_words: tuple[str, ...], before: str) -> bool:
    """Is a placeholder whose name has ``name_words`` a place or an industry, after their work on
    something (``before``, the text of its sentence up to it): "your work on sales at
    {{ region }}", "… at {{ city }}", "… at {{ industry }}"? That is where anyone on the list may
    be, not where they work (not "your branch in {{ branch_town }} topped the league")."""
    return bool(_PLACE_WORDS.intersection(name_words)) and _AT_THE_END.search(before) is not None


def theirs(before: str) -> bool:
    """Does ``before``, the text of a sentence up to a placeholder, say the placeholder is the
    recipient's: "your {{ x }}", "your work on {{ x }}", 'your Ktor plugin, "{{ x }}"', "you've run
    nights on {{ x }}"?"""
    return _THEIRS_BEFORE.search(before) is not None


_WORKED_THERE = compile_regex(
    r"\byou(?:'ve|\s+have)?\s+(?:(?:also|already|recently|previously|once)\s+)?(?:done|did|"
    r"worked|work)(?:\s+(?!(?:with|at|for|us|we|our|me|my|i)\b)[\w'-]+){0,4}\s+(?:with|at|for)\s+$",
    re.IGNORECASE,
)
_OURS_AFTER = compile_regex(r"\b(?:we|we're|we've|us|our|I|I'm|I've|me|my|before|again)\b", re.I)
_ASKED = compile_regex(
    r"\b(?:would|could|can|will|do|does|did|might|may|should|shall|if|when|to)\s+$", re.I
)
"""Before "you": a question or a what-if, not what they did ("could you work for {{ agency }}
this weekend?")."""


def their_agency(before: str, after: str) -> bool:
    """Does the text say an agency's placeholder between ``before`` and ``after`` (its sentence's
    text before and after it) is where the recipient works or worked: "you've done home care with
    {{ agency }} in Queens", "you work for {{ agency }}"? Not when the sentence goes on about the
    sender or working with them again ("you've done shifts with {{ agency }} before, so you
    know how we pay"): that may be the sender's own agency."""
    did = _WORKED_THERE.search(before)
    if did is None or _ASKED.search(before, 0, did.start()):
        return False
    return _OURS_AFTER.search(after) is None
