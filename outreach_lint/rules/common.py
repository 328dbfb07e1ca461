"""Text knowledge several built-in rules share: greetings, job titles and pitches, follow-ups.

All patterns run on ``Message.prose`` (quotes straightened, placeholders masked with ``MASK``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message, Span, per_message
from outreach_lint.patterns import compile_regex
from outreach_lint.prefilter import located

PH = f"{MASK}+"
"""A placeholder in ``prose``."""

GREETING = compile_regex(
    # after a wave or bold markup: "👋 Hi {{ first_name }},", "**Hi {{ first_name }},**"
    r"^[ \t]*(?:(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?|[*_]{1,3})[ \t]*)*"
    r"(?P<greeting>(?:hi|hello|hey|hiya|dear|greetings|good\s+(?:morning|afternoon|"
    r"evening|day)|howdy|hallo|bonjour|bonsoir|hola|yo|g'day|namaste|kia\s+ora|"
    r"guten\s+(?:tag|morgen)|salut|ciao|hej|hei|respected|"
    # other languages' hellos and dears (Portuguese, Dutch, Polish, Italian, Spanish, German,
    # Turkish): with a name after them, a template's greeting
    r"olá|oi|hoi|beste|cześć|dzień\s+dobry|buongiorno|buenos\s+d[ií]as|bom\s+dia|"
    r"goedemorgen|goedemiddag|liebe[r]?|estimad[oa]|querid[oa]|merhaba|moin|servus|salve|"
    # "Morning {{ first_name }},", "Evening all," but not "Evening shifts start at 6"
    r"(?:morning|afternoon|evening)(?=[ \t]*(?:[,!]|" + PH + r"|(?:all|team|everyone|folks)\b|$)))"
    r"\b[ \t]*(?P<who>[^,!.:\n—–-]{0,40}?)[ \t]*(?:[,!.:—–-]|$))",
    re.IGNORECASE | re.MULTILINE,
)
"""A greeting at the start of a line; ``who`` is whatever follows the salutation."""

GENERIC_JOBS = frozenset(
    [
        # the job as a name: "Dear Doctor,", "Dear GP,", "Dear Locum,"
        "doctor",
        "doctors",
        "dr",
        "gp",
        "gps",
        "locum",
        "locums",
        "physio",
        "physios",
        "physiotherapist",
        "pharmacist",
        "carer",
        "carers",
        # "Dear Teacher,", "Dear Nurse,", "Hello Chef,": the job, not the person (never a first
        # name; after a title, as in "Dear Mr Driver", the word is a surname: greets_literal_name)
        "teacher",
        "teachers",
        "educator",
        "educators",
        "nurse",
        "nurses",
        "engineer",
        "engineers",
        "developer",
        "developers",
        "driver",
        "drivers",
        "chef",
        "chefs",
        "cook",
        "cooks",
        "cleaner",
        "cleaners",
        "midwife",
        "midwives",
        "paramedic",
        "paramedics",
        "pharmacists",
        "dentist",
        "dentists",
        "electrician",
        "electricians",
        "plumber",
        "plumbers",
        "technician",
        "technicians",
        "accountant",
        "accountants",
        "solicitor",
        "solicitors",
    ]
)
"""Jobs a greeting may name instead of the person ("Dear Nurse,"): after a title, as in
"Dear Dr Cook", they are surnames."""

GENERIC_WHO = frozenset(
    [
        "there",
        "all",
        "everyone",
        "everybody",
        "folks",
        "people",
        "friend",
        "friends",
        "candidate",
        "candidates",
        "applicant",
        "applicants",
        "sir",
        "sirs",
        # the same in the other languages of GREETING's hellos
        "candidato",
        "candidata",
        "candidat",
        "kandidat",
        "kandidaat",
        "bewerber",
        "bewerberin",
        "zusammen",
        "allerseits",
        "todos",
        "todas",
        "tous",
        "amigo",
        "amiga",
        "tutti",
        "iedereen",
        "señor",
        "señora",
        "señores",
        "señoras",
        "senhor",
        "senhora",
        "senhores",
        "caballeros",
        "damen",
        "herren",
        "kolleginnen",
        "kollegen",
        "kollege",
        "kollegin",
        "madame",
        "monsieur",
        "mesdames",
        "messieurs",
        "signore",
        "signora",
        "signori",
        "heer",
        "mevrouw",
        "dames",
        "heren",
        "państwo",
        "pan",
        "pani",
        "colegas",
        "colleghi",
        # words between them: "Hola a todos", "Damen und Herren", "Sir and Madam"
        "a",
        "à",
        "and",
        "und",
        "y",
        "e",
        "et",
        "en",
        "madam",
        "madams",
        "mam",
        "maam",
        "gentlemen",
        "ladies",
        "gents",
        "professional",
        "professionals",
        "colleague",
        "colleagues",
        "guys",
        "yall",
        "you",
        "connection",
        "connections",
        "talent",
        "jobseeker",
        "jobseekers",
        "job",
        "seeker",
        "seekers",
        "hiring",
        "manager",
        "managers",
        "recruiter",
        "recruiters",
        "valued",
        "dear",
        "future",
        "potential",
        "prospective",
        "fellow",
        "linkedin",
        "member",
        "members",
        "user",
        "network",
        "my",
        "the",
        "or",
        "and",
        "new",
        "mate",
        "mates",
        "buddy",
        "pal",
        "team",
        "reader",
    ]
).union(GENERIC_JOBS)
"""Words a greeting may be made of and still fit anyone ("Dear Valued Candidate", "Hi there"):
no name in it."""

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
    r"supervisor|foreman|team\s+leader|(?:team|tech|technical|engineering|maths|math|design|"
    r"product|data|clinical|ward|shift|site|project|programme|program|delivery|sales|marketing|"
    r"account|support|customer\s+success)\s+lead|nurse|nursing|rn|"
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
    r"\b(?:we(?:'re|\s+are)|I(?:'m|\s+am)|(?:my|our)\s+clients?(?:\s+\w+)?\s+(?:is|are)|"
    r"they(?:'re|\s+are)|(?:the\s+)?team\s+is|company\s+is|" + PH + r"\s+(?:is|are))\s+"
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
    r"|\bapply\b"
    # "we have vacancies for...", "we've got new roles", "there are shifts at..."
    r"|\b(?:we|I|they|(?:my|our)\s+clients?|there)(?:\s+currently|\s+now|\s+also)?"
    r"(?:'ve\s+got|\s+have\s+got|'s\s+got|'ve|\s+have|\s+has|\s+need|\s+needs|\s+got|"
    r"\s+are|'re|\s+is|'s)(?:\s+(?:looking|hoping)\s+to\s+fill)?\s+"
    r"(?:[\w£$€%/.,&-]+\s+){0,8}?" + _ROLE_NOUNS + r"\b"
    r"|\b(?:that's|that\s+is|who\s+(?:is|are)|which\s+is|who's)\s+(?:currently\s+|now\s+)?"
    r"(?:hiring|recruiting|appointing|looking\s+for|seeking)\b"
    r"|\bhelp\s+you\s+(?:find|land|secure|get)\s+(?:your|a|the)\s+(?:next\s+|new\s+|dream\s+)?"
    r"(?:role|job|position|opportunity|move)\b"
    # "we need Senior Carers", "we urgently need two welders"
    r"|\b(?:we|I|they|(?:my|our)\s+clients?)\s+(?:urgently\s+|currently\s+|really\s+)?"
    r"needs?\s+(?:an?\s+|\d+\s+|two\s+|three\s+|several\s+|more\s+|experienced\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:[A-Z][\w-]*|\w+(?:ers|ors|ists|ants|ians|ives|nurses|staff))\b"
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
    # agencies: "I'm working with several clients", "on behalf of a client"
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


def greeting(message: Message) -> re.Match[str] | None:
    """The greeting on the first non-blank line of the message, if it has one."""
    prose = message.prose
    first = len(prose) - len(prose.lstrip())
    m = GREETING.match(prose, prose.rfind("\n", 0, first) + 1)
    return m if m is not None and m.start("greeting") >= first else None


TITLES = "dr prof mr mrs ms mx messrs mme mlle rev revd fr sr sra srta hon capt cllr".split()
"""Titles written before a name, abbreviated ("Dr", "Cllr")."""
_TITLES = frozenset([*TITLES, "professor", "doctor", "sir", "dame"])
STAND_INS = frozenset(
    # who a template greets in place of a name: "Dear Dr Colleague", "Dear Mr Jobseeker",
    # "Dear Sir Or Madam", "Dear Doctor Candidate"
    "candidate candidates applicant applicants jobseeker jobseekers seeker seekers colleague "
    "colleagues manager managers recruiter recruiters professional professionals member members "
    "connection connections talent user users sir sirs madam madams madame mam maam gents "
    "gentlemen ladies guys yall team all everyone everybody there folks people friends "
    # the same recruiting nouns in GREETING's other languages: "Estimado Sr. Candidato"
    "candidato candidata candidat kandidat kandidaat bewerber bewerberin kollege kollegin "
    "kollegen kolleginnen colegas colleghi".split()
)
"""Recruiting and role nouns a template puts after a title in place of the person's name."""
_BEFORE_STAND_INS = frozenset(
    "valued future potential prospective dear hiring new fellow linkedin job my the".split()
)
"""Words that make a stand-in with one of ``STAND_INS`` after them ("Dear Dr Future Colleague",
"Dear Mr Hiring Manager", "Dear Mr Job Seeker"); alone after a title, a surname ("Dear Mr
New")."""
_JOINS = frozenset(["and", "&", "or"])
_GREETING_STOPS = frozenset(",!.:\n—–-")


