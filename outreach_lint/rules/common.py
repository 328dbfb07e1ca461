"""Text knowledge several built-in rules share: job titles and pitches, follow-ups (greetings
are in ``greetings``).

All patterns run on ``Message.prose`` (quotes straightened, placeholders masked with ``MASK``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from typing import Protocol

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message, Span, per_message
from outreach_lint.patterns import compile_regex
from outreach_lint.prefilter import gated, located
from outreach_lint.taxonomy import a_person

PH = f"{MASK}+"
"""A placeholder in ``prose``."""

ONLY_PAY = (
    r"(?!\s+(?:what\s+you\s+(?:want|wanted|need|needed)\s*[:,\u2014\u2013-]?|(?:that\s+)?you"
    r"(?:'d|\s+would)?\s+(?:want|wanted|need|needed|like)(?:\s+to\s+earn)?)\s+(?:is\s+)?(?:better|"
    r"more|higher|bigger)\s+(?:pay|money|wages?|salary)\s*(?:[.!?;]|$))"
)
"""After "you told us", "you said": not what everyone wants, "what you want: better pay!",
"you wanted more money." (what they told is no more than pay)."""

_ROLE_NOUNS = (
    r"(?:vacanc(?:y|ies)|roles?|positions?|openings?|jobs?|shifts?|contracts?|assignments?|"
    r"placements?|posts?|requirements?|opportunit(?:y|ies)|headcount|appointments?|mandates?|"
    r"searche?s?)"
)
ROLE_WORD = (
    r"(?:role|position|opening|vacancy|vacancies|job|jobs|opportunity|opportunities|"
    r"contract|assignment|post|req|requisition|gig|placement|appointment|mandate)"
)

OCCUPATION = (
    r"(?:engineer|developer|programmer|coder|architect|scientist|analyst|researcher|designer|"
    r"tester|manager|director|officer|head\s+of|vp|vice\s+president|"
    r"(?:account|sales|marketing|media|development|recruitment|business|accounts|finance|hr|"
    r"operations|customer|client|support|research|production|digital|content|pr|events|brand|"
    r"product|commercial|credit|procurement|logistics|administrative|claims)\s+executive|"
    r"chief\s+\w+\s+officer|c[etfoimprs]o|(?:business|hr|finance|talent|equity|salaried|"
    r"corporate|managing|senior|junior|people|account|channel|audit|tax|client|practice)\s+"
    r"partner|associate(?!s?\s+(?:with|of|degree)\b)|consultant|adviser|"
    r"advisor|specialist|coordinator|co-ordinator|administrator|assistant|secretary|"
    r"clerk|receptionist|controller|accountant|bookkeeper|auditor|actuary|underwriter|broker|"
    r"trader|banker|cashier|buyer|planner|estimator|surveyor|qs|technician|mechanic|"
    r"(?:service|lab|pharmacy|vet|it|field|hvac)\s+tech|"
    r"electrician|plumber|fitter|welder|joiner|carpenter|bricklayer|roofer|labourer|laborer|"
    r"operative|operator|driver|courier|picker|packer|loader|forklift|warehouse\s+\w+|"
    r"supervisor|forem[ae]n|forewom[ae]n|(?:shift|section|crew|pit)\s+boss(?:es)?|"
    r"team\s+leader|(?:team|tech|technical|engineering|maths|math|design|"
    r"product|data|clinical|ward|shift|site|project|programme|program|delivery|sales|marketing|"
    r"account|support|customer\s+success|platform|infrastructure|security|cloud|front-?end|"
    r"back-?end|mobile|ios|android|web|qa|test|analytics|growth|operations|ops|ux|ui|content|"
    r"creative|community|partnerships|finance|people|talent|recruitment)\s+lead|nurse|nursing|rn|"
    r"lpn|hca|cra|midwife|paramedic|doctor|physician|surgeon|gp|dentist|pharmacist|"
    r"physio(?:therapist)?|therapist|psychologist|counsellor|counselor|radiographer|"
    r"sonographer|dietitian|optometrist|vet|carer|caregiver|care\s+assistant|"
    r"(?:youth|care|support|social|key|family|outreach|community|healthcare|case|warehouse|"
    r"factory|construction|farm|retail|shop|kitchen|site|agency|bank|relief|residential|"
    r"charity|development|aid)\s+worker|teacher|teaching\s+assistant|tutor|lecturer|"
    r"practitioner|chef|cook|baker|barista|bartender|waiter|waitress|housekeeper|"
    r"cleaner|porter|concierge|solicitor|lawyer|attorney|paralegal|barrister|"
    r"(?:general|in-house|legal|senior|associate)\s+counsel|"
    r"recruiter|sourcer|marketer|copywriter|writer|editor|journalist|producer|sdr|bdr|ae|"
    r"sre|dba|devops|qa|representative|(?:sales|medical|field|territory|customer|account|"
    r"service|pharma|pharmaceutical)\s+rep|salesperson|negotiator|(?:estate|letting|lettings|"
    r"travel|customer\s+service|call\s+cent(?:re|er)|support|sales|insurance|real\s+estate|"
    r"booking|service)\s+agent|steward|stewardess|dispatcher|scheduler|inspector|engineering|"
    r"product\s+owner|scrum\s+master|intern|apprentice|trainee|"
    r"(?:audit|tax|accounts|payroll|assurance|audit\s+and\s+assurance)\s+(?:senior|semi-senior|"
    r"junior)|pen(?:etration\s+)?tester|red\s+teamer|artist|animator|illustrator|"
    r"post-?doc|postdoctoral\s+(?:fellow|associate|researcher)|research\s+fellow|professor|"
    r"principal\s+investigator|phd\s+(?:student|candidate|position|studentship)|studentship)s?"
)
"""Job nouns: a title ending in one of these names the role ("Senior Data Engineer")."""

_NOT_IN_A_TITLE = (
    r"(?:to|for|of|from|with|by|about|as|into|than|in|on|at|and|or|but|who|that|which|the|this|"
    r"these|those|your|my|our|their|his|her|its|you|i|we|they|it|is|are|any|no|not)"
)
"""Words no job title holds: a preposition, a determiner or a pronoun ends the phrase before it
("is looking for feedback from engineers", "wants to know", "needs a reply")."""
_TITLE_ENDS = (
    r"(?!')(?=\s*(?:[^\w\s']|$)|\s+(?:for|to|in|at|on|near|across|around|within|from|with|like|"
    r"who|that|which|and|or|but|so|as|by|this|next|now|again|until|before|after|asap|urgently|"
    r"immediately|starting|based)\b|\s+[\d£$€])"
)
"""What follows a job noun that ends the phrase: punctuation or a placeholder, or a word that
starts another phrase ("Class 1 night drivers, £19.50/hr", "paralegals for its Leeds office"),
not one more noun ("driver training", "nursing support", "an engineer's view")."""
_JOB_PHRASE = (
    r"(?:(?:an?|two|three|four|five|six|several|more|\d+)\s+)?(?:(?!" + _NOT_IN_A_TITLE + r"\b)"
    r"[\w/-]+\s+){0,3}?" + OCCUPATION + r"\b" + _TITLE_ENDS
)
"""A noun phrase that ends in a job, with or without an article: "Social Workers", "a CRA",
"Class 1 night drivers", "two care assistants"."""

_PITCH = located(
    r"(?:\b(?:we(?:'re|\s+are)|I(?:'m|\s+am)|(?:my|our)\s+clients?(?:\s+\w+)?\s+(?:is|are)|"
    r"they(?:'re|\s+are)|(?:the\s+)?team\s+is|company\s+is)|" + PH + r"\s+(?:is|are))\s+"
    r"(?:currently\s+|actively\s+|now\s+|urgently\s+)?(?:hiring|recruiting|appointing|looking\s+for|"
    r"searching\s+for|seeking|on\s+the\s+lookout\s+for|expanding|building\s+(?:out\s+)?"
    r"(?:a|our|the|their)\s+team)\b"
    r"|\b(?:hiring|recruiting|appointing)\s+(?:for\s+)?(?:a|an|our|their|the|two|three|several|multiple|"
    r"\d+|" + PH + r")\b"
    r"|(?<!your\s)(?<!your\scurrent\s)(?<!your\snext\s)\b(?:(?:a|an|the|this|our|their|that|"
    r"new|open|exciting|great|permanent|remote|hybrid|senior|junior|lead|" + PH + r")\s+(?:[\w-]+"
    r"\s+){0,3}?" + ROLE_WORD + r"|"
    # a count of new or open jobs: "40 new HGV driver roles", "three open positions"
    r"(?:\d+|new|open|live)\s+(?:[\w-]+\s+){0,3}?(?:roles|positions|openings))\b"
    r"(?!\s+(?:to\s+(?:connect|chat|meet|network|learn)))"
    # (not a job as the first word of another thing's name: "the jobs fair", "the job market")
    r"(?!\s+(?:fairs?|boards?|markets?|search|hunt|seekers?|sites?|alerts?)\b)"
    r"|\bjoin\s+(?:our|the|their|my\s+client's)\s+(?:\w+\s+){0,2}team\b"
    # the work of a new hire: "That is exactly the first project for our new Senior Backend
    # Engineer"
    r"|\bthe\s+first\s+(?:project|job|thing|task|problem)\s+(?:for|of)\s+(?:our|the|their|"
    r"this|my\s+client's)\s+new\s+(?:[\w-]+\s+){0,3}?(?:" + OCCUPATION + r"|lead)\b"
    # "… is what we need in our new Growth Manager"
    r"|\bwhat\s+(?:we|they|(?:my|our)\s+clients?)\s+(?:need|want)s?\s+(?:in|for)\s+(?:our|"
    r"their|its)\s+(?:new|next)\s+(?:[\w-]+\s+){0,3}?(?:" + OCCUPATION + r"|lead)\b"
    r"|\bapply\b"
    # "we have vacancies for...", "we still have roles", "there are shifts at..."
    r"|\b(?:we|I|they|(?:my|our)\s+clients?|there)(?:\s+currently|\s+now|\s+also|\s+still)?"
    r"(?:'ve\s+got|\s+have\s+got|'s\s+got|'ve|\s+have|\s+has|\s+need|\s+needs|\s+got|"
    r"\s+are|'re|\s+is|'s)(?:\s+(?:looking|hoping)\s+to\s+fill)?\s+"
    r"(?:[\w£$€%/.,&-]+\s+){0,8}?" + _ROLE_NOUNS + r"\b"
    r"|\b(?:that's|that\s+is|who\s+(?:is|are)|which\s+is|who's)\s+(?:currently\s+|now\s+)?"
    r"(?:hiring|recruiting|appointing|looking\s+for|seeking)\b"
    r"|\bhelp\s+you\s+(?:find|land|secure|get)\s+(?:your|a|the)\s+(?:next\s+|new\s+|dream\s+)?"
    r"(?:role|job|position|opportunity|move)\b"
    # "we need Senior Carers", "we urgently need two welders", "WE NEED YOU!!!", "we need people
    # who can wear many hats" (not "I need a copy of your passport", "I need you to sign")
    r"|\b(?:we|I|they|(?:my|our)\s+clients?)\s+(?:urgently\s+|currently\s+|really\s+)?"
    r"needs?\s+(?:an?\s+|\d+\s+|two\s+|three\s+|several\s+|more\s+|experienced\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?" + OCCUPATION + r"|\w+(?:ers|ors|ists|ants|ians|ives|nurses|staff)|"
    r"people|someone|somebody|you(?!\s+to\b))\b"
    # "a hotel kitchen in Salford needs a Kitchen Porter" (a hire, not "needs more women"),
    # "a Manchester SaaS firm is looking for an SDR Team Lead", "the studio wants a designer"
    r"|\b(?:an?|the)\s+(?:[\w'&-]+\s+){1,5}?(?:urgently\s+|currently\s+|now\s+)?"
    r"(?:needs|wants|(?:is|are)\s+(?:actively\s+|currently\s+|urgently\s+|now\s+)?"
    r"(?:looking\s+for|searching\s+for|after|seeking|hiring|recruiting|appointing))\s+"
    r"(?:an?|two|three|\d+)\s+(?:[\w-]+\s+){0,2}?" + OCCUPATION + r"\b"
    # after a hiring verb, a noun phrase that ends in a job, whoever hires: "Kirklees is hiring
    # Social Workers", "a Leeds firm is looking for paralegals", "we're taking on warehouse
    # operatives for peak" (not the reader, "if you're looking for drivers", nor everyone)
    r"|(?<![\w'])(?!(?:you|everyone|everybody|nobody|one|anyone|anybody|someone|somebody)\b)"
    r"[\w-]+(?:'s|'re|'m|'ve\s+been|\s+(?:is|are|am|has\s+been|have\s+been))\s+"
    r"(?:actively\s+|currently\s+|now\s+|urgently\s+|also\s+|still\s+)?(?:hiring|recruiting|"
    r"appointing|looking\s+for|searching\s+for|seeking|after|taking\s+on)\s+"
    + _JOB_PHRASE
    # an employer the text introduces needs, wants or hires for a job: "a Cardiff contact centre
    # wants Customer Advisers", "a CRO needs a CRA in the North", "a Daventry food distributor I
    # work with needs Class 1 night drivers" (not "the NHS needs more nurses", a view of the
    # market)
    + r"|\ban?\s+(?:(?!(?:and|or|but|so|because|as|if|when|while|is|are|was|were|be|been|has|"
    r"have|had)\b)[\w'&-]+\s+){1,6}?(?:urgently\s+|currently\s+|now\s+|really\s+|also\s+)?"
    r"(?:needs|wants|(?:is|are)\s+(?:actively\s+|currently\s+|urgently\s+|now\s+|also\s+)?"
    r"(?:hiring|recruiting|appointing|looking\s+for|searching\s+for|seeking|after|taking\s+on))"
    # (or what it wants in the job: "what a Crick distribution centre needs for its new Transport
    # Planner")
    r"\s+(?:(?:for|in)\s+(?:its|their)\s+(?:new|next)\s+)?"
    + _JOB_PHRASE
    # "our clients want a charge nurse", "our clients in Kent are after two HCAs" (not "our
    # clients want a reliable supplier", a business-development note's): the job ends what
    # they want (not "a nurse agency", "a software engineer's view", "more nurses to hear…":
    # what follows the job is not a supplier, an opinion or another verb, nor how the workers
    # are treated, "carers paid the real Living Wage"; what they are trained or involved in is
    # what the job needs, "nurses trained in chemotherapy", "engineers involved in payments")
    + r"|\b(?:my|our)\s+clients\s+(?:[\w-]+\s+){0,2}?(?:want|need|would\s+like|are\s+(?:"
    r"currently\s+|urgently\s+|now\s+)?(?:after|looking\s+for|seeking|searching\s+for))\s+"
    r"(?:an?\s+|two\s+|three\s+|\d+\s+|several\s+|more\s+)?(?:[\w-]+\s+){0,2}?" + OCCUPATION + r"\b"
    r"(?!['\u2019]|\s*(?:than|paid|treated|put|given|valued|supported|protected|heard|"
    r"respected|(?:trained|involved)(?!\s+(?:in|to|as|on)\b)|agenc(?:y|ies)|firms?|suppliers?|"
    r"partners?|tooling|tools?|"
    r"software|services|systems?|apps?|platforms?|training|views?|opinions?|perspectives?|"
    r"input|feedback|insights?)\b|\s+to\s+(?!(?:join|start|cover|work|lead|run|help|staff|"
    r"fill)\b))"
    # people taken on for the sender's panel or bank of workers: "we're adding medical
    # interpreters to our Leeds panel" (not "adding features to our app")
    r"|\b(?:we(?:'re|\s+are)|I(?:'m|\s+am))\s+(?:currently\s+|now\s+|also\s+)?adding\s+"
    r"(?:more\s+|new\s+|\d+\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,3}?(?:"
    + OCCUPATION
    + r"|interpreters?|translators?)\s+(?:to|onto)\s+(?:our|the|my)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:panel|bank|pool|roster|register|books|team)s?\b"
    r"|\b(?:I'm|I\s+am|we're|we\s+are)\s+(?:currently\s+|now\s+)?(?:working|partnering)\s+"
    r"(?:with|on)\s+(?:a\s+few\s+|several\s+|some\s+|a\s+number\s+of\s+|\d+\s+|two\s+|"
    r"three\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:clients?|roles?|positions?|searche?s?|"
    r"vacanc(?:y|ies)|briefs?|mandates?|assignments?|jobs?|openings?)\b"
    # (a business-development note's "three of our clients", "for our clients" pitch nothing)
    r"|\b(?:on\s+behalf\s+of\s+|one\s+of\s+)(?:my|our)\s+clients?\b|\b(?:my|our)\s+client\b"
    r"(?!\s+base)"
    # "looking for a tech ninja who...", "seeking an accomplished COO", "to join as..."
    r"|\b(?:looking|searching)\s+for\s+(?:an?|two|three|\d+|several|some|experienced|"
    r"talented|someone|people)\b(?:\s+[\w-]+){0,4}?\s+(?:who|to\s+(?:join|lead|run|help|"
    r"own|build|manage|start))\b"
    r"|\bseeking\s+(?:an?|two|three|\d+|several|experienced|talented|exceptional\w*)\b"
    r"|\bto\s+join\s+(?:us\b|as\b|our\b|the\s+team|their\s+team|my\s+client)"
)


_FOLLOW_UP_NAME = compile_regex(r"follow[\s_-]?up|followup|reminder|bump|nudge", re.IGNORECASE)
_REPLY_SUBJECT = compile_regex(r"\s*(?:re|fwd?)\s*:", re.IGNORECASE)


def marked_follow_up(ctx: RuleContext) -> bool:
    """Is the template marked as a later step of a sequence, sent under an earlier message:
    metadata ``stage: follow-up``, ``follow_up: true`` or ``sequence_step`` above 1, a name or
    file name that says follow-up, or a subject starting "Re:"?"""
    t = ctx.template
    meta = {str(k).lower().replace("-", "_"): v for k, v in t.metadata.items()}
    if _FOLLOW_UP_NAME.search(str(meta.get("stage", ""))):
        return True
    if meta.get("follow_up") is True or meta.get("followup") is True:
        return True
    step = str(meta.get("sequence_step", meta.get("step", ""))).strip()
    if step.isdigit() and int(step) > 1:
        return True
    if any(_FOLLOW_UP_NAME.search(n) for n in (t.name or "", os.path.basename(t.path))):
        return True
    subject = ctx.subject
    return subject is not None and _REPLY_SUBJECT.match(subject.prose) is not None


class Searcher(Protocol):
    """A compiled pattern, or a ``Prefiltered`` one."""

    def search(self, text: str, pos: int = ..., endpos: int = ...) -> re.Match[str] | None: ...


_MAY_BREAK = (".", "!", "?", "\n")
"""The characters a sentence break (``message._SENTENCE_END``) can start with, but the
full-width marks: a text without them holds no break."""
_WIDE_MARKS = frozenset("\u3002\uff01\uff1f\u061f")
_BREAK_MARKS = ".!?"
_AFTER_MARK = (" ", "\n")
"""A sentence break always starts at or holds one of these marks before one of these
characters (no break before it can take the mark in), or a blank line."""


def sentence_floor(message: Message, at: int) -> int:
    """An offset no later than the start of the sentence holding ``at`` (``sentence_at``),
    found without splitting the text into sentences: just after the last mark before white
    space, or blank line, before ``at``. Every such mark starts a break (no break before it can
    take it in) and every blank line is in one.

    Each mark is looked for alone, and each search stops at the last place found: a character
    is found far faster than a pair (measured over 1,000 templates: 24,000 instructions a call
    for the seven pairs, 11,000 this way)."""
    if at < 2:
        return 0
    prose = message.prose
    last = -1  # where the last pair found starts
    for mark in _BREAK_MARKS:
        i = prose.rfind(mark, last + 1, at - 1)
        while i >= 0 and not prose.startswith(_AFTER_MARK, i + 1):
            i = prose.rfind(mark, last + 1, i)
        if i >= 0:
            last = i
    blank = prose.rfind("\n\n", last + 1, at)
    return (blank if blank >= 0 else last) + 1


def sentence_ceiling(message: Message, at: int) -> int:
    """An offset no earlier than the end of the sentence holding ``at``, found without splitting
    the text into sentences: just after the first mark before white space, or blank line, from
    ``at`` on (its end when there is none). (Searched for as ``sentence_floor``.)"""
    prose = message.prose
    first = len(prose)  # where the first pair found starts
    for mark in _BREAK_MARKS:
        i = prose.find(mark, at, first)
        while i >= 0 and not prose.startswith(_AFTER_MARK, i + 1):
            i = prose.find(mark, i + 1, first)
        if i >= 0:
            first = i
    blank = prose.find("\n\n", at, first + 1)
    if blank >= 0:
        return blank + 1
    return first + 1 if first < len(prose) else first


def in_one_sentence(message: Message, start: int, at: int) -> bool:
    """Are ``start`` and ``at`` (``start`` <= ``at``) surely in the sentence holding ``at``,
    without splitting the text into sentences: both on a letter, a digit or a placeholder (a
    quote after a mark, say, is in no sentence), and no character a break can start with
    between them? (``False``: maybe not.)"""
    prose = message.prose
    if not 0 <= start <= at < len(prose):
        return False
    if not (prose[at] == MASK or prose[at].isalnum()) or not (
        prose[start] == MASK or prose[start].isalnum()
    ):
        return False
    if any(prose.find(c, start, at) >= 0 for c in _MAY_BREAK):
        return False
    return prose.isascii() or _WIDE_MARKS.isdisjoint(prose[start:at])


def found_before_in_sentence(message: Message, pattern: Searcher, at: int) -> bool:
    """``pattern.search(message.folded, message.sentence_at(at).start, at) is not None``, mostly
    without splitting the text into sentences (many templates never need them otherwise).

    A search from ``sentence_floor`` that finds nothing finds nothing from the sentence's start
    either, as a match's place does not depend on where the search starts; a match it finds
    ``in_one_sentence`` with ``at`` is one the search from the sentence's start finds too. Only
    other matches need the sentences."""
    m = pattern.search(message.folded, sentence_floor(message, at), at)
    if m is None:
        return False
    if in_one_sentence(message, m.start(), at):
        return True
    return pattern.search(message.folded, message.sentence_at(at).start, at) is not None


@per_message
def _pitch_phrase(message: Message) -> Span | None:
    return next(pitch_phrases(message), None)


def pitch_phrases(message: Message, start: int = 0) -> Iterator[Span]:
    """The phrases that pitch a job, from ``start`` on, but those the sender disclaims ("I'm
    not pitching you a job", "this isn't about a role": a referral or advice request)."""
    folded = message.folded
    for m in _PITCH.finditer(folded, start):
        if not disclaimed(folded, m.start()):
            yield Span(m.start(), m.end())


def disclaimed(folded: str, at: int) -> bool:
    """Do words that deny or disclaim a pitch (``DISCLAIMED``) end at ``at`` in ``folded``
    (``Message.folded``)? They are a few words and the spaces between them, which no sentence
    break can be inside: the text just before ``at`` is searched, not its sentence."""
    return DISCLAIMED.search(folded, max(0, at - _DISCLAIMER_REACH), at) is not None


DISCLAIMED = gated(
    r"(?:\bnot|n't|\bnever)\s+(?:(?:really|currently|actually|here|trying)\s+)?(?:(?:to\s+)?"
    r"(?:pitch(?:ing)?|offer(?:ing)?|sell(?:ing)?|push(?:ing)?|about|(?:recruiting|hiring|"
    r"looking|searching)\s+for)(?:\s+(?:you|anyone))?\s+)?$"
)
"""The end of words that deny or disclaim the pitch after them: "I'm not pitching you a job",
"this isn't a job offer", "I'm not hiring for a role right now", "I'm not here to sell you a
job" (not "I'm not sure about the role", where "sure" comes between, nor "we're not just
offering a job", which offers more). Gated: searched only where one of the words it starts
with is ("not", "n't", "never"), as most pitches follow none."""
_DISCLAIMER_REACH = 64
"""More characters than the longest disclaimer ``DISCLAIMED`` matches with single spaces (40)."""


def pitch(
    ctx: RuleContext, unless: Callable[[Span], bool] | None = None, people: bool = True
) -> Span | None:
    """Where the template first pitches a job (``None`` if it pitches none).

    A template pitches a job when its text offers a role or says the sender, or an employer, is
    hiring for a job ("Kirklees is hiring Social Workers"; not "I'm not pitching you a job"), or
    when it has a placeholder for the job (role, job title, salary range…). A phrase for which
    ``unless`` holds is passed over (OL202: "are you open to new opportunities?"); without
    ``people``, so is a placeholder for a person on the job's side, which holds their name, not
    the job (OL202: "ask for {{ site_manager }}"; OL201 reads "{{ hiring_manager }} would like
    to meet you" as about a job). ``unless`` passes over such placeholders too (OL202: "{{
    company }} posted a {{ job_post }} role", in a note offering them candidates).
    """
    body = ctx.body
    found = _pitch_phrase(body)
    if found is not None and unless is not None and unless(found):
        # (the next phrases are searched for from the end of the first, as ``finditer`` from
        # the start would go on after it: no match is empty, and a match's lookbehinds read
        # the text before where a search starts)
        found = next((s for s in pitch_phrases(body, found.end) if not unless(s)), None)
    if found is not None:
        return found
    for p in body.placeholders:
        if ctx.kind(p) == "job" and (people or not a_person(p.name)):
            where = Span(p.start, p.end)
            if unless is None or not unless(where):
                return where
    return None
