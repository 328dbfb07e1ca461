"""Messages to someone already in touch with the sender: an answer to their application or
interview, a note to someone already in the hiring process or already working with the sender, a
note offering a client people.

Rules that flag cold pitches (OL102, OL201, OL202, OL604, OL605) leave these alone, and OL101
some of them; OL102 and OL202 ask the same question of the template (``already_in_touch``). All
patterns run on ``Message.folded``.
"""

from __future__ import annotations

from outreach_lint.check import RuleContext
from outreach_lint.message import Message, per_message
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_folded, compile_regex
from outreach_lint.prefilter import located, prefiltered
from outreach_lint.rules.common import OCCUPATION, PH, ROLE_WORD, marked_follow_up
from outreach_lint.rules.greetings import greeting
from outreach_lint.rules.sign_off import text_end
from outreach_lint.taxonomy import workplace

THANKS_FOR_APPLYING = (
    r"\bthanks?\s+(?:you\s+)?(?:(?:so|very)\s+much\s+|again\s+)?for\s+(?:applying|interviewing|"
    r"your\s+(?:recent\s+)?(?:application|interview)|(?:coming\s+in|attending)\s+(?:for\s+)?"
    r"(?:the\s+|your\s+|an\s+)?(?:trial\s+shift\s+and\s+(?:the\s+|your\s+|an\s+)?)?interview)\b"
)
"""An answer to the reader's own application: "thanks for applying for the BDM role", "thank
you for interviewing for the Senior Cyber Engineer role", "thank you for coming in for the
trial shift and interview"."""
_ANSWERS_APPLICATION = compile_folded(THANKS_FOR_APPLYING)
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
    opening = None  # (where its second sentence ends: split only for thanks that need it)
    for m in _ANSWERS_APPLICATION.finditer(folded, 0, text_end(message)):
        end = m.end()
        if _SOMEONE_INTERVIEWED.match(folded, end) or _gave_an_interview(message, end):
            continue
        clause = _CLAUSE.match(folded, end)
        if _A_JOB.search(folded, end, clause.end() if clause else end):
            return True
        if opening is None:
            sentences = message.sentences
            opening = sentences[min(1, len(sentences) - 1)].end if sentences else 0
        if m.start() < opening and not _FOR.match(folded, end):
            return True
    return False


