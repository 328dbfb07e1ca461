"""Text knowledge several built-in rules share: greetings, job pitches, reasons that fit.

All patterns run on ``Message.prose`` (quotes straightened, placeholders masked with ``MASK``).
"""

from __future__ import annotations

import os
import re

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message, Span, per_message
from outreach_lint.patterns import compile_folded, compile_regex
from outreach_lint.prefilter import located, prefiltered
from outreach_lint.taxonomy import SPECIFIC

PH = f"{MASK}+"
"""A placeholder in ``prose``."""

GREETING = compile_regex(
    r"^[ \t]*(?P<greeting>(?:hi|hello|hey|hiya|dear|greetings|good\s+(?:morning|afternoon|"
    r"evening|day)|howdy|hallo|bonjour|hola|yo)\b[ \t]*(?P<who>[^,!.:\n—–-]{0,40}?)[ \t]*"
    r"(?:[,!.:—–-]|$))",
    re.IGNORECASE | re.MULTILINE,
)
"""A greeting at the start of a line; ``who`` is whatever follows the salutation."""

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
)
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

_HIRE = (
    r"(?:porter|chef|cook|manager|lead|assistant|engineer|technician|driver|nurse|carer|worker|"
    r"operative|officer|director|analyst|developer|designer|accountant|consultant|specialist|"
    r"administrator|coordinator|receptionist|cleaner|supervisor|\w+(?:er|or|ist|ian))"
)
"""Words that end the title of someone to hire ("Kitchen Porter", "Head Chef", "welder")."""

_PITCH = located(
    r"\b(?:we(?:'re|\s+are)|I(?:'m|\s+am)|(?:my|our)\s+client(?:\s+\w+)?\s+(?:is|are)|"
    r"they(?:'re|\s+are)|(?:the\s+)?team\s+is|company\s+is|" + PH + r"\s+(?:is|are))\s+"
    r"(?:currently\s+|actively\s+|now\s+|urgently\s+)?(?:hiring|recruiting|looking\s+for|"
    r"searching\s+for|seeking|on\s+the\s+lookout\s+for|expanding|building\s+(?:out\s+)?"
    r"(?:a|our|the|their)\s+team)\b"
    r"|\b(?:hiring|recruiting)\s+(?:for\s+)?(?:a|an|our|their|the|two|three|several|multiple|"
    r"\d+|" + PH + r")\b"
    r"|(?<!your\s)(?<!your\scurrent\s)(?<!your\snext\s)\b(?:a|an|the|this|our|their|that|new|"
    r"open|exciting|great|permanent|remote|hybrid|senior|junior|lead|" + PH + r")\s+(?:[\w-]+\s+"
    r"){0,3}?" + ROLE_WORD + r"\b(?!\s+(?:to\s+(?:connect|chat|meet|network|learn)))"
    r"|\bjoin\s+(?:our|the|their|my\s+client's)\s+(?:\w+\s+){0,2}team\b"
    r"|\bapply\b"
    # "we have vacancies for...", "we've got new roles", "there are shifts at..."
    r"|\b(?:we|I|they|(?:my|our)\s+clients?|there)(?:\s+currently|\s+now|\s+also)?"
    r"(?:'ve\s+got|\s+have\s+got|'s\s+got|'ve|\s+have|\s+has|\s+need|\s+needs|\s+got|"
    r"\s+are|'re|\s+is|'s)(?:\s+(?:looking|hoping)\s+to\s+fill)?\s+"
    r"(?:[\w£$€%/.,&-]+\s+){0,8}?" + _ROLE_NOUNS + r"\b"
    r"|\b(?:that's|that\s+is|who\s+(?:is|are)|which\s+is|who's)\s+(?:currently\s+|now\s+)?"
    r"(?:hiring|recruiting|looking\s+for|seeking)\b"
    r"|\bhelp\s+you\s+(?:find|land|secure|get)\s+(?:your|a|the)\s+(?:next\s+|new\s+|dream\s+)?"
    r"(?:role|job|position|opportunity|move)\b"
    # "we need Senior Carers", "we urgently need two welders"
    r"|\b(?:we|I|they|(?:my|our)\s+clients?)\s+(?:urgently\s+|currently\s+|really\s+)?"
    r"needs?\s+(?:an?\s+|\d+\s+|two\s+|three\s+|several\s+|more\s+|experienced\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:[A-Z][\w-]*|\w+(?:ers|ors|ists|ants|ians|ives|nurses|staff))\b"
    # "a hotel kitchen in Salford needs a Kitchen Porter" (a hire, not "needs more women")
    r"|\b(?:an?|the)\s+(?:[\w'&-]+\s+){1,5}?(?:urgently\s+|currently\s+|now\s+)?needs\s+"
    r"(?:an?|two|three|\d+)\s+(?:[\w-]+\s+){0,2}?" + _HIRE + r"s?\b"
    # agencies: "I'm working with several clients", "on behalf of a client"
    r"|\b(?:I'm|I\s+am|we're|we\s+are)\s+(?:currently\s+|now\s+)?(?:working|partnering)\s+"
    r"(?:with|on)\s+(?:a\s+few\s+|several\s+|some\s+|a\s+number\s+of\s+|\d+\s+|two\s+|"
    r"three\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:clients?|roles?|positions?|searche?s?|"
    r"vacanc(?:y|ies)|briefs?|mandates?|assignments?|jobs?|openings?)\b"
    r"|\b(?:on\s+behalf\s+of\s+|one\s+of\s+)?(?:my|our)\s+clients?\b(?!\s+base)"
    # "looking for a tech ninja who...", "seeking an accomplished COO", "to join as..."
    r"|\b(?:looking|searching)\s+for\s+(?:an?|two|three|\d+|several|some|experienced|"
    r"talented|someone|people)\b(?:\s+[\w-]+){0,4}?\s+(?:who|to\s+(?:join|lead|run|help|"
    r"own|build|manage|start))\b"
    r"|\bseeking\s+(?:an?|two|three|\d+|several|experienced|talented|exceptional\w*)\b"
    r"|\bto\s+join\s+(?:us\b|as\b|our\b|the\s+team|their\s+team|my\s+client)"
)

