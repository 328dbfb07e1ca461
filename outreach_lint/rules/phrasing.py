"""Wording several rules share: what makes a mention specific, whether the text names the job
it pitches, and how a pitch can leave the job out (where the signature starts is ``sign_off``;
messages to someone already in touch are ``in_touch``).

All patterns run on ``Message.prose`` (quotes straightened, placeholders masked with ``MASK``).
"""

from __future__ import annotations

import re

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message, Span, per_message
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_folded, compile_regex
from outreach_lint.prefilter import located, prefiltered
from outreach_lint.rules.common import (
    OCCUPATION,
    ONLY_PAY,
    PH,
    disclaimed,
    found_before_in_sentence,
    in_one_sentence,
)
from outreach_lint.rules.in_touch import THANKS_FOR_APPLYING
from outreach_lint.rules.readers_work import PLACED, YEARS_AS, search_readers
from outreach_lint.rules.sign_off import text_end
from outreach_lint.taxonomy import SPECIFIC
from outreach_lint.theirs import WORK_ON_NOTHING

SPECIFIC_THING = (
    r"(?:talk|keynote|presentation|post|article|blog|paper|thesis|dissertation|book|podcast|"
    r"newsletter|video|webinar|panel|session|thread|comment|question|answer|repo|repository|"
    r"library|project|open[\s-]source|research|study|report|case\s+study|launch|app|menu|"
    r"portfolio|campaign|course|workshop|certification|promotion|award)s?"
)
"""Things a person made or did that can be named: "your talk on ...", "your post about ..."."""

VAGUE_TOPIC = compile_regex(
    r"\s*(?:the\s+|this\s+|your\s+|our\s+)?(?:industry|sector|field|market|space|area|world|"
    r"linkedin|profession|network|career|general|life|things|everything|anything|"
    r"opportunit(?:y|ies)|roles?|positions?|jobs?|what(?:'s|\s+is)?\s+(?:happening|going\s+on|"
    r"new|next)|what\s+(?:I|we)(?:'m|\s+am|'re|\s+are)\s+seeing|recruit(?:ing|ment)|hiring|"
    r"trends?|(?:market|industry)\s+(?:trends|news|insights|updates))\b",
    re.IGNORECASE,
)
"""Objects of "on/about/in" that name nothing: "in the industry", "about opportunities"."""

_THING_ON_A_TOPIC = (
    r"\s+(?:[\w"
    + MASK
    + r"'-]+\s+){0,3}?"
    + SPECIFIC_THING
    + r"\s+(?:on|about|at|in|for|with|from|called|titled|re|regarding|around)\s+(?!"
    + VAGUE_TOPIC.pattern
    + r")(?!(?:github|gitlab|bitbucket)\b)\S"
)
"""After "your" or "the": a talk, post or project, and what it was about ("PyData talk on
backfilling DAGs"), unless that names nothing ("post about the industry"; "project on GitHub",
where it is, as "post on LinkedIn")."""

_REFERENCE = compile_folded(
    r"\b(?:your|the|that|a)"
    + _THING_ON_A_TOPIC
    + r"|\b(?:met|meeting|spoke|speaking|chatted|talking|sat\s+next\s+to|heard\s+you)\s+(?:\w+\s+)?"
    r"(?:at|during|after)\s+(?:the\s+)?\S"
    r"|\b(?:especially|particularly|in\s+particular|notably|specifically)\b"
)
_PUT_FORWARD = (
    r"\bthank(?:s|\s+you)\s+(?:(?:so|very)\s+much\s+|again\s+)?for\s+(?:(?:recommending|"
    r"referring|introducing\s+(?:me|us)\s+to)\s+(?:"
    + PH
    + r"|(?-i:[A-Z]))|putting\s+(?:"
    + PH
    + r"|(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?)\s+forward\b)"
)
"""Thanks for someone they put forward: "thank you for recommending {{ candidate_name }}",
"thanks for putting Priya Shah forward" (not "for recommending us" nor "for putting us forward
for the tender")."""
NAMED_AS_REFEREE = (
    r"\b(?:named|listed|nominated|given|put)\s+you(?:\s+down)?\s+as\s+(?:an?|their|his|her)\s+"
    r"referee\b"
)
"""Someone gave the reader's name as a referee: "{{ candidate_name }} has named you as a
referee"."""