_DONE_IT = (
    r"(?<!\bhave\s)(?<!\bdid\s)(?<!\bif\s)(?<!\blike\s)(?<!\bwhen\s)(?<!\bonce\s)(?<!\bafter\s)"
    r"(?<!\buntil\s)(?<!\bmaybe\s)(?<!\bperhaps\s)(?<!\bwhether\s)(?<!\bof\s)(?<!\bnot\s)"
    r"\byou(?:'ve|\s+have)?\s+"
)
"""What the reader has done, said of them ("you applied", "you covered", "you've registered"),
not asked of them ("have you registered …?", "did you apply?") or supposed ("once you've
registered", "people like you", "some of you")."""
_NOT_SUPPOSED = r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bonce\s)"
"""Not after a word that makes what follows a supposition: "if your contract … ends", "once
you're on our books", "when your DBS needs renewing"."""
_IN_PROCESS = located(
    # their interview, shift or start, already arranged: "your interview for the Staff Nurse
    # role is confirmed for Tuesday", "your slot is now 2pm"
    # (not a perk of the agency: "with us, your shifts are confirmed two weeks ahead", "your
    # shifts are confirmed within a day")
    r"(?<!\bwith\sus,\s)(?<!\bwith\sus\s)"
    r"\byour\s+(?:(?:first|second|final|next|telephone|phone|video)\s+)?(?:interview|"
    r"assessment(?:\s+(?:centre|center|day))?|trial\s+shift|induction|shifts?|booking)\b"
    r"[^.!?\n]{0,80}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|all\s+)?"
    r"(?:confirmed|booked|arranged|scheduled|rescheduled|moved|changed)\b(?!\s+within\b)"
    r"|\byour\s+(?:interview\s+)?slot\s+is\b"
    # "your interview for the Warehouse Supervisor role is tomorrow at 10am", "your placement
    # on Ward 7 starts on Monday" (a day of theirs, not "your shifts could start next week")
    r"|(?<!\bwith\sus,\s)(?<!\bwith\sus\s)\byour\s+(?:(?:first|second|final|next)\s+)?"
    r"(?:interview|placement|assignment|shifts?|trial\s+shift)\b[^.!?\n]{0,80}?\b(?:is|starts?)\s+"
    r"(?:tomorrow|today|this\s+(?:morning|afternoon|evening)|on\s+(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)\b"
    # "the Care Assistant role you accepted"
    r"|\b(?:role|job|position|post|offer|placement)\s+you(?:'ve|\s+have)?\s+accepted\b"
    # (as a sentence opens: "get a £50 bonus before your first shift" is a sign-up offer)
    r"|(?:^|[.!?:]\s+|\n)[ \t]*(?:before|ahead\s+of)\s+your\s+first\s+(?:shift|day|week)\b"
    # (not a promise: "get your start date in 24 hours", "we'll say welcome aboard by Friday")
    r"|(?<!\bget\s)\byour\s+start\s+date\b(?!\s+(?:in|within)\s+\d)"
    r"|(?<!\bsay\s)(?<!\bsaying\s)\bwelcome\s+(?:to\s+the\s+team|aboard)\b"
    # their paperwork: "thanks for sending your documents", "to finish your compliance"
    r"|\bthanks?\s+(?:you\s+)?for\s+(?:sending|returning|uploading)\s+(?:over\s+|in\s+)?your\b"
    # (not "complete your compliance in 10 minutes", how quick signing up is)
    r"|\b(?:finish|complete)\s+your\s+(?:compliance|onboarding|vetting|pre-employment)\b"
    r"(?!\s+(?:checks\s+)?(?:in|within)\s+(?:\d|a\s+few|minutes))"
    r"|\byou(?:'re|\s+are)\s+(?:now\s+)?(?:confirmed|booked)\s+(?:in\s+)?(?:for|on|at)\b"
    # an offer they accepted or are given: "thanks for accepting the Support Worker role",
    # "{{ company }} would like to offer you the Senior Analyst role"
    # (a job, not "the invitation to connect")
    r"|\b(?:thanks?\s+(?:you\s+)?for\s+accepting|you(?:'ve|\s+have)?\s+accepted)\s+"
    r"(?:the|our|their|an?|your)\s+(?:[\w'-]+\s+){0,4}?(?:role|job|position|post|offer|"
    r"placement|contract|shifts?)\b"
    r"|\b(?:would|'d)\s+like\s+to\s+offer\s+you\s+the\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:role|position|job|post)\b"
    # (not an offer held out before any interview: "subject to a short online assessment")
    r"(?![^.!?\n]*?\bsubject\s+to\s+(?:an?\s+)?(?:(?:short|quick|brief|simple)\s+)?(?:online\s+"
    r"(?:assessment|test)|(?:video\s+)?interview|application|registration|registering)\b)"
    # their application: "you applied for the Barista Trainer role last week"
    # (not "have you applied for our Christmas roles?", "people like you applied", nor "you
    # applied for our newsletter")
    r"|" + _DONE_IT + r"(?:recently\s+)?applied\s+"
    r"(?:for|to)\b(?!\s+(?:our|the|my)\s+(?:\w+\s+)?(?:newsletter|mailing|updates|alerts))"
    # a placement: "it's three months since you started as Operations Manager"
    # (a time since then: not "has a lot changed since you started as a nurse?")
    r"|\b(?:days?|weeks?|months?|years?)\s+since\s+you\s+started\s+(?:as|at|with|in)\b"
    r"(?![^.!?\n]*\?)"  # (not "has it been years since you started as a Carer?")
    # "confirming your interview with …"
    r"|\bconfirming\s+your\s+(?:interview|shifts?|start|booking|place)\b"
    # the papers the sender needs to book them in: "before we can book your first shift, I
    # need a copy of your passport" (not "before we can book you, we need you to apply", nor
    # "… we'll need your CV", which a stranger is asked for first)
    r"|\bbefore\s+(?:we|i)\s+can\s+(?:book|place|put|pay|clear)\s+(?:you|your\s+first\s+(?:shift|day|week|"
    r"placement))\b[^.!?\n]{0,60}?\b(?:i|we)(?:'ll|\s+will)?\s+(?:need|require)\b(?:\s*:|\s+"
    r"(?:a\s+copy|copies|your(?!\s+(?:cv|resume)\b)|two|three|a\s+few|the)\b)"
    # their own paperwork: "I've attached your offer letter", "sign and return your contract"
    # (not "your offer letter could be days away")
    r"|\b(?:attached|enclosed|attaching|enclosing|sign\s+and\s+return)\s+(?:is\s+|are\s+)?"
    r"your\s+(?:[\w'-]+\s+){0,2}?(?:offer\s+letter|offer|contract|paperwork)\b"
    # (not for a bonus held out to sign up: "… this week and we'll pay a £500 sign-up bonus",
    # "… for a £500 bonus"; "your offer letter, which includes a £2,000 signing bonus" is theirs)
    r"(?![^.!?\n]*?\b(?:for|and\s+(?:we'll|we\s+will)\s+pay(?:\s+you)?|and\s+(?:get|earn|claim))"
    r"\s+an?\s+[£$€]?\d[\d,.]*k?\s+(?:[\w-]+\s+)?bonus\b)"
    # "we need to do a right to work check" (before they start; not "… on all applicants")
    r"|\b(?:we|i)\s+(?:need|have)\s+to\s+(?:do|run|complete|carry\s+out)\s+(?:a|your|the)\s+"
    r"right[\s-]+to[\s-]+work\s+checks?\b(?!\s+(?:(?:on|for|with)\s+(?:all|each|every\w*|any\w*)|"
    r"before\s+(?:any|every)\w*\s+starts)\b)"
    # a place in their paperwork: "on page 2 of your certificate of sponsorship"
    r"|\b(?:page|section|box|part)\s+\w+\s+of\s+your\s+(?:[\w'-]+\s+){0,3}?(?:certificate|"
    r"contract|form|offer\s+letter|application|timesheet|paperwork)\b"
    # directions for their first day: "Report to the site cabin at 7am and ask for Dave"
    r"|(?:^|[.!?:]\s+|\n)[ \t]*(?:please\s+)?(?:report|come|head|go)\s+to\s+[^.!?\n]{1,40}?"
    r"\bat\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)\s+and\s+ask\s+for\b",
)
_SPOKE = located(
    # a conversation already had: "thanks for the call this morning", "as discussed"
    # ("thanks for the chat at the careers fair" is a meeting everyone there had)
    r"\bthanks?\s+(?:you\s+)?(?:(?:so|very)\s+much\s+)?for\s+(?:the|our|your)\s+"
    # (not "thanks for the call-outs on our post", nor "thanks for the call to connect")
    r"(?:call|conversation)(?![\w-])(?!\s+to\s+(?:connect|action)\b)"
    # (not "as discussed on our blog", "as discussed with my team")
    r"|\bas\s+(?:we\s+)?discussed(?=\s*[,.:;!?\n]|\s+(?:earlier|yesterday|today|this\s+"
    r"(?:morning|afternoon|week)|last\s+(?:week|time)|on\s+(?:the\s+phone|our\s+call|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|when\s+"
    r"we\s+spoke|over\s+the\s+phone)\b)"
    r"|\bfollowing\s+(?:our|your)\s+(?:call|conversation)\b"
    # "the ward manager job spec we talked about"
    r"|\b(?:the|that)\s+(?:[\w'-]+\s+){0,3}?(?:job|role|position|vacancy|post|shifts?)\s+"
    r"(?:[\w'-]+\s+)?(?:we|you\s+and\s+i)\s+(?:talked|spoke|chatted)\s+about\b"
    # an answer to the reader's own question: "you asked what the Ops Manager role pays" (not
    # "if you asked me", "have you asked yourself …?", nor "you asked about nursing roles", an
    # interest a note to everyone who came to a careers fair's stand may name)
    r"|(?<!\bif\s)(?<!\bhave\s)(?<!\bever\s)\byou\s+(?:asked|enquired|inquired|wanted\s+to\s+know)"
    r"\s+(?:me\s+|us\s+)?(?:what|how|whether|if|when|which)\b"
    # what the reader asked the sender to do: "you asked us to keep an eye out for ICU shifts"
    r"|(?<!\bif\s)(?<!\bhave\s)(?<!\bever\s)\byou\s+asked\s+(?:me|us)\s+to\s+(?:keep\s+an\s+eye\s+"
    r"out|look\s+out|watch\s+(?:out|for)|let\s+you\s+know|tell\s+you|keep\s+you\s+(?:posted|in\s+mind)|"
    r"find\s+you)\b"
    # a meeting in person: "thank you for coming to meet {{ manager }} and me on site", "thanks
    # for coming in on Tuesday" (not "thanks for coming to our open day", a crowd's)
    r"|\bthanks?\s+(?:you\s+)?(?:(?:so|very)\s+much\s+|again\s+)?for\s+coming\s+(?:in\b(?!\s+to\s+"
    r"(?:our|the)\s+(?:open|careers|recruitment))|to\s+(?:meet|see)\s+(?:me|us|" + PH + r"))",
)
"""A conversation the sender had with the reader, which a greeting that fits anyone belies."""
_COLD = located(
    # "I came across your profile", "I found your CV on Indeed": how a stranger starts
    r"\bi\s+(?:(?:just|recently)\s+)?(?:came\s+across|found|stumbled\s+(?:up)?on|spotted)\s+"
    r"your\s+(?:[\w-]+\s+)?(?:profile|cv|details)\b(?!\s+(?:on|in)\s+our\b)"
    # a job offered to a whole list: "we'd like to offer you the role, no interview needed!"
    r"|\bno\s+interviews?\s+(?:needed|required|necessary)\b"
    # a call to join, which nobody already in the process is sent: "Reply YES to apply",
    # "Apply today", "Register today", "Sign up now", "Click to start", "Reply with your CV",
    # "Call us to apply", "Download our app", "our open day"
    r"|\breply\s+(?:with\s+)?[\"'“‘]?yes[\"'”’]?\s+to\s+(?:apply|register|sign\s+up|join)\b"
    r"|\bapply\s+(?:now|today|here|online|in\s+minutes|by|and)\b"
    r"|\bregister\s+(?:now|today|online|in\s+minutes)\b"
    r"|(?:^|\n)[ \t]*apply\s*:"
    r"|\b(?:reply|call|text|ring)\b[^.!?\n]{0,40}?\bto\s+(?:get\s+booked|apply|register|"
    r"sign\s+up)\b"
    r"|\bbring\s+(?:your|a\s+copy\s+of\s+your)\s+(?:cv|resume)\b"
    r"|\b(?:click|tap)\s+(?:here\s+)?to\s+(?:apply|start|register|sign\s+up)\b"
    r"|\b(?:reply|respond)\s+with\s+your\s+(?:cv|resume)\b"
    r"|\bsend\s+(?:me|us)\s+your\s+(?:cv|resume)\b(?!\s+(?:again|back)\b)"
    r"|\bcall\s+us\s+to\s+(?:apply|register)\b|\bdownload\s+our\s+app\b"
    r"|\b(?:our|an?|the)\s+(?:recruitment\s+)?(?:open\s+day|walk-?in\s+(?:day|interviews?))\b",
)
_LIST = located(
    # "Sign up today", "Register here"
    r"\b(?:register|sign\s+up)\s+(?:here|by|and)\b|\bsign\s+up\s+(?:now|today|online)\b"
    # a promise to whoever joins: "Join today and your start date could be Monday", "join us
    # and you can keep working with us all year"
    r"|\bjoin\s+(?:us\s+)?(?:today\s+|now\s+)?and\s+(?:you|your|we'll|get)\b"
    # "Register: https://…" as a line of its own (not "Register: NMC", a nurse's register)
    r"|(?:^|\n)[ \t]*(?:register|sign\s+up)(?:\s+here)?\s*:\s*(?:https?://|www\.|" + PH + r")"
    # interviews for whoever turns up: "head to our office at 9am – we interview on the spot"
    # (not "they make on-the-spot offers", said to someone with an interview)
    r"|\binterview(?:s|ing)?\s+(?:you\s+)?on\s+the\s+spot\b|\bon[\s-]the[\s-]spot\s+"
    r"interviews?\b"
    # "Interested? Head to our Piccadilly office at 9am": come along if you want the job
    r"|\b(?:interested|keen)\?\s+(?:please\s+)?(?:come|head|go|pop)\s+(?:to|along|down|in)\b"
    # one line to the whole list: "some of you have worked for us before", "we have Care
    # Assistant jobs available in your area", "roles near you"
    r"|\b(?:some|many|lots|most|all|a\s+few)\s+of\s+you\b"
    r"|\b(?:jobs|roles|vacancies|positions|openings|opportunities)\s+(?:available\s+)?(?:(?:in|"
    r"near|around)\s+your\s+(?:local\s+)?area|near\s+you)\b",
)
"""Lines a message to a whole list says (a call to sign up, interviews for whoever turns up,
"some of you", "roles near you") that a note to the agency's own workers or candidates may say
too ("Sign up: <the training link>", "lots of you asked to be paid weekly", "I'll line up roles
near you for next month"): they show a message is cold only when it names no exchange of the
reader's with the sender, nor their booking (``_EXCHANGE``)."""
_EXCHANGE = located(
    r"\bthanks?(?:\s+you)?\s+(?:so\s+much\s+|again\s+)?for\s+(?:registering|signing\s+up|the\s+"
    r"(?:call|chat)|(?:the\s+|your\s+)?(?:\w+\s+)?shifts?|covering|coming\s+in|accepting)\b"
    r"|\bas\s+(?:we\s+)?discussed\s+(?:on|yesterday|earlier|this|last|today)\b"
    r"|\bi(?:'ve|\s+have)\s+put\s+you\s+forward\b"
    r"|\b(?:shifts?|nights?|days?|weeks?)\s+you\s+(?:did|worked|covered|do|work)\s+for\s+us\b"
    r"|\b(?:have|has)\s+asked\s+for\s+you\s+again\b"
    r"|\b(?:you(?:'ve|\s+have)\s+accepted|accepting)\s+(?:the|our|their)\b"
    r"|\byour\s+offer\s+letter\b|\byou\s+asked\s+(?:me|us)\s+to\b"
    # their booking: "you're confirmed for bar shifts at …", "before your first shift on Monday",
    # "your contract with {{ client }} ends on Friday" (not "if your contract … ends")
    r"|\byou(?:'re|\s+are)\s+confirmed\s+for\b|\bbefore\s+your\s+first\s+(?:shift|day)\b"
    r"|" + _NOT_SUPPOSED + r"\byour\s+(?:contract|assignment|placement)\s+"
    r"(?:with|at)\s+[^.!?\n]{1,60}?\b(?:ends|finishes|is\s+ending)\b",
)
"""What only a message to this one reader says: something that passed between them and the
sender ("thanks for registering with us", "thanks for the call this morning", "as discussed
on Tuesday", "I've put you forward", "the three shifts you did for us", "they have asked for
you again", "your offer letter", "you asked me to send"). A bulk message that says it lies;
the rules take it at its word, as they take "your work on …" at its word."""
"""Words by which a message shows it is a first contact, sent to people in no process: how a
stranger starts, a job offered to a whole list, a call to apply or sign up ("Register:
https://…"), interviews for whoever turns up ("we interview on the spot", "Interested? Head to
our office at 9am"), a line to everyone on the list ("some of you", "jobs in your area", "roles
near you")."""
_STRANGER = frozenset(
    "there candidate applicant jobseeker seeker friend sir madam professional connection".split()
)
"""Whom a greeting that fits anyone greets ("Hi there", "Dear Candidate", "Dear Sir or Madam"):
one reader, not a group ("Hi all" may greet the temps a note books in)."""
_WITH_STRANGER = _STRANGER | frozenset(
    "or and dear valued future potential prospective job linkedin".split()
)
_WORD = compile_regex(r"[^\W\d_]+")