_NOT_WORK = (
    r"(?:wanted|needed|liked|loved|preferred|decided|asked|mentioned|noticed|replied|applied|"
    r"signed|accepted|connected|called|emailed|viewed|checked|missed|received|used|seemed|"
    r"looked|interested|based|invited|involved|qualified|registered|subscribed|opted|tired|"
    r"bored|stuck|underpaid|undervalued|open|ready|looking)"
)

_DONE = (
    r"built|run|grown|won|made|taken|brought|driven|written|given|spoken|sold|taught|cut|led|"
    r"done|shipped|held|kept|overseen|underwritten|rebuilt|rewritten|set\s+up|sat\s+on|"
    r"signed\s+off"
)
"""What someone has done, in the irregular forms "you've …" takes ("you've held SMF16")."""

_NOT_A_NAME = (
    r"(?:me|us|you|him|her|them|it|the|a|an|this|that|these|those|my|our|your|their|his|its|"
    r"all|least|most|first|once|last|times?|home|work|length|scale|pace|ease|speed|random)"
)
"""Words after "at"/"with"/"for" that are not the name of an employer: the fit patterns run
on folded text, where a capital letter cannot tell a name."""

_FIT = prefiltered(
    r"\byour\s+(?:[\w"
    + MASK
    + r"-]+\s+){0,3}?(?:experience|background|work|expertise|skills?|skillset|"
    r"track\s+record|knowledge|career|projects?|contributions?|talk|post|article|research|"
    r"leadership|portfolio|history|achievements?|accomplishments?|studies|thesis|"
    r"efforts|results|focus|specialism|specialty|expertise)\s+"
    r"(?:with|in|on|at|building|leading|scaling|running|managing|as|around|across|of|for|"
    r"designing|developing|creating|shipping|delivering|working|helping|growing|turning|"
    r"migrating|selling|teaching|caring|treating|supporting|using)\b"
    r"|\byou(?:'ve|\s+have)\s+(?:\w+\s+)?(?:built|led|shipped|scaled|designed|written|created|"
    r"grown|run|managed|worked|spent|delivered|launched|developed|taught|published|contributed|"
    r"mentored|migrated|maintained|owned|handled|implemented|architected|supported|treated|"
    r"closed|sold|trained|coached|cared|done\s+(?:a\s+lot|great|some)|been\s+(?:working|"
    r"building|leading|running|doing|managing|selling|teaching|nursing))\b"
    r"|\byou\s+(?:built|led|shipped|scaled|designed|wrote|created|grew|ran|managed|worked|spent|"
    r"delivered|launched|developed|gave|spoke|published|contributed|mentored|migrated|"
    r"maintained|owned|implemented|presented|won|organised|organized|taught|sold|closed)\b"
    r"|\b(?:because|since|given|as|with|considering)\s+(?:of\s+)?your\s+(?:[\w"
    + MASK
    + r"-]+\s+){0,3}?"
    r"(?:experience|background|work|expertise|skills?|track\s+record|knowledge)\b"
    r"|\byour\s+(?:[\w-]+\s+){0,2}?(?:experience|background|work|expertise|skills?|track\s+record)"
    r"\s+(?:is|are|would\s+be|looks?|seems?|fits?|matches|aligns?|maps?)\s+(?:\w+\s+){0,3}?"
    r"(?:exactly|just|precisely|directly|very|highly|a\s+(?:great|strong|perfect|close))?\s*"
    r"(?:what|relevant|fit|match|suited|aligned|needed|the\s+kind|a\s+(?:great|strong|close))"
    # "your public sector bids at {{ company }} fit", "your merchant accounts at Acme are..."
    r"|\byour\s+(?!(?:[\w'&-]+\s+){0,4}?(?:salary|pay|bonus|package|compensation|cv|resume|"
    r"details|number|email|availability|notice|profile|page|rate|time|years|tenure|stint|"
    r"role|position|job|title|responsibilities|duties|current|present|day)\b)"
    r"(?:[\w'&-]+\s+){1,5}?(?:at|with|for|across)\s+(?:"
    + PH
    + r"|(?!"
    + _NOT_A_NAME
    + r"\b)[a-z][\w&'-]+)"
    # "your 8 years of advising at {{ company }} fit their client base"
    r"|\byour\s+(?!(?:linkedin\s+)?(?:profile|cv|resume|page)\b)(?:[\w" + MASK + r"'&-]+\s+){2,8}?"
    r"(?:fits?|match(?:es)?|lines?\s+up\s+with|"
    r"aligns?\s+with|maps?\s+(?:onto|to)|suits?|(?:is|are)\s+(?:exactly\s+|just\s+)?what)\b"
    r"|(?<!thank\s)(?<!get\s)(?<!got\s)(?<!keep\s)(?<!have\s)\byou\s+(?!"
    + _NOT_WORK
    + r"\b)(?:\w+ed|\w*(?:built|ran|grew|won|made|took|"
    r"brought|drove|wrote|gave|spoke|sold|taught|cut|led|spent|kept|sent|held|oversaw|"
    r"underwrote)|set\s+up|sat\s+on|signed\s+off)\b"
    r"|\byou(?:'ve|\s+have)\s+(?:also\s+|already\s+|clearly\s+)?(?!" + _NOT_WORK + r"\b)"
    r"(?:\w+ed|" + _DONE + r")\b"
    r"|(?:\byour\b(?!\s+(?:linkedin\s+)?(?:profile|cv|resume|page)\b)|\byou\s+(?!(?:are|were|"
    r"would|could|might|will|have\s+(?:a|an|the|great|strong|solid|impressive|excellent|"
    r"amazing))\b))(?:[^.!?\n]|[.](?=\w)){0,120}?\b(?:is|are)\s+(?:very\s+)?(?:close\s+to|similar\s+to|"
    r"exactly|just|precisely|much\s+like|the\s+same\s+as|the\s+kind\s+of(?:\s+\w+){0,2}?)"
    r"\s+(?:what|the\s+\w+\s+(?:we|our|the|this))\s*(?:we|our|the|this|my|their)?\b"
    r"|\byou(?:'ve|\s+have)\s+(?:\w+\s+){0,2}?(?:done|doing|achieved|accomplished)\b"
    # what they told the sender: "you mentioned you're after more hours"
    r"|\byou\s+(?:(?:once|recently|already)\s+)?(?:mentioned|said|told\s+me|asked\s+(?:me\s+)?"
    r"(?:about|for|whether|if))\b"
    # "You run nights at {{ company }}", "you look after a cluster of stores for {{ company }}"
    r"|\byou\s+(?:currently\s+|already\s+|now\s+)?(?:run|lead|manage|look\s+after|head\s+up|"
    r"head|oversee|supervise|own|teach|coach|build|handle|work)\s+(?:[\w'&-]+\s+){1,6}?"
    r"(?:at|for|with)\s+" + PH,
    locate=True,
)


