"""Referral asks: a message that asks the reader to suggest someone else pitches no job to them.

All patterns run on ``Message.folded``.
"""

from __future__ import annotations

from outreach_lint.message import Message
from outreach_lint.prefilter import prefiltered

_REFERRAL = prefiltered(
    r"\b(?:do|would|could|might)\s+you\s+(?:happen\s+to\s+)?know\s+(?:of\s+)?(?:anyone|"
    r"anybody|someone|somebody|people)\b"
    r"|\bis\s+there\s+(?:anyone|anybody|someone|somebody)\b"
    r"|\b(?:anyone|anybody|someone|somebody)\s+(?:in\s+your\s+network|you(?:'d|\s+would|\s+could)"
    r"\s+(?:recommend|suggest|point\s+me\s+to)|you\s+think\s+I\s+should)\b"
    r"|\bwho\s+(?:would|might|should|could)\s+you\s+(?:recommend|suggest)\b"
    r"|\b(?:recommend|refer|introduce|point\s+me\s+to(?:wards)?)\s+(?:me\s+to\s+)?(?:anyone|"
    r"anybody|someone|somebody|a\s+(?:former\s+)?(?:colleague|friend|peer))\b",
    # the analysis finds "you" and "who", in nearly every text
    needs=(
        "know",
        "anyone",
        "anybody",
        "someone",
        "somebody",
        "recommend",
        "suggest",
        "refer",
        "introduc",
        "point",
    ),
)
_ASKS_THEM_TOO = prefiltered(
    r"\bif\s+(?:not|this\s+(?:isn't|is\s+not|doesn't|does\s+not)|it's\s+not|it\s+isn't|"
    r"you're\s+not|you\s+aren't|now\s+isn't)\b"
    r"|\b(?:are|would|might|could)\s+you\s+(?:be\s+)?(?:interested|open|keen|up\s+for|tempted|"
    r"available)\b|\binterested\s*\?|\bor\s+you\b|\byourself\b"
)


def asks_for_referral(message: Message) -> bool:
    """Does the message ask the reader to suggest someone else ("Would you know anyone from that
    team who might want to hear about it?") rather than pitch the job to them? Not when it
    pitches to them as well ("If not, do you know anyone?")."""
    folded = message.folded
    return _REFERRAL.search(folded) is not None and _ASKS_THEM_TOO.search(folded) is None
