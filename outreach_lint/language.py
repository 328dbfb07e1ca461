"""Is a message written in English? The rules that judge what a message says, rather than
look for a phrase, read English (``Rule.english``): on a template in French or Japanese they
would find no purpose, no ask and no role in any of it, and fire on every good one.

The answer comes from the short words every sentence uses: how many different English ones
("the", "you", "we", "at"...) against how many of the other languages agencies write in
most (French, Spanish, Portuguese, Italian, German, Dutch, Polish: "vous", "und", "czy"...),
and from the share of letters outside the Latin script (Arabic, Hebrew, Cyrillic, Greek,
Chinese, Japanese, Korean...). Words both sides use ("a", "in", "me", "no", "is") count for
neither. Counting different words, not every one, keeps a few names ("Los Angeles, Las Vegas
or El Paso", "Ana de la Cruz") from outweighing an English sentence. A message with few such
words of either kind counts as English: the rules run as they always have.
"""

from __future__ import annotations

import re

from outreach_lint.message import Message, per_message

_ENGLISH = frozenset(
    "the you your you're and to for with i i'm i'd i've i'll we we're our my of at an are be "
    "been have has had this that would could should can it it's if about from what when how "
    "who which there here they their just let's hi hello thanks thank please".split()
)
_OTHER = frozenset(
    # French
    "le la les des du au aux et vous votre vos est une un pour je nous sur chez avec dans pas "
    "qui que ce cette mon ma mes sont j'ai c'est "
    # Spanish, Portuguese, Italian
    "el los las y para con es una del al lo por sobre mi tu te su sus muy pero como estoy "
    "tengo está o os você não com um da das dos seu sua em é il di che è sono della nel gli "
    # German, Dutch, Polish
    "der die das und ich sie ist nicht mit für wir eine ein einen bei auf ihre ihr zu sich "
    "dem den auch haben sind mich het een en ik van niet voor je jij jouw bij op met wij zijn "
    "naar się jest nie na w z czy że dla jak mam masz oraz".split()
)
_PLAIN = str.maketrans(dict.fromkeys(',.;:!?()[]{}"“”«»¿¡…—–/\n\t', " "))
"""Marks that stand next to words: read as spaces, so that "Hi," and "(vous" count."""
_NOT_LATIN = re.compile(r"[\u0370-\u1dff\u2e80-\ua4ff\uac00-\ud7af\uf900-\ufaff\uff66-\uffdc]")
"""Letters of scripts other than Latin: Greek to Ethiopic and Cyrillic, Arabic, Hebrew,
Indic; CJK, kana and Hangul."""


@per_message
def in_english(message: Message) -> bool:
    """Does ``message`` read as English (or give no sign of another language)?"""
    folded = message.folded
    # most English messages, at once ("The Home Depot" on YouTube is no "you")
    if " the " in folded and (" you " in folded or " your " in folded):
        return True
    if not folded.isascii():
        letters = sum(c.isalpha() for c in folded)
        if letters and len(_NOT_LATIN.findall(folded)) * 2 >= letters:
            return False  # mostly another script (a Cyrillic signature alone is not)
    words = set(folded.translate(_PLAIN).split())
    other = len(_OTHER.intersection(words))
    return not (other >= 3 and other > 2 * len(_ENGLISH.intersection(words)))
