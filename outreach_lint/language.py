"""Is a message written in English? The rules that judge what a message says, rather than
look for a phrase, read English (``Rule.english``): on a template in French or Japanese they
would find no purpose, no ask and no role in any of it, and fire on every good one.

The answer comes from the short words every sentence uses: how many different English ones
("the", "you", "we", "at"...) against how many of the other languages agencies write in
most (French, Spanish, Portuguese, Italian, German, Dutch, Polish: "vous", "und", "czy"...),
and from the share of letters outside the Latin script (Arabic, Hebrew, Cyrillic, Greek,
Chinese, Japanese, Korean...). Words both sides use ("a", "in", "me", "no", "is") count for
neither, nor does an article before a capitalised word ("Los Angeles", "El Paso", "Ana de la
Cruz": a name). Counting different words, not every one, keeps a few names from outweighing
an English sentence. A message with few such words of either kind counts as English: the
rules run as they always have.
"""

from __future__ import annotations

from outreach_lint.message import Message, per_message
from outreach_lint.patterns import compile_regex

_ENGLISH = frozenset(
    "the you your you're and or to for with i i'm i'd i've i'll we we're our my of at an are "
    "be been have has had this that would could should can it it's if about from what when how "
    "who which there here they their just let's hi hello thanks thank please".split()
)
_OTHER = frozenset(
    # French
    "le la les des du au aux et vous votre vos une un pour je nous sur chez avec dans pas "
    "qui que ce cette mes sont suis ça j'ai c'est "
    # Spanish, Portuguese, Italian
    "el los las y para es una del lo por sobre tu te su sus muy pero como estoy tengo está o "
    "os você não um uma da das dos seu sua em é tudo bem di che è sono della nel gli con "
    # German, Dutch, Polish
    "der die das und ich sie ist nicht mit für wir eine ein einen bei auf ihre ihr zu sich "
    "dem den auch haben sind mich het een en ik van niet voor je jij jouw bij op wij zijn "
    "naar się jest nie na czy że dla jak mam masz oraz twój twoja twoje mój moja jestem "
    "chciałbym chciałabym który która które daj znać".split()
)
"""(Not the ones English text holds as names or abbreviations: "Mon", "MA", "EST", "IL",
"com" in an address, "w/".)"""
_PARTICLES = frozenset("el los las la le les de del della di da van von du des dos".split())
"""Words that, before a capitalised one, begin a name rather than a phrase: "Los Angeles",
"El Paso", "Ana de la Cruz", "Jan van der Berg", "La Défense"."""
_PLAIN = str.maketrans(dict.fromkeys(',.;:!?()[]{}"“”«»¿¡…—–/\n\t', " "))
"""Marks that stand next to words: read as spaces, so that "Hi," and "(vous" count."""
_NOT_LATIN = compile_regex(r"[\u0370-\u1dff\u2e80-\ua4ff\uac00-\ud7af\uf900-\ufaff\uff66-\uffdc]")
"""Letters of scripts other than Latin: Greek to Ethiopic and Cyrillic, Arabic, Hebrew,
Indic; CJK, kana and Hangul."""


@per_message
def in_english(message: Message) -> bool:
    """Does ``message`` read as English (or give no sign of another language)?"""
    folded = message.folded
    # most English messages, at once ("The Home Depot" on YouTube is no "you")
    if " the " in folded and (" you " in folded or " your " in folded):
        return True
    words = set(folded.translate(_PLAIN).split())
    english = len(_ENGLISH.intersection(words))
    if not folded.isascii():
        letters = sum(c.isalpha() for c in folded)
        if letters and len(_NOT_LATIN.findall(folded)) * 2 >= letters and english < 3:
            return False  # mostly another script (an English note signed in Cyrillic is not)
    other = _OTHER.intersection(words)
    if len(other) < 3 or len(other) <= 2 * english:
        return True
    if other & _PARTICLES:  # those before a capitalised word are names' ("Los Angeles")
        tokens = message.prose.translate(_PLAIN).split()
        other = frozenset(
            word
            for i, word in enumerate(t.lower() for t in tokens)
            if word in _OTHER
            and not (word in _PARTICLES and i + 1 < len(tokens) and tokens[i + 1][:1].isupper())
        )
    return not (len(other) >= 3 and len(other) > 2 * english)