@per_message
def in_process(message: Message) -> bool:
    """Is the reader already in the sender's hiring process, as the message takes for granted:
    their interview, shift or start is arranged ("your interview for the Staff Nurse role is
    confirmed", "before your first shift", "you're confirmed for bar shifts"), they accepted or
    are offered a job ("thanks for accepting the Support Worker role", "would like to offer you
    the Senior Analyst role"), they applied ("you applied for the Barista Trainer role"), or
    they spoke to the sender ("thanks for the call this morning", "as discussed", "you asked
    what the role pays", "you asked us to keep an eye out for ICU shifts", "thank you for coming
    to meet {{ site_manager }} and me on site"), or started a job the sender placed them in
    ("since you started as Operations Manager"), or it asks for or sends their own papers or
    directions ("before we can book your first shift, I need a copy of your passport", "I've
    attached your offer letter", "we need to do a right to work check", "on page 2 of your
    certificate of sponsorship", "report to the site cabin at 7am and ask for Dave")? Such a
    message answers where they are in the process, not a cold pitch: a name is all it needs of
    them, and the job it names is theirs already.

    Not when it shows it is a first contact ("I came across your profile", "no interview
    needed", "we have Care Assistant jobs in your area", "Register: https://…", "we interview on
    the spot"), nor a conversation it claims when it greets anyone ("Hi there, as discussed, we
    are recruiting …"): whoever spoke to the sender is greeted by name."""
    return _in_process(message, bare=True)


