"""The words that make something the reader's own work: "your …", "you've led …", "the way you
…", "you plan routes at {{ company }}", and the verb forms the fit patterns share to say what
someone did or does ("you've held", "you ran", "two years coaching").

A claim that something matches the job (``fit_claims``) says why the reader fits only when
what matches is theirs (``theirs_in``). All patterns run on ``Message.folded``.
"""

from __future__ import annotations

import re

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_folded, compile_regex
from outreach_lint.prefilter import Prefiltered
from outreach_lint.rules.common import OCCUPATION, PH
from outreach_lint.theirs import WORK_ON_NOTHING, a_place

NOT_WORK = (
    r"(?:wanted|needed|liked|loved|preferred|decided|asked|mentioned|noticed|replied|applied|"
    r"signed|accepted|connected|called|emailed|viewed|checked|missed|received|used|seemed|"
    r"looked|interested|based|invited|involved|qualified|registered|subscribed|opted|tired|"
    r"bored|stuck|underpaid|undervalued|open|ready|looking)"
)
"""What "you …" says of someone that is not work they did: "you applied", "you mentioned", "you
looked", "you were interested"."""

SINCE_STARTED = r"(?!(?<=\bsince\syou\s)(?:started|joined|began)\b)"
"""Not when they started: "has a lot changed since you started as a nurse?", "since you joined
LinkedIn" say when, not what they did."""

PAST = r"(?!(?:n|f|sp|bl|br|h|s|w|ind|proc|succ|exc)eed\b)\w+ed"
"""A verb in the past tense, "worked", "managed", "guaranteed", "agreed" (not "need", "speed",
"succeed", "exceed", "proceed": present tenses that end in "-eed")."""

DONE = (
    r"built|run|grown|won|made|taken|brought|driven|written|given|spoken|sold|taught|cut|led|"
    r"done|shipped|held|kept|overseen|underwritten|rebuilt|rewritten|set\s+up|sat\s+on|"
    r"signed\s+off"
)
"""What someone has done, in the irregular forms "you've …" takes ("you've held SMF16")."""

_DOES = (
    r"(?:run|lead|manage|plan|look\s+after|head\s+up|oversee|supervise|teach|coach|build|handle)"
)
"""What someone does in their job now, in the present tense ("you plan multi-drop routes")."""

NO_WORK_DONE = (
    r"(?!(?:ahead|well|carefully|properly|everything)\b|(?:your|my|their)\s+(?:own\s+)?"
    r"(?:holidays?|vacations?|leave|life|weekends?)\b|(?:[\w'&-]+\s+){0,3}?(?:linkedin|"
    r"customers|clients|people|the\s+public)\b)"
)
"""What follows "you plan", "you maintain", "you service" when it is no work they do: "you plan
ahead", "you plan your holidays", "you maintain a great LinkedIn profile", "you service
customers" (as anyone with a job does)."""

YEARS_DOING = (
    r"(?:[\w+"
    + MASK
    + r"-]+\s+)?(?:years?|months?|decades?|seasons?)\s+(?:of\s+)?(?!(?:working|being|living|"
    r"spending|having|during|ending)\b)[a-z]+ing\b"
)
"""Time spent doing something: "two years coaching new starters"."""

_SOME_GUESSED_OR_IF = compile_regex(
    r"\b(?:of|maybe|perhaps|if|whether|unless|once|(?:(?:probably|possibly|presumably|guess|"
    r"guessing|bet|chances\s+are|odds\s+are)(?:\s+that)?))\s+$",
    re.IGNORECASE,
)
_YOU = compile_regex(r"you\b", re.IGNORECASE)


def not_the_reader(text: str, start: int) -> bool:
    """Is the "you" at ``start`` some of the list, a guess or a condition: "some of you have
    worked for us before", "lots of you told us …", "maybe you've worked for us", "chances are
    you've worked in care", "I'm guessing you've worked nights", "if you've worked for us before,
    you'll know …" (not "you've worked for us", "when you told us …", nor "most of your work")?
    What it says is no more the reader's than anyone's."""
    return _YOU.match(text, start) is not None and (
        _SOME_GUESSED_OR_IF.search(text, max(0, start - 20), start) is not None
    )


