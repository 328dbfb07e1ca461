"""Wording several rules share: where the signature starts, what makes a mention specific,
whether the text names the job it pitches, and how a pitch can leave the job out.

All patterns run on ``Message.prose`` (quotes straightened, placeholders masked with ``MASK``).
"""

from __future__ import annotations

import re

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message, Span, per_message
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_folded, compile_regex
from outreach_lint.prefilter import located, prefiltered
from outreach_lint.rules.common import OCCUPATION, PH, ROLE_WORD
from outreach_lint.taxonomy import SPECIFIC, workplace

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
    + r")\S"
)
"""After "your" or "the": a talk, post or project, and what it was about ("PyData talk on
backfilling DAGs"), unless that names nothing ("post about the industry")."""

_REFERENCE = compile_regex(
    r"\b(?:your|the|that|a)"
    + _THING_ON_A_TOPIC
    + r"|\b(?:met|meeting|spoke|speaking|chatted|talking|sat\s+next\s+to|heard\s+you)\s+(?:\w+\s+)?"
    r"(?:at|during|after)\s+(?:the\s+)?\S"
    r"|\b(?:especially|particularly|in\s+particular|notably|specifically)\b",
    re.IGNORECASE,
)
_THANKS_FOR_APPLYING = (
    r"\bthanks?\s+(?:you\s+)?(?:(?:so|very)\s+much\s+|again\s+)?for\s+(?:applying|interviewing|"
    r"your\s+(?:recent\s+)?(?:application|interview)|(?:coming\s+in|attending)\s+(?:for\s+)?"
    r"(?:the\s+|your\s+|an\s+)?interview)\b"
)
"""An answer to the reader's own application: "thanks for applying for the BDM role", "thank
you for interviewing for the Senior Cyber Engineer role"."""
_ANSWERS_APPLICATION = compile_folded(_THANKS_FOR_APPLYING)
_SOMEONE_INTERVIEWED = compile_folded(
    r"(?<=interviewing)\s+(?:our|my|your|their|these|those|an?|the(?!\s+other\s+day)|two|three|"
    r"both|all|so\s+many|many|several|some|him|her|them|candidates?|applicants?|"
    r"people|" + PH + r")"
)
"""Whom the reader interviewed: "thank you for interviewing our candidate Sam", "… so many of
our candidates" thanks a client, not someone who applied."""
_ON_A_SHOW = compile_folded(r"(?<=interview)\s+(?:(about)\b|(?:on|in)\s+(?=" + PH + r"))")
"""An interview they gave: "thanks for your interview on {{ podcast }}", "your recent interview
on {{ podcast }}", "about Kafka" (not "on {{ date }}", "in {{ office }}" nor "about the Site
Manager role")."""
_MEDIA = frozenset(
    {"podcast", "show", "channel", "publication", "magazine", "blog", "episode", "radio"}
    | {"webinar", "newspaper", "vlog", "youtube", "livestream", "stream", "broadcast", "tv"}
    | {"newsletter", "outlet", "press", "media", "news", "journal", "paper", "column", "mag"}
)
"""Where an interview they gave is published: "{{ podcast }}", "{{ show_name }}", "{{ newsletter
}}", "{{ trade_press }}"."""
_WHEN_OR_WHERE = frozenset(
    {"date", "time", "day", "weekday", "dt", "when", "slot", "office", "location", "site"}
    | {"venue", "address", "room", "teams", "zoom", "meet", "meeting", "link", "call"}
    | {"city", "town", "platform"}
)
"""What a placeholder for their own interview is named for: its date, time, day, place or
meeting ("{{ interview_dt }}", "{{ office }}", "{{ city }}", "{{ teams_link }}", "{{ platform
}}"), as is a workplace ("{{ branch }}", "{{ ward }}", "{{ hotel_name }}")."""


def _where_published(name: str) -> bool:
    """Is a placeholder after "your interview on/in" where an interview they gave was published:
    named for an outlet ("{{ podcast }}", "{{ news_site }}"), or for nothing of their own
    interview ("{{ website }}", "{{ programme }}", "{{ trade_mag }}"), not its date, place or
    meeting ("{{ interview_dt }}", "{{ branch }}", "{{ ward }}", "{{ city }}", "{{ platform
    }}")?"""
    named = set(words(name))
    if named & _MEDIA:
        return True
    return not (named & _WHEN_OR_WHERE or workplace(name))