@per_message
def in_process_on(message: Message) -> bool:
    """``in_process``, when the message says what about: not on a bare "as discussed" alone
    ("as discussed, it would be great to connect"), which says nothing of what was discussed
    nor why the message was sent."""
    return _in_process(message, bare=False)


_AS_DISCUSSED_ALONE = compile_folded(r"as\s+(?:we\s+)?discussed\s*[,.:;!?\n]")


@per_message
def _shows_it_is_cold(message: Message) -> bool:
    """Does the message show it is a first contact (``_COLD``)? Asked by ``in_process``,
    ``in_process_on`` and ``with_us``, once."""
    folded, end = message.folded, text_end(message)
    if _COLD.search(folded, 0, end):
        return True
    return _LIST.search(folded, 0, end) is not None and not _EXCHANGE.search(folded, 0, end)


def _in_process(message: Message, bare: bool) -> bool:
    """``in_process``, counting a bare "as discussed" only with ``bare``."""
    folded, end = message.folded, text_end(message)
    # (what shows a process is looked for first: most messages show none, and then need not be
    # asked whether they show a first contact)
    if _IN_PROCESS.search(folded, 0, end):
        return not _shows_it_is_cold(message)
    for m in _SPOKE.finditer(folded, 0, end):
        if bare or not _AS_DISCUSSED_ALONE.match(folded, m.start()):
            return not _shows_it_is_cold(message) and not _greets_a_stranger(message)
    return False