_NEEDS = (
    r"(?:needs?|wants?|requires?|lacks?|values?|(?:is|are)\s+(?:looking|hiring)\s+for|"
    r"looks\s+for|asked\s+(?:me\s+)?for|calls\s+for|is\s+missing)\b"
)
_CLAIM = prefiltered(
    # "… is exactly what a sportswear brand wants", "… is close to what our team needs"
    r"\b(?:is|are|was|'s)\s+(?:also\s+|clearly\s+)?(?:exactly\s+|just\s+|precisely\s+|"
    r"very\s+much\s+)?(?:close\s+to\s+|similar\s+to\s+|much\s+like\s+)?(?:what|the\s+(?:one\s+|"
    r"very\s+|exact\s+)?(?:thing|things|experience|background|skills?|skill\s*set|expertise|"
    r"mix|combination|kind\s+of\s+[\w-]+(?:\s+[\w-]+)?))\s+(?:[\w'&-]+\s+){0,8}?"
    + _NEEDS
    # "… is the work our team does every week"
    + r"|\b(?:is|are|was|'s)\s+(?:exactly\s+|just\s+|precisely\s+)?the\s+(?:work|problems?|"
    r"challenges?)\s+(?:[\w'&-]+\s+){0,4}?(?:does|do|solves?|tackles?|works?\s+on|faces?)\b"
    # "… closely match the brief"
    r"|\b(?:closely\s+|directly\s+|neatly\s+|exactly\s+)?match(?:es)?\s+(?:the|their|our|this|"
    r"my\s+client's|the\s+client's)\s+(?:brief|spec|specification|requirements?|search|"
    r"mandate)\b"
    # "… is on their must-have list", "… is a big plus"
    r"|\bon\s+(?:their|the|our|my\s+client's)\s+must-have\s+list\b"
    r"|\b(?:is|are)\s+a\s+(?:big|huge|real|key|major)\s+plus\b"
)
"""A claim that something matches the job. It says why they fit only when what matches is
theirs (``_THEIRS``): "your fuzzing write-up is the work our team does", not "Python is
exactly what we need"."""
_GIVEN_YOU = prefiltered(
    r"\b(?:given|taught)\s+you\s+(?:exactly\s+)?(?:the|a)\s+(?:kind|sort|type)\s+of\s+"
    r"(?:[\w'&-]+\s+){0,5}?(?:experience|work|background|grounding|exposure|skills?)\s+"
    r"(?:[\w'&-]+\s+){0,3}?" + _NEEDS
)
"""'{{ company }} has given you the kind of manipulation work this role needs'."""
_THEIRS = compile_folded(
    r"\byour\s+(?!(?:linkedin\s+)?(?:profile|cv|resume|page|next|new|dream|details|availability|"
    r"salary|pay|notice|time|years|tenure|stint|current\s+role)\b)[\w" + MASK + r"]"
    r"|\byou(?:'ve|\s+have|\s+had)?\s+(?:also\s+|already\s+|clearly\s+|just\s+)?(?!"
    + _NOT_WORK
    + r"\b)(?:\w+ed|"
    + _DONE
    + r"|ran|led|built|grew|won|wrote|sold|oversaw|underwrote|held)\b"
    r"|\bthe\s+way\s+you\b"
)
"""Words before a claim that make what it is about the recipient's: "your …", "you've led …",
"the way you …"."""
_ACTIVITY = compile_folded(r"\s*[a-z]+ing\b")
"""A sentence about what someone did, with the doing as its subject: "Running the rota at …"."""
_PRAISE = compile_folded(r"\b(?:congratulations|congrats|well\s+done|kudos|hats\s+off)\b")


