"""Is a message written in English? The rules that judge what a message says, rather than
look for a phrase, read English (``Rule.english``): on a template in French or Japanese they
would find no purpose, no ask and no role in any of it, and fire on every good one.

The answer comes from the commonest short words, counted where a space or a line break is on
both sides: English ones ("the", "you", "and"...) against those of the other languages
agencies write in most (French, Spanish, Portuguese, Italian, German, Dutch, Polish), and from
the share of letters outside the Latin script (Arabic, Hebrew, Cyrillic, Greek, Chinese,
Japanese, Korean...). A message with neither kind of word, short or all names, counts as
English: the rules run as they always have.
"""

from __future__ import annotations

import re

from outreach_lint.message import Message, per_message

_ENGLISH_FIRST = (" the ", " you")
"""Two of them, both found, settle most English messages at once."""
_ENGLISH = (" and ", " to ", " your ", " for ", " with ", " i ", " we ", " my ", " is ", " of ")
_OTHER = (
    # French, Spanish, Portuguese, Italian: articles, "and", "that", "for", "you", "is"
    " le ",
    " la ",
    " les ",
    " des ",
    " et ",
    " vous ",
    " est ",
    " une ",
    " pour ",
    " je ",
    " nous ",
    " el ",
    " los ",
    " las ",
    " y ",
    " que ",
    " para ",
    " con ",
    " es ",
    " una ",
    " o ",
    " os ",
    " você ",
    " não ",
    " com ",
    " il ",
    " di ",
    " che ",
    " è ",
    " sono ",
    " del ",
    # German, Dutch, Polish
    " der ",
    " die ",
    " das ",
    " und ",
    " ich ",
    " sie ",
    " ist ",
    " nicht ",
    " mit ",
    " für ",
    " het ",
    " een ",
    " en ",
    " ik ",
    " van ",
    " niet ",
    " voor ",
    " się ",
    " jest ",
    " nie ",
    " na ",
    " w ",
    " z ",
)
_NOT_LATIN = re.compile(r"[\u0370-\u1dff\u2e80-\ua4ff\uac00-\ud7af\uf900-\ufaff\uff66-\uffdc]")
"""Letters of scripts other than Latin: Greek to Ethiopic and Cyrillic, Arabic, Hebrew,
Indic; CJK, kana and Hangul."""


@per_message
def in_english(message: Message) -> bool:
    """Does ``message`` read as English (or give no sign of another language)?"""
    folded = message.folded
    if " the " in folded and " you" in folded:  # most English messages: found near the start
        return True
    text = f" {folded.replace(chr(10), ' ')} "  # words at the ends and around line breaks
    english = sum(text.count(w) for w in (*_ENGLISH_FIRST, *_ENGLISH))
    if english >= _PLAINLY:
        return True
    if not text.isascii():
        letters = sum(c.isalpha() for c in text)
        if letters and len(_NOT_LATIN.findall(text)) * 10 >= letters * 3:
            return False
    other = sum(text.count(w) for w in _OTHER)
    return not (other >= 3 and other > 2 * english)


_PLAINLY = 6
"""English words enough to call a message English without looking for others."""