def is_title(word: str) -> bool:
    """Is ``word`` a title, or titles joined by "/" ("Dr", "Dr.", "Mr/Ms")?"""
    return all(t.rstrip(".").lower() in _TITLES for t in word.split("/"))


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


_OPENERS = frozenset(
    "i we you it they my our your their its this that hope hoping trust thank thanks just "
    "please".split()
)
"""Words a message's first sentence starts with, a pronoun or a verb ("We need locums", "I hope
you're well", "Hope all is well"): no surname when more of the sentence follows them."""


def opens_sentence(words: list[str]) -> bool:
    """Do ``words`` (as written, from just after a title) start a sentence, not a name: a
    pronoun or a verb that opens one, with more of the sentence after it ("We need locums", "I
    hope you're well", "I'm Sam", "Hope all is well")? Alone, or before "and", such a word is a
    surname ("Dear Mrs Hope,", "Dear Dr You and team"), and "I" before a capital an initial
    ("Dear Dr I Patel")."""
    if not words:
        return False
    first = words[0].rstrip(",.!:;").lower()
    pronoun, apostrophe, _ = first.partition("'")
    if apostrophe:
        return pronoun in _OPENERS  # "I'm", "We're", "It's"
    if first not in _OPENERS or len(words) < 2:
        return False
    return words[1].lower() not in _JOINS and not words[1][:1].isupper()