_ABOUT_OBJECT = compile_folded(
    r"\s*(?:(?:your|the|an?)\s+)?(?:(?!(?:some|any|every|no)thing\b)\w+ing(?:\s+(?:on|over|up)"
    r"(?=\s+(?:the|an?)\b))?|applications?)\b(?:(?!\b(?:on|in|of|at|with|from|into|like)\b).)*"
    r"|(?:(?!\b(?:as|on|in|of|at|with|for|from|to|into|like)\b).)*"
)
"""What "about" is about, up to its first preposition: "the Site Manager role" (at Keepmoat),
"life" (as a Site Manager); a doing or an application takes its "as", "for" or "to" along:
"joining us as a Band 5 Staff Nurse", "working as a Paralegal" (in our Leeds office), "taking
on the Head Chef job", "your application for the Site Manager role" (though doing a job on a
podcast is what one they gave was about: "working as a Site Manager on the Build Better
podcast")."""
_ABOUT_THING = compile_folded(r"(?:(?!\b(?:as|on|in|of|at|with|for|from|to|into|like)\b).)*")
"""The same without a doing's "as", "for" or "to": "working" (as a Site Manager)."""
_ON_OR_IN = compile_folded(r"\b(?:on|in)\s+")
_WITH_US = compile_regex(r"(?:(?!\band\b)[^.!?;,:\n])*?\b(?:us|[Oo]ur)\b")
"""What "about" is about speaks of the sender's side: "joining our ward team", "a move into our
tax team", "coming to work with us" (up to an "and"; not "the US")."""
_CLAUSE = compile_folded(r"[^.!?;,:\n]*")
_FOR = compile_folded(r"\s+for\b")
_A_JOB = compile_folded(
    r"\b(?:"
    + ROLE_WORD
    + r"|roles|positions|openings|posts|placements|schemes?|programmes?|programs?|internships?|"
    r"apprenticeships?|traineeships?|" + OCCUPATION + r")\b|" + PH
)
"""A job they applied or interviewed for: "for the Site Engineer role", "for {{ role }}", "for
our graduate scheme" (not "for our newsletter")."""


def _gave_an_interview(message: Message, end: int) -> bool:
    """Is "your interview" ending at ``end`` one they gave: on or in a placeholder for where it
    was published ("on {{ podcast }}", "in {{ newsletter }}", "on {{ website }}", not "in {{
    office }}", "in {{ branch }}", "on {{ ward }}" nor "on {{ interview_dt }}"), or about
    something other than a job or joining the sender ("about Kafka", "about life as a Site
    Manager", not "about the Site Manager role", "about joining us as a Band 5 Staff Nurse" nor
    "about joining our ward team"), or about doing a job
    where it was published ("about working as a Site Manager on the Build Better podcast", not
    "about stepping up to Ward Manager")?"""
    folded = message.folded
    on = _ON_A_SHOW.match(folded, end)
    if on is None:
        return False
    if on.group(1):
        clause = _CLAUSE.match(folded, on.end())
        stop = clause.end() if clause else on.end()
        thing = _ABOUT_THING.match(folded, on.end(), stop)
        if _A_JOB.search(folded, on.end(), thing.end() if thing else stop):
            return False
        if _WITH_US.match(message.prose, on.end(), stop):
            return False
        subject = _ABOUT_OBJECT.match(folded, on.end(), stop)
        after = subject.end() if subject else stop
        return not _A_JOB.search(folded, on.end(), after) or _published(message, after, stop)
    return any(_where_published(p.name) for p in message.placeholders_in(on.end(), on.end() + 1))


def _published(message: Message, start: int, stop: int) -> bool:
    """Does ``message.folded[start:stop]``, after the job a doing takes along, name where an
    interview they gave was published: "on {{ podcast }}", "in {{ trade_mag }}", "on the Build
    Better podcast" (not "on Tuesday" nor "in {{ branch }}")? After a job, a placeholder counts
    only when named for an outlet: "a Site Manager on {{ project_name }}", "a developer on {{
    team_name }}" name the job's project or team."""
    folded = message.folded
    for m in _ON_OR_IN.finditer(folded, start, stop):
        names = [p.name for p in message.placeholders_in(m.end(), m.end() + 1)]
        if names:
            if any(_MEDIA & set(words(n)) for n in names):
                return True
            continue
        if _MEDIA & set(folded[m.end() : stop].split()[:5]):
            return True
    return False