_POINTS_BACK = compile_folded(r"\b(?:that|this|it|which)\s*$")
"""A claim about the sentence before: "… the smoothest I've seen. That is the skill the job
needs"."""


def _claims_fit(ctx: RuleContext, message: Message) -> bool:
    """Does a sentence claim that something of the recipient's matches the job?"""
    folded = message.folded
    if _GIVEN_YOU.search(folded):
        return True
    for m in _CLAIM.finditer(folded):
        sentence = message.sentence_at(m.start())
        if _theirs_in(ctx, message, sentence.start, m.start()):
            return True
        end = len(folded[: sentence.start].rstrip())
        previous = message.sentence_at(end - 1) if end else sentence
        if _ACTIVITY.match(folded, sentence.start):
            # "Running the Christmas rota at {{ current_store }} … is exactly what …", also
            # after "Congratulations on the rating at {{ current_home }}."
            praised = _PRAISE.search(folded, previous.start, previous.end)
            start = previous.start if praised else sentence.start
            if any(ctx.kind(p) in SPECIFIC for p in message.placeholders_in(start, m.start())):
                return True
        elif _POINTS_BACK.search(folded, sentence.start, m.start()) and _theirs_in(
            ctx, message, previous.start, previous.end
        ):
            return True
    return False


def _theirs_in(ctx: RuleContext, message: Message, start: int, end: int) -> bool:
    """Does ``prose[start:end]`` speak of something of the recipient's: words such as "your
    …" or "you've led", or a placeholder for their profile?"""
    if _THEIRS.search(message.folded, start, end):
        return True
    return any(ctx.kind(p) == "profile" for p in message.placeholders_in(start, end))