def _titles(words: list[str]) -> int:
    """How many of ``words`` are the title(s) in front: "Dr", "Mr and Mrs", "Mr & Mrs"."""
    if not words or not is_title(words[0]):
        return 0
    n = 1
    while len(words) > n + 1 and words[n].lower() in _JOINS and is_title(words[n + 1]):
        n += 2
    return n


def titles_before_sentence(words: list[str]) -> int:
    """How many of a greeting's ``words`` (as written) are titles with no name after them,
    only a sentence ("Dear Ms We need locums", "Dear Mr I hope you're well"): 0 if none."""
    n = _titles(words)
    return n if n and opens_sentence(words[n:]) else 0


def _name_first(words: list[str]) -> bool:
    """Do ``words`` (as written, from after a title's full stop) start with a name: capitalised
    words up to their end, or up to a sentence that follows with no stop ("Smith hope all is
    well", "Smith I hope you're well"), not a sentence ("We need locums", "Great to meet
    you")?"""
    if not words or not words[0][:1].isupper() or opens_sentence(words):
        return False
    for i in range(1, len(words)):
        if opens_sentence(words[i:]):
            return True
        if not words[i][:1].isupper():
            return False
    return True


def surname_after_title(words: list[str]) -> bool:
    """Do ``words`` (a greeting's, as written, split at spaces) name someone by a title and
    their name, "Dr Cook", "Dr. A. Patel", "Mr and Mrs Patel", "Dr O'Brien and team"?

    After the title(s) and any initials, a capitalised word is a surname, also when it is a
    job or a greeting word elsewhere ("Dear Dr Cook", "Dear Mr Herren", "Dear Dr Pal"), unless
    it is a stand-in for the name ("Dear Dr Colleague", "Dear Mr Hiring Manager", "Dear Sir or
    Madam"). What follows the name ("and team", "hope all is well") does not matter; a
    pronoun or a verb starting a sentence is no name ("Dear Ms We need locums", "Dear Mr I hope
    you're well")."""
    if len(words) < 2 or not is_title(words[0]):
        return False
    rest = words[_titles(words) :]  # "Mr and Mrs Patel", "Mr & Mrs Patel"
    if opens_sentence(rest):
        return False  # "Dear Ms We need locums", "Dear Mr I hope you're well"
    while len(rest) > 1 and _is_initial(rest[0]):
        rest = rest[1:]  # "Dr A Patel", "Dr. A. J. Patel"
    if not rest:
        return False
    keys = [w.lower().rstrip(",.!:;") for w in rest[:4]]
    stand_in = next((k for k in keys if k not in _BEFORE_STAND_INS), "")
    if keys[0] in _JOINS or stand_in in STAND_INS:
        return False  # "Dear Dr Colleague", "Dear Dr Future Colleague", "Dear Sir or Madam"
    name = rest[0].rstrip(",.!:;")
    letters = name.replace("'", "").replace("-", "")
    return name[:1].isupper() and letters.isalpha()