@per_message
def answers_application(message: Message) -> bool:
    """Does the message answer the reader's own application or interview ("Thanks for applying
    for the Customer Adviser role", "Thank you for interviewing for …")?

    It thanks them for applying or interviewing for a job ("for the Site Engineer role"), or,
    in its first two sentences, with no word of what for ("Thanks for applying!", "thanks for
    interviewing with us"). Not "Thanks for applying!" after "Apply at the link below" (thanks
    in advance), nor "thanks for applying for our newsletter" (no job), nor "thank you for
    interviewing our candidate Sam" (it thanks a client), nor "thanks for your interview on
    {{ podcast }}" or "about life as a Site Manager" (one they gave)."""
    folded = message.folded
    sentences = message.sentences
    opening = sentences[min(1, len(sentences) - 1)].end if sentences else 0
    for m in _ANSWERS_APPLICATION.finditer(folded, 0, text_end(message)):
        end = m.end()
        if _SOMEONE_INTERVIEWED.match(folded, end) or _gave_an_interview(message, end):
            continue
        clause = _CLAUSE.match(folded, end)
        if _A_JOB.search(folded, end, clause.end() if clause else end):
            return True
        if m.start() < opening and not _FOR.match(folded, end):
            return True
    return False


_IN_PROCESS = compile_folded(
    # their interview, shift or start, already arranged: "your interview for the Staff Nurse
    # role is confirmed for Tuesday", "your slot is now 2pm"
    r"\byour\s+(?:(?:first|second|final|next|telephone|phone|video)\s+)?(?:interview|"
    r"assessment(?:\s+(?:centre|center|day))?|trial\s+shift|induction|shifts?|booking)\b"
    r"[^.!?\n]{0,80}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|all\s+)?"
    r"(?:confirmed|booked|arranged|scheduled|rescheduled|moved|changed)\b"
    r"|\byour\s+(?:interview\s+)?slot\s+is\b"
    # (as a sentence opens: "get a £50 bonus before your first shift" is a sign-up offer)
    r"|(?:^|[.!?:]\s+|\n)[ \t]*(?:before|ahead\s+of)\s+your\s+first\s+(?:shift|day|week)\b"
    r"|\byour\s+start\s+date\b|\bwelcome\s+(?:to\s+the\s+team|aboard)\b"
    # their paperwork: "thanks for sending your documents", "to finish your compliance"
    r"|\bthanks?\s+(?:you\s+)?for\s+(?:sending|returning|uploading)\s+(?:over\s+|in\s+)?your\b"
    r"|\b(?:finish|complete)\s+your\s+(?:compliance|onboarding|vetting|pre-employment)\b"
    r"|\byou(?:'re|\s+are)\s+(?:now\s+)?(?:confirmed|booked)\s+(?:in\s+)?(?:for|on|at)\b"
    # an offer they accepted or are given: "thanks for accepting the Support Worker role",
    # "{{ company }} would like to offer you the Senior Analyst role"
    # (a job, not "the invitation to connect")
    r"|\b(?:thanks?\s+(?:you\s+)?for\s+accepting|you(?:'ve|\s+have)?\s+accepted)\s+"
    r"(?:the|our|their|an?|your)\s+(?:[\w'-]+\s+){0,4}?(?:role|job|position|post|offer|"
    r"placement|contract|shifts?)\b"
    r"|\b(?:would|'d)\s+like\s+to\s+offer\s+you\s+the\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:role|position|job|post)\b"
    # their application: "you applied for the Barista Trainer role last week"
    # (not "have you applied for our Christmas roles?", "people like you applied", nor "you
    # applied for our newsletter")
    r"|(?<!\bhave\s)(?<!\bdid\s)(?<!\blike\s)\byou(?:'ve|\s+have)?\s+(?:recently\s+)?applied\s+"
    r"(?:for|to)\b(?!\s+(?:our|the|my)\s+(?:\w+\s+)?(?:newsletter|mailing|updates|alerts))"
    # a conversation already had: "thanks for the call this morning", "as discussed"
    # ("thanks for the chat at the careers fair" is a meeting everyone there had)
    r"|\bthanks?\s+(?:you\s+)?(?:(?:so|very)\s+much\s+)?for\s+(?:the|our|your)\s+"
    r"(?:call|conversation)(?![\w-])"  # (not "thanks for the call-outs on our post")
    # (not "as discussed on our blog", "as discussed with my team")
    r"|\bas\s+(?:we\s+)?discussed(?=\s*[,.:;!?\n]|\s+(?:earlier|yesterday|today|this\s+"
    r"(?:morning|afternoon|week)|last\s+(?:week|time)|on\s+(?:the\s+phone|our\s+call)|when\s+"
    r"we\s+spoke|over\s+the\s+phone)\b)"
    r"|\bfollowing\s+(?:our|your)\s+(?:call|conversation)\b"
    # "the ward manager job spec we talked about", "confirming your interview with …"
    r"|\b(?:the|that)\s+(?:[\w'-]+\s+){0,3}?(?:job|role|position|vacancy|post|shifts?)\s+"
    r"(?:[\w'-]+\s+)?(?:we|you\s+and\s+i)\s+(?:talked|spoke|chatted)\s+about\b"
    r"|\bconfirming\s+your\s+(?:interview|shifts?|start|booking|place)\b"
    # a placement: "it's three months since you started as Operations Manager"
    # (a time since then: not "has a lot changed since you started as a nurse?")
    r"|\b(?:days?|weeks?|months?|years?)\s+since\s+you\s+started\s+(?:as|at|with|in)\b"
)