def _greets_a_stranger(message: Message) -> bool:
    """Does the message open with a greeting that fits any one reader, with no name in it ("Hi
    there", "Dear Candidate", "Dear Sir or Madam"; not "Hi {{ first_name|default('there') }}"
    nor "Hi all")?"""
    m = greeting(message)
    if m is None:
        return False
    who = set(_WORD.findall(message.prose[m.start("who") : m.end("who")].lower()))
    return bool(who & _STRANGER) and who <= _WITH_STRANGER


_OFFERS_PEOPLE = prefiltered(
    # "we have two qualified maths teachers available", "we have 15 who can start within a week",
    # "I have two nurses who could help", "I have two candidates who may save you some time";
    # "I have two candidates who have both been through that migration" (candidates, whom only
    # a client is offered; not "two engineers who report to me")
    r"\b(?:we|i)(?:'ve|\s+have)(?:\s+got)?\s+(?:\d+|two|three|four|five|six|several|a\s+few|"
    r"a\s+couple\s+of)\s+(?:(?:[\w-]+\s+){0,2}?(?:candidates|applicants)\b|(?:(?:[\w-]+\s+){0,3}?"
    r"(?:" + OCCUPATION + r"|people)\s+)?(?:available|ready\s+to\s+start|who\s+(?:can|could|"
    r"might|may|would)\s+(?:start|help|suit\s+you|save\s+you|cover|fill))\b)"
    # "anonymised CVs for both"
    r"|\b(?:cvs|profiles|resumes)\s+(?:for|of)\s+(?:both|each|all\s+(?:two|three|four)|them)\b"
    # "we have 15 with Relativity experience who can start" (not "three roles … who can start")
    r"|\b(?:we|i)(?:'ve|\s+have)(?:\s+got)?\s+(?:\d+|two|three|four|five|six|several)\s+"
    r"(?:with|who\s+have)\s+(?:(?!(?:roles?|jobs?|positions?|vacanc\w*|openings?|shifts?|posts?)"
    r"\b)[\w-]+\s+){1,4}?(?:available|who\s+(?:can|could)\s+start)\b"
    # "could I send you their CVs?", "open to seeing two profiles this week?"
    r"|\b(?:(?:send|sent|e-?mail(?:ed)?|forward(?:ed)?|pass(?:ed)?)\s+(?:you\s+|over\s+)?their|"
    r"(?<!'m\s)(?<!\bam\s)(?:send\s+you|share|see|seeing|"
    r"show\s+you)\s+(?:\d+|"
    r"two|three|four|five|a\s+few|a\s+couple\s+of))\s+(?:[\w-]+\s+){0,2}?(?:cvs|profiles|"
    r"resumes)\b"
    # "would it help to see their CVs?" (people the sender has: not "see your CV")
    r"|\b(?:see|seeing|read|reading|look\s+at|have)\s+their\s+(?:[\w-]+\s+){0,2}?(?:cvs|"
    r"profiles|resumes)\b"
    # "would a short call about your kitchen hiring help?"
    r"|\babout\s+your\s+(?:[\w-]+\s+){0,2}?(?:hiring|recruitment|staffing)\b"
    r"(?!\s+(?:manager|process|journey|experience))",
    locate=True,
)
"""The sender offering the reader people for their own hiring, as a note to a client does:
candidates available ("we have two qualified maths teachers available", "we have 15 who can
start within a week", "I have two nurses who could help"), their CVs or profiles ("could I send
you their CVs?", "if I emailed you their anonymised profiles", "open to seeing two profiles?",
"would it help to see their CVs?"), or a talk about the reader's hiring ("a short
call about your kitchen hiring")."""


