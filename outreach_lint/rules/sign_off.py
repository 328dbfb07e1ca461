"""Where a message's signature starts: the sign-off ("Kind regards,") and what follows it.

Rules that read what the sender says stop there (``text_end``): a signature's job title or
address is not part of the message.
"""

from __future__ import annotations

import re

from outreach_lint.message import Message, per_message
from outreach_lint.patterns import compile_folded

_SIGN_OFF_WORDS = (
    r"[ \t]*(?:(?:kind|best|warm|warmest|many|with\s+(?:best|kind|warm))\s+(?:regards|wishes)|"
    r"regards|best|thanks(?:\s+(?:again|so\s+much|in\s+advance))?|thank\s+you|many\s+thanks|"
    r"cheers|sincerely|yours\s+(?:sincerely|faithfully|truly)|talk\s+soon|speak\s+soon|"
    r"all\s+the\s+best|take\s+care|best\s+of\s+luck)[ \t]*"
)
_SIGN_OFF_LINE = _SIGN_OFF_WORDS + r"[,.!]?[ \t]*$"
SIGN_OFF = compile_folded("^" + _SIGN_OFF_LINE, re.MULTILINE)
"""A line that signs off ("Kind regards,")."""
SIGN_OFF_OPENING = compile_folded(_SIGN_OFF_WORDS + ",")
"""A sentence that opens with a sign-off and goes on: "Best wishes, and …" (``match`` at the
sentence's start)."""
# The same after a line break: the engine then tries only the line breaks, not every letter
# that can start a sign-off (four times as fast).
_SIGN_OFF_AFTER_BREAK = compile_folded("\n" + _SIGN_OFF_LINE, re.MULTILINE)


@per_message
def text_end(message: Message) -> int:
    """Where the sign-off ("Kind regards,") starts: the sender's signature follows it."""
    folded = message.folded
    m = SIGN_OFF.match(folded)
    if m is not None:
        return 0
    m = _SIGN_OFF_AFTER_BREAK.search(folded)
    return m.start() + 1 if m is not None else len(message.prose)