@per_message
def in_process(message: Message) -> bool:
    """Is the reader already in the sender's hiring process, as the message takes for granted:
    their interview, shift or start is arranged ("your interview for the Staff Nurse role is
    confirmed", "before your first shift", "you're confirmed for bar shifts"), they accepted or
    are offered a job ("thanks for accepting the Support Worker role", "would like to offer you
    the Senior Analyst role"), they applied ("you applied for the Barista Trainer role"), or
    they spoke to the sender ("thanks for the call this morning", "as discussed"), or started a
    job the sender placed them in ("since you started as Operations Manager")? Such a message
    answers where they are in the process, not a cold pitch: a name is all it needs of them,
    and the job it names is theirs already."""
    return _IN_PROCESS.search(message.folded, 0, text_end(message)) is not None


_OFFERS_PEOPLE = compile_folded(
    # "we have two qualified maths teachers available", "we have 15 who can start within a week"
    r"\b(?:we|i)(?:'ve|\s+have)(?:\s+got)?\s+(?:\d+|two|three|four|five|six|several|a\s+few|"
    r"a\s+couple\s+of)\s+(?:(?:[\w-]+\s+){0,3}?" + OCCUPATION + r"\s+)?(?:available|ready\s+"
    r"to\s+start|who\s+(?:can|could)\s+start)\b"
    # "we have 15 with Relativity experience who can start" (not "three roles … who can start")
    r"|\b(?:we|i)(?:'ve|\s+have)(?:\s+got)?\s+(?:\d+|two|three|four|five|six|several)\s+"
    r"(?:with|who\s+have)\s+(?:(?!(?:roles?|jobs?|positions?|vacanc\w*|openings?|shifts?|posts?)"
    r"\b)[\w-]+\s+){1,4}?(?:available|who\s+(?:can|could)\s+start)\b"
    # "could I send you their CVs?", "open to seeing two profiles this week?"
    r"|\b(?:send\s+(?:you|over)\s+their|(?<!'m\s)(?<!\bam\s)(?:send\s+you|share|see|seeing|"
    r"show\s+you)\s+(?:\d+|"
    r"two|three|four|five|a\s+few|a\s+couple\s+of))\s+(?:[\w-]+\s+){0,2}?(?:cvs|profiles)\b"
    # "would a short call about your kitchen hiring help?"
    r"|\babout\s+your\s+(?:[\w-]+\s+){0,2}?(?:hiring|recruitment|staffing)\b"
    r"(?!\s+(?:manager|process|journey|experience))"
)
"""The sender offering the reader people for their own hiring, as a note to a client does:
candidates available ("we have two qualified maths teachers available", "we have 15 who can
start within a week"), their CVs or profiles ("could I send you their CVs?", "open to seeing two
profiles?"), or a talk about the reader's hiring ("a short call about your kitchen hiring")."""