_THEIR_WORK = compile_regex(
    r"\byour(?!\s+"
    + WORK_ON_NOTHING
    + r")"
    + _THING_ON_A_TOPIC
    # what they told the sender: "you mentioned you're after more commercial work"
    + r"|\byou\s+(?:(?:once|recently|already)\s+)?(?:mentioned|said|told\s+(?:me|us))\b"
    + ONLY_PAY
    # an answer to their application or interview: "thanks for applying for the BDM role"
    + r"|"
    + THANKS_FOR_APPLYING
    # someone they put forward, or who named them as a referee
    + r"|"
    + _PUT_FORWARD
    + r"|"
    + NAMED_AS_REFEREE
    # what they did, with a name: "you led the UK launch of the Ninja Foodi range", or how long
    # they did a job there: "you did three years as Third Engineer on the Skandi Acergy"
    + r"|\byou(?:'ve|\s+have)?\s+(?:led|ran|run|built|launched|shipped|wrote|written|designed|"
    r"created|grew|grown|opened|won|turned\s+around)\s+(?:[\w'-]+\s+){1,5}?(?:of|for|at|with)\s+"
    r"(?:the\s+)?(?-i:[A-Z])|"
    + YEARS_AS
    # their placing in an event, by name: "you came second in the Swedish Barista Championship"
    + r"|"
    + PLACED,
    re.IGNORECASE,
)


def names_their_work(message: Message) -> bool:
    """Does the text name something the recipient made or did, written out: "your PyData talk
    on backfilling DAGs", "your post about rollback plans" (not "your post about the
    industry"), or what they told the sender ("you mentioned you're after more hours")?"""
    return search_readers(_THEIR_WORK, message.prose) is not None


def names_specific(folded: str, start: int, end: int) -> bool:
    """Does ``folded[start:end]`` (``Message.folded``) name a talk, post or event ("your post
    about rollback plans", "met at the CIPD conference")? (On the folded text, as the engine
    searches for a case-insensitive pattern's literals only there: over the bench's 1,000
    templates, -j 1, callgrind, 4,194.6 M instructions on the prose, 4,192.9 M on the folded
    text.)"""
    return _REFERENCE.search(folded, start, end) is not None


def specific_in(ctx: RuleContext, message: Message, span: Span) -> bool:
    """Does the sentence around ``span`` name something specific about the recipient: a
    placeholder for their organisation or profile, or a talk, post or event it names?"""
    sentence = message.sentence_at(span.start)
    start, end = min(sentence.start, span.start), max(sentence.end, span.end)
    if any(ctx.kind(p) in SPECIFIC for p in message.placeholders_in(start, end)):
        return True
    return names_specific(message.folded, start, end)


# --- naming the job -----------------------------------------------------------------------

_ROLE = located(r"\b" + OCCUPATION + r"\b")
_SELF = compile_folded(
    r"\b(?:I(?:'m|\s+am)|my\s+name\s+is|I\s+work\s+as|as\s+an?|I(?:'ve|\s+have)\s+been\s+an?|"
    r"we(?:'re|\s+are)|our\s+(?:team|consultants?|recruiters?))\b(?P<between>[^.!?\n]*)$"
)
_SEEKING = compile_folded(
    r"\b(?:hir\w*|recruit\w*|appoint\w*|looking|seeking|search\w*|for|need\w*|with|on|plac\w*|fill\w*|"
    r"find\w*|building|growing|expanding)\b"
)
_NOT_A_ROLE = located(
    r"\bhiring\s+managers?\b|\b(?:my|our|the)\s+(?:\w+\s+)?(?:recruitment\s+)?consultants?\b|"
    r"\brecruitment\s+consultants?\b(?=\s+(?:at|from|with)\b)"
)
_ROLE_WORDS = frozenset(
    ["role", "job", "position", "title", "opening", "vacancy", "vacancies", "req", "posting"]
)


def role_placeholder(ctx: RuleContext, message: Message) -> Span | None:
    """A placeholder for the job's title (``{{ role }}``, ``{{JOB_TITLE}}``)."""
    for p in message.placeholders:
        # (its words first: a lookup, where its kind may read the text before it)
        if _ROLE_WORDS.intersection(words(p.name)) and ctx.kind(p) == "job":
            return Span(p.start, p.end)
    return None


@per_message
def role_mention(message: Message) -> Span | None:
    """The first job title the text names, not counting the sender's own title ("I'm a
    recruiter at") or the signature."""
    return role_between(message, 0, text_end(message))