_REFERRAL = prefiltered(
    r"\b(?:do|would|could|might)\s+you\s+(?:happen\s+to\s+)?know\s+(?:of\s+)?(?:anyone|"
    r"anybody|someone|somebody|people)\b"
    r"|\bis\s+there\s+(?:anyone|anybody|someone|somebody)\b"
    r"|\b(?:anyone|anybody|someone|somebody)\s+(?:in\s+your\s+network|you(?:'d|\s+would|\s+could)"
    r"\s+(?:recommend|suggest|point\s+me\s+to)|you\s+think\s+I\s+should)\b"
    r"|\bwho\s+(?:would|might|should|could)\s+you\s+(?:recommend|suggest)\b"
    r"|\b(?:recommend|refer|introduce|point\s+me\s+to(?:wards)?)\s+(?:me\s+to\s+)?(?:anyone|"
    r"anybody|someone|somebody|a\s+(?:former\s+)?(?:colleague|friend|peer))\b",
    # the analysis finds "you" and "who", in nearly every text
    needs=(
        "know",
        "anyone",
        "anybody",
        "someone",
        "somebody",
        "recommend",
        "suggest",
        "refer",
        "introduc",
        "point",
    ),
)
_ASKS_THEM_TOO = prefiltered(
    r"\bif\s+(?:not|this\s+(?:isn't|is\s+not|doesn't|does\s+not)|it's\s+not|it\s+isn't|"
    r"you're\s+not|you\s+aren't|now\s+isn't)\b"
    r"|\b(?:are|would|might|could)\s+you\s+(?:be\s+)?(?:interested|open|keen|up\s+for|tempted|"
    r"available)\b|\binterested\s*\?|\bor\s+you\b|\byourself\b"
)