@per_message
def offers_people(message: Message) -> bool:
    """Does the text offer the reader people for their own hiring (see ``_OFFERS_PEOPLE``)?"""
    return _OFFERS_PEOPLE.search(message.folded, 0, text_end(message)) is not None


_SHIFTS = (
    r"(?:(?:[\w'-]+\s+){0,3}?(?:shifts?|nights?|days?|weekends?|lates|earlies|sessions?|clinics?|"
    r"cover|seasons?)\s+)?"
)
"""Shifts they covered or worked, if named: "(you covered) ED registrar nights (for us)", "(you
worked) 12 shifts (at our Leeds depot)", "(you worked) the Christmas temp season (with us)" (not
"this topic", "the NHS pay story")."""
_LINE = r"(?:[^.!?\n]|\n(?![ \t]*\n))"
"""A character of the same sentence, which may run on over a line break (not a blank line)."""
_WORKED = (
    r"(?:[\w'-]+\s+){0,3}?(?:shifts?|nights?|days?|weekends?|lates|earlies|sessions?|clinics?)\s+"
    r"you\s+(?:did|worked|covered|picked\s+up)\b\s*"
)
"""Shifts the reader worked: "(the) three shifts you did", "(those) nights you covered"."""
_ALREADY_WITH_US = located(
    # an offer they accepted: "congratulations again on accepting our training contract"
    # (not "congratulations on accepting the Head of Data role at Monzo", a job elsewhere)
    r"\bcongrat(?:ulation)?s\s+(?:(?:again\s+)?on\s+accepting\s+our|again\s+on\s+accepting\s+"
    r"(?:the|your))\s+(?:[\w'-]+\s+){0,4}?(?:role|job|position|post|offer|placement|contract)\b"
    # the agency they signed up with: "thanks for registering with us for supply teaching"
    # (not "thanks for registering for our newsletter", nor "with us for the webinar")
    r"|(?:\bthanks?\s+(?:you\s+)?(?:(?:so|very)\s+much\s+|again\s+)?for\s+registering|"
    + _DONE_IT
    + r"registered|"
    + _NOT_SUPPOSED
    + r"\byou(?:'re|\s+are)\s+(?:already\s+|now\s+|still\s+)?registered)\s+with\s+us\b"
    r"(?!\s+(?:for|on|at)\s+(?:our|the|a|this|next)\s+(?:[\w-]+\s+)?(?:newsletter|mailing|"
    r"updates|alerts|webinar|event|talk|fair|open\s+day|launch))"
    # on the agency's books: "you're on our locum list for North Yorkshire", "you're still on
    # our books" (not "once you're on our books", "if you are on our list", nor "are you on our
    # books?")
    r"|" + _NOT_SUPPOSED + r"\byou(?:'re|\s+are)\s+(?:already\s+|still\s+|now\s+)?"
    r"on\s+our\s+(?:[\w-]+\s+){0,2}?(?:list|books|register|bank|panel|roster|database)\b"
    r"(?!" + _LINE + r"*\?)"
    # "you'll stay on our list for the next ones" (not "join us and you'll stay on our list")
    r"|(?<!\bjoin\sand\s)(?<!\bus\sand\s)(?<!\bup\sand\s)\byou(?:'ll|\s+will)\s+(?:stay|remain)\s+"
    r"on\s+our\s+(?:[\w-]+\s+){0,2}?(?:list|books|register|bank|panel|roster|database)\b"
    # a rejection after their interview: "I'm sorry to say they've offered the job to a chef
    # with more experience" (not "they've offered the job to 300 people like you")
    # (not quoted: "tired of hearing 'sorry, they've offered the job to someone else'?")
    r"|(?<![\"'])\b(?:sorry|unfortunately|afraid|regret)\b"
    + _LINE
    + r"{0,40}?\b(?:they|we|she|he|the\s+"
    r"[\w-]+|" + PH + r")(?:'ve|'s|\s+have|\s+has)\s+(?:now\s+)?(?:offered|given)\s+the\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:job|role|position|post|place)\s+to\s+(?:someone|somebody|another|"
    r"an?(?=\s+(?:[\w'-]+\s+){0,2}?(?:candidate|applicant|chef|nurse|person|[\w-]+er)\b))\b"
    # a rejection said plainly: "we've decided to offer the Assistant Site Manager job to
    # another candidate" (not "… to the best candidate", an aim)
    r"|\b(?:we|they|she|he|"
    + PH
    + r")(?:'ve|\s+have|\s+has)\s+decided\s+to\s+(?:offer|give)\s+the\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:job|role|position|post|place)\s+to\s+(?:someone|somebody|another)\b"
    # their earlier run at a job of the sender's: "you reached the final round for our Senior
    # Associate post" (not "if you reach the final round", "people like you reached …")
    r"|"
    + _DONE_IT
    + r"(?:reached|made\s+it\s+to|got\s+(?:through\s+)?to)\s+the\s+(?:final|last|second|"
    r"third)\s+(?:round|stage|interview)s?\b"
    # a booking the agency made them: "the same team as on your last booking"
    r"|"
    + _NOT_SUPPOSED
    + r"\b(?:on|from|since|after)\s+your\s+last\s+booking\b(?!"
    + _LINE
    + r"*\?)"
    # shifts they worked for the sender: "thanks for covering at our Morriston branch", "you
    # covered ED registrar nights for us at Chesterfield" (not "you covered this topic in your
    # post", nor "have you worked for us before?")
    r"|(?:\bthanks?\s+(?:you\s+)?(?:(?:so|very)\s+much\s+|again\s+)?for\s+(?:covering|working)|"
    + _DONE_IT
    + r"(?:covered|worked))\s+(?:"
    + PH
    + r"\s+)?"
    + _SHIFTS
    + r"(?:for\s+us|with\s+us|at\s+our|at\s+"
    + PH
    + r")"
    # their own timesheet or payslip, for a time they worked: "your timesheet for the week
    # ending 12 January" (not "submit your timesheets on our app", a perk)
    r"|\byour\s+(?:timesheets?|payslips?|pay\s+slips?)\s+(?:for|from)\s+(?:the\s+|last\s+|"
    r"this\s+)?(?:week|w/?e|month|shift|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    # "the shifts you do for us"
    r"|\b(?:shifts?|nights?|days?)\s+you\s+(?:do|work)\s+for\s+us\b"
    # the contract the sender placed them in: "your contract with Halden Bank's payments team
    # ends on {{ end_date }}", "they'd like to extend you" (not "your contract ends soon?")
    # (not a condition: "if your contract with your current client ends on 31 March")
    r"|" + _NOT_SUPPOSED + r"\byour\s+(?:contract|placement|assignment)\s+"
    r"(?:with|at)\s+" + _LINE + r"{1,60}?\b(?:ends|"
    r"finishes|is\s+due\s+to\s+(?:end|finish))\s+on\b(?!" + _LINE + r"*\?)"
    # (not "we'd like to extend you an invitation")
    r"|\b(?:would|'d)\s+like\s+to\s+extend\s+(?:you\b(?!\s+(?:an?|the|our|my|this)\b)|"
    r"your\s+(?:contract|placement|assignment)\b)"
    # an employer extending it: "Halcyon want to extend your contract" (not "want to extend your
    # contract? Join us")
    # (nor "most clients want to extend your contract", a sales line)
    r"|(?<!\byou\s)(?<!\bdo\s)(?<!\bclients\s)(?<!\bemployers\s)(?<!\bcompanies\s)"
    r"\b(?:wants?|hopes?|plans?|(?:is|are)\s+keen|ha(?:ve|s)\s+agreed)\s+"
    r"to\s+extend\s+your\s+(?:contract|placement|assignment)\b(?!" + _LINE + r"*\?)"
    # "congratulations again on the role", said after an offer (not "congratulations on your
    # new job")
    r"|\bcongrat(?:ulation)?s\s+again\s+on\s+(?:the|your)\s+(?:new\s+)?(?:role|job|position|post|"
    r"offer|placement)\b"
    # a client asking for them again: "Oakwood have asked for you again", "the bar manager asked
    # for you by name" (not "clients who ask for you by name", nor "has anyone asked for you?")
    r"|(?<!\bwho\s)(?<!\bif\s)(?<!\bwhen\s)\basked\s+for\s+you\s+(?:again|back|by\s+name)\b"
    r"(?!" + _LINE + r"*\?)"
    # shifts they did for the sender: "the three shifts you did for us at the Henley regatta",
    # "thanks again for the three shifts you did at the Henley regatta"
    r"|\b(?:(?:the|those|these|your)\s+" + _WORKED + r"(?:for|with)\s+us\b|thanks?\s+(?:you\s+)?"
    r"(?:(?:so|very)\s+much\s+|again\s+)?for\s+(?:the|those|these|your)\s+" + _WORKED + r")"
    # work with the sender that goes on: "before you can keep working with us in schools" (not
    # "Keep working with us all summer!", nor "want to keep working with us?")
    r"|\b(?:can|could|to)\s+(?:keep|continue|carry\s+on)\s+(?:working|temping)\s+(?:with|for)\s+us\b(?!"
    + _LINE
    + r"*\?)"
    # their DBS the sender renews: "your enhanced DBS certificate … we need to renew it" (not
    # "your DBS will be renewed free when you join", nor "if/when your DBS needs renewing")
    r"|" + _NOT_SUPPOSED + r"\byour\s+(?:enhanced\s+|basic\s+|standard\s+)?"
    r"(?:dbs|pvg)\b"
    + _LINE
    + r"{0,80}?\bneeds?\s+(?:to\s+(?:be\s+)?)?renew(?:ed|ing|al)?\b(?!"
    + _LINE
    + r"*\?)",
)