def role_between(message: Message, start: int, end: int) -> Span | None:
    """The first job title named between ``start`` and ``end``, not counting the sender's
    own title ("I'm a recruiter at")."""
    prose = message.folded
    not_roles: list[tuple[int, int]] | None = None
    for m in _ROLE.finditer(prose, start, end):
        if not_roles is None:
            not_roles = [n.span() for n in _NOT_A_ROLE.finditer(prose, start, end)]
        if any(a <= m.start() < b for a, b in not_roles):
            continue
        # (searched first from the last ".", "!" or "?" before the title, which neither the
        # sender's words nor what follows them up to the title hold: a match's place does not
        # depend on where the search starts, so none from there is none from the sentence's
        # start either, and most texts need no sentence split here)
        at = m.start()
        after_stop = 1 + max(
            prose.rfind(".", 0, at), prose.rfind("!", 0, at), prose.rfind("?", 0, at)
        )
        before = _SELF.search(prose, after_stop, at)
        # (and no sentence at all when no break can be between the sender's words and the
        # title: they are in the title's sentence)
        if before is not None and not in_one_sentence(message, before.start(), at):
            sentence = message.sentence_at(at)
            if before.start() < sentence.start:
                before = _SELF.search(prose, sentence.start, at)
        if before is not None and not _SEEKING.search(before.group("between")):
            continue
        return Span(at, m.end())
    return None


_LEADS_TEAM = prefiltered(
    r"\b(?:to|who\s+(?:can|will|would))\s+(?:lead|run|manage|head(?:\s+up)?)\s+(?:our|the|a|an|"
    r"their|its)\s+(?:[\w&-]+\s+){1,3}?(?:team|department|function|unit|ward|site|store|"
    r"kitchen|desk|practice|branch|clinic|office|programme|program|service)s?\b"
)
"""A job described by what it leads: "someone to lead our payroll team"."""


_TITLED = compile_regex(
    r"(?<![\w-])(?P<title>(?:[A-Z][\w&+/-]*\s+){2,4})(?:role|position|vacancy|job|opening|post)s?\b"
)
"""A title in capitals before "role": "our Senior Sales role", "the Head Chef position"."""


def names_role(ctx: RuleContext) -> bool:
    """Does the subject or body name the job: a title, a placeholder for it, a title in
    capitals before "role" ("our Senior Sales role"), or the team it leads?"""
    for message in ctx.messages:
        if role_placeholder(ctx, message) is not None or role_mention(message) is not None:
            return True
        if _LEADS_TEAM.search(message.folded, 0, text_end(message)):
            return True
    return any(_titled_role(message) for message in ctx.messages)


def _titled_role(message: Message) -> bool:
    """Does the text name a role by a title in capitals of two words or more, not all of them
    vague words ("Senior Sales role"; not "An Exciting New role", "a Full Time role")?"""
    for m in _TITLED.finditer(message.prose, 0, text_end(message)):
        if _VAGUE_WORDS.fullmatch(" ".join(m["title"].lower().split())) is None:
            return True
    return False


# --- pitching an opportunity without naming it ----------------------------------------------