def asks_for_referral(message: Message) -> bool:
    """Does the message ask the reader to suggest someone else ("Would you know anyone from that
    team who might want to hear about it?") rather than pitch the job to them? Not when it
    pitches to them as well ("If not, do you know anyone?")."""
    folded = message.folded
    return _REFERRAL.search(folded) is not None and _ASKS_THEM_TOO.search(folded) is None


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


def greets_literal_name(message: Message) -> bool:
    """``Hi Sarah,``: a message addressed by hand, not a template."""
    m = greeting(message)
    if m is None:
        return False
    who = m.group("who").strip()
    first = who.split()[0] if who.split() else ""
    return (
        bool(first) and first[0].isupper() and first.isalpha() and first.lower() not in GENERIC_WHO
    )


@per_message
def _pitch_phrase(message: Message) -> Span | None:
    m = _PITCH.search(message.folded)
    return Span(m.start(), m.end()) if m is not None else None


def pitch(ctx: RuleContext) -> Span | None:
    """Where the template first pitches a job (``None`` if it pitches none).

    A template pitches a job when its text offers a role or says the sender is hiring, or when
    it has a placeholder for the job (role, job title, salary range…).
    """
    body = ctx.body
    found = _pitch_phrase(body)
    if found is not None:
        return found
    for p in body.placeholders:
        if ctx.kind(p) == "job":
            return Span(p.start, p.end)
    return None


def states_fit(ctx: RuleContext) -> bool:
    """Does the text say why the recipient's own background fits?"""
    body = ctx.body
    if _FIT.search(body.folded) or _claims_fit(ctx, body):
        return True
    for p in body.placeholders:
        if ctx.kind(p) == "profile":
            s = body.sentence_at(p.start)
            if re.search(
                r"\byou(?:r|'ve|'re|\s+have)?\b", body.prose[s.start : s.end], re.IGNORECASE
            ):
                return True
    return False


DEFAULT_LENGTHS = {"name": 20, "org": 40, "profile": 30, "job": 30, "sender": 30, "other": 30}
"""Characters a placeholder is counted at when ``variables`` gives it no ``max_length``."""


def length_said(message: Message, total: int) -> str:
    """How long ``message`` gets, for a finding: "can reach 368 characters once placeholders
    are filled in", or "is 368 characters long" when it has no placeholder."""
    if message.placeholders:
        return f"can reach {total} characters once placeholders are filled in"
    return f"is {total} characters long"


def placeholder_length(
    ctx: RuleContext, name: str, fallback: str | None, defaults: dict[str, int]
) -> int:
    declared = (ctx.template.variables or {}).get(name)
    if declared is not None and declared.max_length is not None:
        size = declared.max_length
    else:
        size = defaults.get(ctx.kind(name), defaults.get("other", 30))
    return max(size, len(fallback or ""))


def rendered_length(
    ctx: RuleContext, message: Message, defaults: dict[str, int], limit: int | None = None
) -> tuple[int, int | None]:
    """The most characters the message can have once filled in, and the offset at which the
    count first goes over ``limit`` (``None`` if it never does).

    Text between the first and last visible character counts as written (a line break is one
    character), each placeholder counts as its declared ``max_length`` (or its kind's default),
    and tags and comments count only for the line breaks they leave.
    """
    prose = message.prose
    lo, hi = len(prose) - len(prose.lstrip()), len(prose.rstrip())
    pieces = sorted(
        [
            (p.start, p.end, placeholder_length(ctx, p.name, p.fallback, defaults))
            for p in message.placeholders
        ]
        + [(s, e, prose.count("\n", s, e)) for s, e in message.hidden]
    )
    total = 0
    crossed: int | None = None
    pos = lo
    for start, end, size in pieces:
        start, end = max(start, lo), min(end, hi)
        if end <= start:
            continue
        if start > pos:
            if limit is not None and crossed is None and total + (start - pos) > limit:
                crossed = pos + (limit - total)
            total += start - pos
        if limit is not None and crossed is None and total + size > limit:
            crossed = start
        total += size
        pos = max(pos, end)
    if hi > pos:
        if limit is not None and crossed is None and total + (hi - pos) > limit:
            crossed = pos + (limit - total)
        total += hi - pos
    return total, crossed