def who_end(message: Message, m: re.Match[str]) -> int:
    """Where the words of the greeting ``m`` end: at the end of ``who``, or, where ``who`` stops
    at a title's or an initial's full stop, after the name that follows it ("Dear Dr. A.
    Patel,", "Dear Dr. Patel and team,"). What follows such a stop is a name when its words
    are capitalised up to the greeting's end or an "and": "Dear Dr. We need locums." is a
    title with no name, then a sentence."""
    prose = message.prose
    start, end, stop = m.start("who"), m.end("who"), m.end()
    while prose[stop - 1 : stop] == ".":
        last = prose[start:end].rsplit(None, 1)[-1:]
        if not last or not (is_title(last[0]) or _is_initial(last[0])):
            break
        line = prose[stop : stop + 41].split("\n", 1)[0]
        cut = next((i for i, c in enumerate(line) if c in _GREETING_STOPS), len(line))
        words = line[:cut].split()
        name = next((words[:i] for i, w in enumerate(words) if w in _JOINS), words)
        if not name and len(words) > 1 and is_title(words[1]):
            name = words[1:2]  # "Dear Mr. and Mrs. Patel"
        if not _name_first(name):
            break  # "Dear Dr. We need locums." (not "Dear Dr. Smith hope all is well.")
        end = stop + len(line[:cut].rstrip())
        stop += cut + 1
        if cut == len(line):
            break
    return end