_VAGUE = (
    r"(?:exciting|great|new|brand[\s-]new|fantastic|amazing|interesting|unique|rare|excellent|"
    r"perfect|ideal|confidential|senior|junior|mid[\s-]level|leadership|permanent|perm|"
    r"contract|temporary|temp|interim|freelance|remote|hybrid|full[\s-]time|part[\s-]time|"
    r"well[\s-]paid|lucrative|challenging|rewarding|key|brilliant|top|good|fabulous|"
    r"incredible|outstanding|awesome|attractive|similar|suitable|relevant|right|open|few|"
    r"several|some|many|multiple|various|other|more|additional|live|urgent|immediate|"
    r"exclusive|hot|fresh|big|huge|major|strong|solid|high[\s-]paying|exceptional|wonderful|"
    r"life[\s-]changing|once[\s-]in[\s-]a[\s-]lifetime|golden|potential|possible|career|"
    r"dream|fast[\s-]growing|growing|unmissable|competitive|executive|management|tech|"
    r"money[\s-]making|"
    r"technical|genuinely|really|truly|very|super|a|an|the|this|that|these|those|our|their|"
    r"one|two|three|four|five|couple|number|range|variety|lot|lots|handful|of|numerous|countless|"
    r"business|\d+)"
)
_VAGUE_WORDS = compile_regex(
    r"(?:(?:"
    + _VAGUE
    + r"|our|your|their|my|its|his|her|we|i|hi|dear|hello|opportunit(?:y|ies)|roles?|jobs?)"
    r"(?:\s+|$))+"
)
"""Words that say nothing of what a job is ("an exciting new", "full time", "well paid")."""
_OPPORTUNITY = (
    r"(?:opportunit(?:y|ies)|roles?(?!\s+(?:model|play))|positions?(?!\s+(?:to|of)\b)|"
    r"openings?(?!\s+(?:of|in\s+(?:my|our|the)\s+(?:calendar|diary)))|vacanc(?:y|ies)|gigs?|"
    r"jobs?(?!\s+(?:board|title|market|search|hunt|seekers?|fair|site|alert|of|on)\b)|"
    r"chance(?=\s+to\s+(?:join|work|be\s+part|lead|build|step)))"
)
_STOCK = (
    r"(?:leading|major|top|well[\s-]known|renowned|prestigious|reputable|respected|"
    r"market[\s-]leading|industry[\s-]leading|world[\s-]class|world[\s-]leading|global|"
    r"international|large|big|huge|great|fantastic|amazing|exciting|successful|growing|"
    r"fast[\s-]growing|rapidly[\s-]growing|innovative|dynamic|established|well[\s-]established|"
    r"award[\s-]winning|premier|elite|top[\s-]tier|tier[\s-]?1|household[\s-]name|blue[\s-]chip|"
    r"famous|excellent|brilliant|very|really|highly|prominent|best|biggest|largest|thriving|"
    r"forward[\s-]thinking|cutting[\s-]edge|multinational)"
)
_FIRM = (
    r"(?:clients?|compan(?:y|ies)|firms?|organi[sz]ations?|business(?:es)?|brands?|employers?|"
    r"players?|names?|corporations?|banks?)"
)

_VAGUE_PITCH = located(
    # "an exciting opportunity", "a few roles", "a senior position"
    r"(?<!\byour\s)(?<!\bmy\s)(?<!\bin\s)\b(?P<opportunity>(?:" + _VAGUE + r"[\s,]+){1,5}"
    r"" + _OPPORTUNITY + r")\b(?!\s+(?:like|as)\s+yours)"
    r"(?!\s+to\s+(?:connect|chat|speak|talk|meet|discuss|arrange|learn|hear|catch|introduce|"
    r"share|network|say|get|reach|ask))"
    # "we're hiring sales rockstars", "looking for a tech ninja", "need people who..."
    r"|\b(?:hiring|recruiting|appointing|looking\s+for|seeking|searching\s+for|on\s+the\s+lookout\s+for|"
    r"need|needs|needing|want|wants)\s+(?:an?\s+|some\s+|more\s+)?(?:[\w-]+[\s,]+){0,2}?"
    r"(?:people|talent|rock\s*stars?|ninjas?|gurus?|unicorns?|superstars?|someone|somebody|"
    r"individuals?|candidates|go[\s-]getters?|a[\s-]players?|team\s+members?|new\s+hires|"
    r"heroes|wizards?|legends?|self[\s-]starters?|hustlers?)\b"
    r"(?!\s+to\s+(?:connect|network|chat|follow))"
    # "we're currently hiring!"
    r"|\b(?:we(?:'re|\s+are)|I(?:'m|\s+am))\s+(?:currently\s+|now\s+|actively\s+|still\s+)?"
    r"(?:hiring|recruiting|appointing)(?=\s*[.!]|\s+(?:now|again|across|in|at)\b)"
    # "one of my clients", "our client is growing fast", "a leading company"
    r"|\b(?:one\s+of\s+(?:my|our)\s+(?:[\w-]+\s+){0,2}?clients|(?:my|our)\s+client\b(?!s)|"
    r"a\s+client\s+of\s+(?:mine|ours)|(?:an?|one\s+of\s+the)\s+(?:"
    + _STOCK
    + r"[\s,]+)+"
    + _FIRM
    + r"\b)"
    # "a valuable addition to their team"
    r"|\b(?:valuable|great|perfect|strong|fantastic)\s+(?:addition|asset)\s+to\b"
)
_CLIENTS = prefiltered(
    r"\b(?:(?:work|works|working|partner|partners|partnering|partnered)\s+with|(?:place|places|"
    r"placing|placed)\s+(?:candidates|people|professionals|talent)\s+(?:with|into|at)|"
    r"(?:recruit|recruiting|hire|hiring)\s+for|represent|representing)\s+(?:some\s+of\s+"
    r"the\s+|a\s+number\s+of\s+|a\s+few\s+|several\s+|many\s+|multiple\s+|various\s+|lots\s+of\s+"
    r"|a\s+range\s+of\s+|top\s+|leading\s+|the\s+best\s+|major\s+|\d+\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:clients|companies|firms|businesses|organi[sz]ations|employers|brands|names|start-?ups|"
    r"scale-?ups)\b"
)
_CAREER_CONTEXT = compile_folded(
    r"\b(?:opportunit(?:y|ies)|roles?|positions?|vacanc(?:y|ies)|openings?|jobs?|"
    r"next\s+(?:step|move|challenge|chapter)|career|what\s+you(?:'re|\s+are)?\s+(?:want|"
    r"looking\s+for)|(?:make|making)\s+a\s+move)\b"
)
_THEIR_OPENNESS = prefiltered(
    r"\b(?:open|looking|exploring|considering|on\s+the\s+lookout|keen)\s+(?:to|for|on)?\s*$"
)
_OWN_NEW = compile_folded(r"^(?:new|other|fresh|different|further)\s")
_BACK_REFERENCE = compile_folded(
    r"(?:the|this|that)\s+(?:role|position|job|opportunity|opening|vacancy)"
)