@per_message
def with_us(message: Message) -> bool:
    """Has the reader already worked, or signed up to work, with the sender, as the message
    takes for granted: they accepted the sender's offer ("congratulations again on accepting our
    training contract"), registered with the agency ("thanks for registering with us for supply
    teaching", "you're already registered with us", "you're on our locum list for North
    Yorkshire", "you'll stay on our list for the next ones"), were interviewed and turned down
    ("I'm sorry to say they've offered the job to a chef with more experience", "we've decided
    to offer the job to another candidate", "you reached the final round for our Senior
    Associate post"), covered shifts for the sender ("thanks for covering at our Morriston
    branch", "thanks again for working {{ last_event }} with us", "you covered ED registrar
    nights for us", "you worked the Christmas temp season with us", "your timesheet for the
    week ending 12 January", "the same team as on your last booking"), or are on a contract the
    sender placed them in ("your contract with Halden Bank ends on …", "they'd like to extend
    you", "Halcyon want to extend your contract"), or are asked for again ("Oakwood have asked
    for you again", "thanks again for the three shifts you did at the Henley regatta"), or keep
    working with the sender ("we need to renew your DBS before you can keep working with us")?
    Like a message to someone in the process (``in_process``), a name is all it needs of them,
    and the work it names is theirs already; and as there, not when the message shows it is cold
    ("Some of you have worked for us before … Reply YES to apply")."""
    found = _ALREADY_WITH_US.search(message.folded, 0, text_end(message))
    return found is not None and not _shows_it_is_cold(message)


def already_in_touch(ctx: RuleContext) -> bool:
    """Is the template a later step of a sequence (``common.marked_follow_up``), or to someone
    already in the sender's hiring process (``in_process``) or already working with the sender
    (``with_us``)? Then a name is all it needs of the reader (OL102), and the job it names is
    theirs already (OL202).

    The other rules differ on purpose. OL202 also leaves alone an answer to the reader's own
    application (``answers_application``), which OL102 sees as naming their work instead
    ("thanks for applying for …", ``phrasing.names_their_work``). OL201 asks why a message was
    sent: a marked follow-up passes only when it names what it follows up on, and a bare "as
    discussed" is no reason (``in_process_on``). OL604 and OL605 ask only
    ``answers_application``. OL101, which asks for any placeholder about the reader, a name
    included, leaves alone an answer to their application or a note about their own process
    (``answers_application``, ``in_process``), not a marked later step nor one to someone
    working with the sender."""
    return marked_follow_up(ctx) or in_process(ctx.body) or with_us(ctx.body)