_JOB = compile_regex(OCCUPATION)
"""A job noun, or a job title the job nouns know whole ("paralegal", "social worker")."""
_JOB_ENDINGS = ("ician", "ologist", "ographer", "therapist", "iatrist", "ometrist")
"""Endings that make a job noun and no one's name ("Clinician", "Radiologist", "Sonographer");
"-er", "-or", "-ian", "-ant" and "-al" make names too (Peter, Connor, Brian, Grant, Bilal)."""
_JOB_QUALIFIERS = frozenset(
    # the grade: "Dear Senior Paralegal", "Hi Lead Designer"
    "senior junior lead head chief principal deputy assistant associate trainee graduate "
    "apprentice staff locum registered qualified experienced "
    # where or in what the job is done: "Hello Store Manager", "Dear Social Worker"
    "store shop retail branch area regional district site office field social care support "
    "youth community family practice ward charge clinical dental medical pharmacy veterinary "
    "theatre sales account marketing finance payroll tax audit legal hr it data software "
    "research project product kitchen sous pastry operations warehouse delivery transport "
    "procurement recruitment talent hgv lgv "
    # a template's flattery: "Dear Future Paralegal", "Dear Fellow Accountant"
    "valued future potential prospective fellow dear new".split()
)
"""Words before a job noun that make it a job title, never a first name: "Dear Store Manager"
is a job, "Dear Sarah Cook" a person."""
_FIRST_NAMES = frozenset(["porter", "ae"])
"""Job nouns that are also first names: alone, "Hi Porter" greets a person."""


_JOB_WORDS = compile_regex(r"[^\W\d_]+(?:[-'][^\W\d_]+)*|[&/]")


def _job(words: list[str]) -> bool:
    """Are ``words`` (lower-case) one job title: a job noun, after at most two qualifiers
    ("paralegal", "social worker", "senior social worker", "area sales manager",
    "clinicians")?"""
    for i in range(min(len(words), 3)):
        if not all(w in _JOB_QUALIFIERS for w in words[:i]):
            return False
        rest = words[i:]
        if len(rest) == 1 and (
            rest[0] in GENERIC_JOBS or rest[0].rstrip("s").endswith(_JOB_ENDINGS)
        ):
            return True
        if _JOB.fullmatch(" ".join(rest)) and (i or rest[0] not in _FIRST_NAMES):
            return True
    return False


def job_as_name(who: str) -> bool:
    """Does a greeting's addressee ``who`` greet the job, not a person: one job title, or
    several joined by "and", "or", "&" or "/" ("Dear Paralegal", "Hello Store Manager", "Dear
    Social Worker", "Dear Doctors and Nurses")? After a title the word is a surname ("Dear Mr
    Baker"), and a first name before a job noun is a name ("Dear Sarah Cook")."""
    words = _JOB_WORDS.findall(who.lower())
    if not words or is_title(words[0]):
        return False
    job: list[str] = []
    for w in [*words, "/"]:
        if w not in _JOINS and w != "/":
            job.append(w)
        elif not _job(job):
            return False
        else:
            job = []
    return True


def greets_literal_name(message: Message) -> bool:
    """``Hi Sarah,``: a message addressed by hand, not a template."""
    m = greeting(message)
    if m is None:
        return False
    words = message.prose[m.start("who") : who_end(message, m)].split()
    if words and is_title(words[0]):
        # "Dear Dr Okafor", "Dear Mr Driver", "Dear Dr. A. Patel" (not "Dear Dr Colleague")
        return surname_after_title(words)
    first = words[0] if words else ""
    generic = first.lower() in GENERIC_WHO
    if generic or job_as_name(" ".join(words)):
        return False  # "Dear Paralegal", "Hello Store Manager": the job, not a person
    return bool(first) and first[0].isupper() and first.isalpha()


@per_message
def _pitch_phrase(message: Message) -> Span | None:
    m = _PITCH.search(message.folded)
    return Span(m.start(), m.end()) if m is not None else None


def pitch(ctx: RuleContext, unless: Callable[[Span], bool] | None = None) -> Span | None:
    """Where the template first pitches a job (``None`` if it pitches none).

    A template pitches a job when its text offers a role or says the sender, or an employer, is
    hiring for a job ("Kirklees is hiring Social Workers"), or when it has a placeholder for the
    job (role, job title, salary range…). A phrase for which ``unless`` holds is passed over
    (OL202: "are you open to new opportunities?").
    """
    body = ctx.body
    found = _pitch_phrase(body)
    if found is not None and unless is not None and unless(found):
        spans = (Span(m.start(), m.end()) for m in _PITCH.finditer(body.folded))
        found = next((s for s in spans if not unless(s)), None)
    if found is not None:
        return found
    for p in body.placeholders:
        if ctx.kind(p) == "job":
            return Span(p.start, p.end)
    return None