@per_message
def vague_pitches(message: Message) -> tuple[Span, ...]:
    """Where the text pitches an opportunity without naming it ("an exciting opportunity",
    "a top client who needs rockstar talent", "one of my clients")."""
    prose = message.folded
    end = text_end(message)
    out = []
    for m in _VAGUE_PITCH.finditer(prose, 0, end):
        opportunity = m.group("opportunity")
        if opportunity is not None:
            if "congrat" in prose:  # (the sentences only for a text that says it)
                sentence = message.sentence_at(m.start())
                if "congrat" in prose[sentence.start : sentence.end]:
                    continue
            if _OWN_NEW.match(opportunity) and found_before_in_sentence(
                message, _THEIR_OPENNESS, m.start()
            ):
                continue  # "are you open to new opportunities?" asks, it doesn't pitch
            if _BACK_REFERENCE.fullmatch(opportunity):
                continue  # "the role", "this position": named in an earlier message
        if disclaimed(prose, m.start()):
            continue  # "I'm not pitching you a job": a referral or advice request
        out.append(Span(m.start(), m.end()))
    # (the clients first: the set rules them out in most texts, where the career words, in
    # most, cost a search)
    clients = [Span(*m.span()) for m in _CLIENTS.finditer(prose, 0, end)]
    if clients and _CAREER_CONTEXT.search(prose, 0, end):
        out.extend(clients)
    return tuple(sorted(out))


_STOCK_EMPLOYER = prefiltered(
    r"\b(?:an?|one\s+of\s+the)\s+(?:(?:" + _STOCK + r"[\s,]+)+" + _FIRM + r"|(?:(?:global|"
    r"uk|us|european|regional|national)\s+)?(?:market|industry|sector)[\s-]leaders?)\b"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:who|that|which|with|and|in\s+(?:the|its|their|your|this)\s+"
    r"(?:industry|sector|field|market|space|area|region|country|world)\b)"
    r"|\s+(?:is|are)\s+(?:currently\s+|now\s+)?(?:hiring|recruiting|appointing|looking|seeking|searching)\b)",
    re.MULTILINE,
    locate=True,
)
_NAMED_BEFORE = compile_regex(r"(?:[A-Z][\w&'-]*|" + PH + r")[ \t]*(?:,|\s(?:is|are|was))[ \t]*$")


def stock_employer(message: Message) -> Span | None:
    """The first employer described only in stock words ("a leading company", "a major firm in
    the industry", "a leading company is hiring"), unless the words describe a company named just
    before on the same line ("Northwind, a leading company"); ``None`` if there is none. (The
    first is all OL205 reports: the others are not looked for.)"""
    prose, folded = message.prose, message.folded
    for m in _STOCK_EMPLOYER.finditer(folded, 0, text_end(message)):
        # (the name ends just before: each character searched from costs a try)
        if not _NAMED_BEFORE.search(
            prose, max(0, m.start() - 40), m.start()
        ) and not found_before_in_sentence(message, _READERS_EMPLOYER, m.start()):
            return Span(*m.span())
    return None


_READERS_EMPLOYER = compile_folded(
    r"\byour\s+(?:[\w-]+\s+)?(?:company|firm|employer|business|team)\b|\byou\s+"
    r"(?:built|grew|made|turned|took)\b"
)
"""The reader's own employer: "your company is a market leader", "you built {{ company }}
into a market leader" describe where they work, not an employer pitched."""