@per_message
def offers_people(message: Message) -> bool:
    """Does the text offer the reader people for their own hiring (see ``_OFFERS_PEOPLE``)?"""
    return _OFFERS_PEOPLE.search(message.folded, 0, text_end(message)) is not None


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
    r"\byour"
    + _THING_ON_A_TOPIC
    # what they told the sender: "you mentioned you're after more commercial work"
    + r"|\byou\s+(?:(?:once|recently|already)\s+)?(?:mentioned|said|told\s+(?:me|us))\b"
    # an answer to their application or interview: "thanks for applying for the BDM role"
    + r"|"
    + _THANKS_FOR_APPLYING
    # someone they put forward, or who named them as a referee
    + r"|"
    + _PUT_FORWARD
    + r"|"
    + NAMED_AS_REFEREE
    # what they did, with a name: "you led the UK launch of the Ninja Foodi range"
    + r"|\byou(?:'ve|\s+have)?\s+(?:led|ran|run|built|launched|shipped|wrote|written|designed|"
    r"created|grew|grown|opened|won|turned\s+around)\s+(?:[\w'-]+\s+){1,5}?(?:of|for|at|with)\s+"
    r"(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)


def names_their_work(message: Message) -> bool:
    """Does the text name something the recipient made or did, written out: "your PyData talk
    on backfilling DAGs", "your post about rollback plans" (not "your post about the
    industry"), or what they told the sender ("you mentioned you're after more hours")?"""
    return _THEIR_WORK.search(message.prose) is not None


def names_specific(prose: str, start: int, end: int) -> bool:
    """Does ``prose[start:end]`` name a talk, post or event ("your post about rollback
    plans", "met at the CIPD conference")?"""
    return _REFERENCE.search(prose, start, end) is not None


def specific_in(ctx: RuleContext, message: Message, span: Span) -> bool:
    """Does the sentence around ``span`` name something specific about the recipient: a
    placeholder for their organisation or profile, or a talk, post or event it names?"""
    sentence = message.sentence_at(span.start)
    start, end = min(sentence.start, span.start), max(sentence.end, span.end)
    if any(ctx.kind(p) in SPECIFIC for p in message.placeholders_in(start, end)):
        return True
    return names_specific(message.prose, start, end)


# --- naming the job -----------------------------------------------------------------------

_ROLE = located(r"\b" + OCCUPATION + r"\b")
_SELF = compile_folded(
    r"\b(?:I(?:'m|\s+am)|my\s+name\s+is|I\s+work\s+as|as\s+an?|I(?:'ve|\s+have)\s+been\s+an?|"
    r"we(?:'re|\s+are)|our\s+(?:team|consultants?|recruiters?))\b(?P<between>[^.!?\n]*)$"
)
_SEEKING = compile_folded(
    r"\b(?:hir\w*|recruit\w*|appoint\w*|looking|seeking|search\w*|for|need\w*|with|on|plac\w*|fill\w*|"
    r"find\w*)\b"
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
        if ctx.kind(p) == "job" and _ROLE_WORDS & set(words(p.name)):
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
        sentence = message.sentence_at(m.start())
        before = _SELF.search(prose, sentence.start, m.start())
        if before is not None and not _SEEKING.search(before.group("between")):
            continue
        return Span(m.start(), m.end())
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
            sentence = message.sentence_at(m.start())
            if "congrat" in prose[sentence.start : sentence.end]:
                continue
            if _OWN_NEW.match(opportunity) and _THEIR_OPENNESS.search(
                prose, sentence.start, m.start()
            ):
                continue  # "are you open to new opportunities?" asks, it doesn't pitch
            if _BACK_REFERENCE.fullmatch(opportunity):
                continue  # "the role", "this position": named in an earlier message
        out.append(Span(m.start(), m.end()))
    if _CAREER_CONTEXT.search(prose, 0, end):
        out.extend(Span(*m.span()) for m in _CLIENTS.finditer(prose, 0, end))
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


def stock_employers(message: Message) -> list[Span]:
    """Employers described only in stock words ("a leading company", "a major firm in the
    industry", "a leading company is hiring"), unless the words describe a company named just
    before on the same line ("Northwind, a leading company")."""
    prose, folded = message.prose, message.folded
    return [
        Span(*m.span())
        for m in _STOCK_EMPLOYER.finditer(folded, 0, text_end(message))
        # (the name ends just before: each character searched from costs a try)
        if not _NAMED_BEFORE.search(prose, max(0, m.start() - 40), m.start())
        and not _READERS_EMPLOYER.search(folded, message.sentence_at(m.start()).start, m.start())
    ]


_READERS_EMPLOYER = compile_folded(
    r"\byour\s+(?:[\w-]+\s+)?(?:company|firm|employer|business|team)\b|\byou\s+"
    r"(?:built|grew|made|turned|took)\b"
)
"""The reader's own employer: "your company is a market leader", "you built {{ company }}
into a market leader" describe where they work, not an employer pitched."""