def search_readers(
    pattern: re.Pattern[str] | Prefiltered, text: str, start: int = 0
) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` from ``start`` whose "you" is the reader
    (``not_the_reader``): a match said of some of the list is passed over, and the search goes
    on from the next character (a later match of the reader's may begin inside it)."""
    m = pattern.search(text, start)
    while m is not None and not_the_reader(text, m.start()):
        m = pattern.search(text, m.start() + 1)
    return m


YEARS_AS = (
    # (the lookbehinds after "you": a pattern that starts with a word is tried only where the
    # word's first letter is, one that starts with a lookbehind at every character)
    r"\byou(?<!\bhave\syou)(?<!\bif\syou)(?:'ve|\s+have)?\s+(?:did|done|spent|served)\s+(?:\d+|two|"
    r"three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:years|seasons|tours)\s+"
    r"as\s+(?:an?\s+)?(?:[\w'-]+\s+){0,3}?(?P<job>"
    + OCCUPATION
    + r")\s+(?:on|at|with|for|aboard)\s+(?:(?:the\s+)?(?-i:[A-Z])|"
    + PH
    + r")"
)
"""How long they did a job, and where, by name: "you did three years as Third Engineer on the
Skandi Acergy", "you've spent four years as a charge nurse at St James's", "… at
{{ current_trust }}" (not with no name, "on a DP2 vessel", nor asked: "have you spent three years
as …?"). Run on ``Message.prose``, case-insensitively: only a capital tells a name."""

PLACED = (
    r"\byou(?<!\bif\syou)(?<!\bwhen\syou)(?<!\bhave\syou)(?<!\bdid\syou)(?:'ve|\s+have)?\s+"
    r"(?:came|come|"
    r"finished|placed|were(?:\s+(?:placed|ranked))?)\s+(?:(?:the|a)\s+)?(?:joint\s+)?(?:first|"
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"runners?-up)\s+(?:(?:out\s+)?of\s+\d[\d,]*\s+)?(?:in|at)\s+(?:the\s+)?(?:\d{4}\s+)?"
    r"(?!(?:LinkedIn|Google|Indeed|Reed|Glassdoor|Search)\b)(?P<event>(?-i:[A-Z])[\w'&-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z0-9])[\w'&-]*){0,5})"
)
"""Their placing in an event, by name: "you came second in the Swedish Barista Championship",
"you finished 3rd at the 2023 UK Latte Art Open" (not with no name, "in a barista competition",
nor a search: "you came first in LinkedIn's search", nor asked: "did you come second in …?").
Run on ``Message.prose``, case-insensitively: only a capital tells a name."""

_THEIRS = compile_folded(
    r"(?<!\bwork\son\s)\byour\s+(?!"
    + WORK_ON_NOTHING
    + r")(?!(?:linkedin\s+)?(?:profile|cv|resume|page|next|new|dream|details|availability|"
    r"salary|pay|notice|time|years|tenure|stint|days|weeks|months|holidays|leave|vacation|"
    r"current\s+role)\b)"
    # (nor the small talk around a pitch: "I hope your week is going well"; but "your day-to-day
    # work")
    r"(?!(?:week|weekend|day|morning|afternoon|evening|inbox|interest)(?![\w-]))[\w" + MASK + r"]"
    r"|\byou(?:'ve|\s+have|\s+had)?\s+(?:also\s+|already\s+|clearly\s+|just\s+)?(?!"
    + NOT_WORK
    + r"\b)"
    + SINCE_STARTED
    # (with a partner: "the write-up you co-authored")
    + r"(?:co-?)?(?:"
    + PAST
    + r"|"
    + DONE
    + r"|ran|led|built|grew|won|wrote|sold|oversaw|underwrote|held)\b"
    r"|\bthe\s+way\s+you\b"
    # the job they held: "your time as Chief Nurse at {{ organisation }}", "as GM" (not "your
    # time at"), and what they did in it: "your time leading the digital transformation at
    # {{ company }}" (not "your time working at {{ company }}": where, not what)
    r"|\byour\s+(?:time|years?|stint)\s+(?:as\s+(?:an?\s+)?(?:[\w'&-]+\s+){0,3}?(?:"
    + OCCUPATION
    + r"|gm)\b|(?!(?:working|being|living|spending|having|during|ending|looking)\b|leading\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:life|lives)\b)[a-z]+ing\b)"
    # what they do now where they work: "you plan multi-drop routes at {{ company }}, which is
    # what …" (not "if you plan routes at {{ company }}", nor "in this role you plan routes")
    r"|(?<!\bif\s)(?<!\bwhen\s)\byou\s+(?:currently\s+|already\s+|now\s+)?"
    + _DOES
    + r"\s+"
    + NO_WORK_DONE
    + r"(?:[\w'&-]+\s+){1,6}?(?:at|for|with)\s+"
    + PH
    + r"|\byou(?:'ve|\s+have)\s+been\s+(?:on|(?P<where>at|with|in)|\w+ing)\b"
    r"|\bunder\s+you(?:r\s+(?:leadership|watch|management))?\b"
)
"""Words before a claim that make what it is about the recipient's: "your …", "you've led …",
"the way you …"."""

_WHERE_ALONE = compile_folded(
    r"\s+" + PH + r"(?:\s+(?:for|since|over)(?:\s+[\w-]+){1,4}?)?(?:\s+now)?\s*[.!?]?\s*$"
)
"""After "you've been at": where they work, and for how long, and no more: "{{ company }} for
years." (not "{{ company }} for years, running the night shift")."""


_WORK_ON_AT = compile_folded(
    r"your\s+(?:[\w'-]+\s+)?(?:work|research)\s+(?:on|in)\s+(?:[\w'&-]+\s+){1,4}?(?:at|with|"
    r"for|in)\s+(?=" + MASK + r")"
)


def work_elsewhere(ctx: RuleContext, message: Message, start: int) -> bool:
    """Is the "your" at ``start`` their work on something at a place, an industry or the
    sender's: "your work on sales at {{ region }}", "… at {{ city }}", "… at {{ industry }}",
    "… at {{ sender_company }}" (not "your work on falls response at {{ ambulance_service }}")?
    Such a placeholder is not where they work."""
    m = _WORK_ON_AT.match(message.folded, start)
    if m is None:
        return False
    for p in message.placeholders_in(m.end(), m.end() + 1):
        before = message.prose[message.sentence_at(p.start).start : p.start]
        return ctx.kind(p) == "sender" or a_place(words(p.name), before)
    return False


def theirs_in(
    ctx: RuleContext,
    message: Message,
    start: int,
    end: int,
    where: bool = True,
) -> bool:
    """Does ``prose[start:end]`` speak of something of the recipient's: words such as "your
    …" or "you've led", or a placeholder for their profile? With ``where`` false, a sentence
    that says only where they work ("I see you've been at {{ company }} for years.") is not
    enough: "That background is what they need" after it points back at their employer."""
    folded = message.folded
    for m in _THEIRS.finditer(folded, start, end):
        if work_elsewhere(ctx, message, m.start()):
            continue  # "your work on sales at {{ region }}"
        if where or m.group("where") is None:
            return True
        if not _WHERE_ALONE.match(folded, m.end(), message.sentence_at(m.start()).end):
            return True
    return any(
        ctx.kind(p) == "profile"
        and not a_place(words(p.name), message.prose[message.sentence_at(p.start).start : p.start])
        for p in message.placeholders_in(start, end)
    )
