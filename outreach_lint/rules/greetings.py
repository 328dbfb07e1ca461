"""Greetings: the salutation a message opens with and who it greets, for the rules that read it
(OL101, OL103, OL406): a name, a title before a surname, a stand-in for a name ("Dear
Candidate"), or the job as a name ("Dear Paralegal").

All patterns run on ``Message.prose`` (quotes straightened, placeholders masked with ``MASK``).
"""

from __future__ import annotations

import re

from outreach_lint.message import Message, per_message
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.common import OCCUPATION, PH

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


@per_message
def greeting(message: Message) -> re.Match[str] | None:
    """The greeting on the first non-blank line of the message, if it has one (found once per
    message: OL101, OL103, OL406 and the test for messages already in touch all ask)."""
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


_PARTICLES = frozenset(
    "de da di du del della der den van von le la dos das ter ten bin binti ibn al el".split()
)
"""Lower-case words a surname may start with ("Dr de Souza", "Mr van der Berg", "Mr bin
Hassan"): written in lower case, they come before the capitalised part."""
_PARTICLE_PREFIX = compile_regex(r"^d'(?=[A-Z])")
"""A particle joined to the surname by an apostrophe ("d'Souza"; prose has straight quotes)."""


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
    while len(rest) > 1 and rest[0] in _PARTICLES:
        rest = rest[1:]  # "Dr de Souza", "Mr van der Berg"
    if not rest:
        return False
    keys = [w.lower().rstrip(",.!:;") for w in rest[:4]]
    stand_in = next((k for k in keys if k not in _BEFORE_STAND_INS), "")
    if keys[0] in _JOINS or stand_in in STAND_INS:
        return False  # "Dear Dr Colleague", "Dear Dr Future Colleague", "Dear Sir or Madam"
    name = _PARTICLE_PREFIX.sub("", rest[0].rstrip(",.!:;"))  # "d'Souza"
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
