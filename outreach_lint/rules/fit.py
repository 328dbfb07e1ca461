"""Does the text say why the reader fits the job it pitches, and is the job pitched to them?

All patterns run on ``Message.folded`` (lower-cased prose, placeholders masked with ``MASK``).
"""

from __future__ import annotations

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message
from outreach_lint.patterns import compile_folded
from outreach_lint.prefilter import prefiltered
from outreach_lint.rules.common import OCCUPATION, ONLY_PAY, PH, ROLE_WORD
from outreach_lint.taxonomy import SPECIFIC, a_personal_line

_NOT_WORK = (
    r"(?:wanted|needed|liked|loved|preferred|decided|asked|mentioned|noticed|replied|applied|"
    r"signed|accepted|connected|called|emailed|viewed|checked|missed|received|used|seemed|"
    r"looked|interested|based|invited|involved|qualified|registered|subscribed|opted|tired|"
    r"bored|stuck|underpaid|undervalued|open|ready|looking)"
)

_SINCE_STARTED = r"(?!(?<=\bsince\syou\s)(?:started|joined|began)\b)"
"""Not when they started: "has a lot changed since you started as a nurse?", "since you joined
LinkedIn" say when, not what they did."""

_TIME_OFF = (
    r"(?:leave|holidays?|vacation|furlough(?:ed)?|breaks?|sabbatical|strike|sick|courses?|"
    r"jury\s+service)"
)
"""Time away from work someone has been on: "furlough", "holiday", "maternity leave", "a career
break", "a course"."""

_PAST = r"(?!(?:n|f|sp|bl|br|h|s|w|ind|proc|succ|exc)eed\b)\w+ed"
"""A verb in the past tense, "worked", "managed", "guaranteed", "agreed" (not "need", "speed",
"succeed", "exceed", "proceed": present tenses that end in "-eed")."""

_DONE = (
    r"built|run|grown|won|made|taken|brought|driven|written|given|spoken|sold|taught|cut|led|"
    r"done|shipped|held|kept|overseen|underwritten|rebuilt|rewritten|set\s+up|sat\s+on|"
    r"signed\s+off"
)
"""What someone has done, in the irregular forms "you've …" takes ("you've held SMF16")."""

_DOES = (
    r"(?:run|lead|manage|plan|look\s+after|head\s+up|oversee|supervise|teach|coach|build|handle)"
)
"""What someone does in their job now, in the present tense ("you plan multi-drop routes")."""

_NO_WORK_DONE = (
    r"(?!(?:ahead|well|carefully|properly|everything)\b|(?:your|my|their)\s+(?:own\s+)?"
    r"(?:holidays?|vacations?|leave|life|weekends?)\b|(?:[\w'&-]+\s+){0,3}?(?:linkedin|"
    r"customers|clients|people|the\s+public)\b)"
)
"""What follows "you plan", "you maintain", "you service" when it is no work they do: "you plan
ahead", "you plan your holidays", "you maintain a great LinkedIn profile", "you service
customers" (as anyone with a job does)."""

_YEARS_DOING = (
    r"(?:[\w+"
    + MASK
    + r"-]+\s+)?(?:years?|months?|decades?|seasons?)\s+(?:of\s+)?(?!(?:working|being|living|"
    r"spending|having|during|ending)\b)[a-z]+ing\b"
)
"""Time spent doing something: "two years coaching new starters"."""

_WHERE_THEY_SPENT = (
    r"(?:time|years?|days|weeks|months|tenure|stint|holidays|leave|vacation)\s+(?:at|with|in)\s+"
    + PH
    + r"\s+(?:is|are)\b"
)
"""What says how long they were somewhere, and where, as the subject of a claim: "your time at
{{ company }} is …", "your holidays at {{ company }} are …" (where, not what they did)."""

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
    # (not "your background at {{ company }} caught my eye": where they work, no more)
    r"(?:with|in|on|at(?!\s+\x1a+\s*(?:[.!?,;:]|$|(?:caught|stood|impressed|interested|"
    r"grabbed|got)\b))|building|leading|scaling|running|managing|as|around|across|of|for|"
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
    r"days|weeks|months|holidays|leave|vacation|"
    r"role|position|job|title|responsibilities|duties|current|present|day|experience|"
    r"background|career|history)\b)"
    r"(?:[\w'&/.-]+\s+){1,5}?(?:at|with|for|across)\s+(?:"
    + PH
    + r"|(?!"
    + _NOT_A_NAME
    + r"\b)[a-z][\w&'-]+)"
    # "your 8 years of advising at {{ company }} fit their client base"
    r"|\byour\s+(?!(?:linkedin\s+)?(?:profile|cv|resume|page)\b|" + _WHERE_THEY_SPENT + r")"
    r"(?:[\w" + MASK + r"'&-]+\s+){2,8}?"
    r"(?:fits?|match(?:es)?|lines?\s+up\s+with|"
    r"aligns?\s+with|maps?\s+(?:onto|to)|suits?|(?:is|are)\s+(?:exactly\s+|just\s+)?what)\b"
    # (also after what they were: "You were QP-eligible and ran batch release at {{ company }}";
    # not "you were at {{ company }} and …", "you were on our list and …" nor "you were busy
    # and ran out of time")
    r"|(?<!thank\s)(?<!get\s)(?<!got\s)(?<!keep\s)(?<!have\s)\byou\s+(?:were\s+(?!(?:at|"
    r"with|in|on|for|not|never|busy|away|off|out|unavailable|too)\b)(?:[\w-]+\s+){1,2}?and\s+)?(?!"
    + _NOT_WORK
    + r"\b)"
    + _SINCE_STARTED
    + r"(?:"
    + _PAST
    + r"|\w*(?:built|ran(?!\s+(?:to|out|off|away|late)\b)|grew|won|made|took|"
    r"brought|drove|wrote|gave|spoke|sold|taught|cut|led|spent|kept|sent|held|oversaw|"
    r"underwrote)|set\s+up|sat\s+on|signed\s+off)\b"
    # (not a condition: "if you've done shifts with {{ agency }}, you'll know we pay weekly", nor
    # praise for finding the sender: "you've done well to find {{ agency }}")
    r"|(?<!\bif\s)\byou(?:'ve|\s+have)\s+(?:also\s+|already\s+|clearly\s+)?(?!"
    + _NOT_WORK
    + r"\b|done\s+well\s+to\b)(?:"
    + _PAST
    + r"|"
    + _DONE
    + r")\b"
    # (not "your time at {{ company }} is exactly the experience …": where, not what)
    r"|(?:\byour\b(?!\s+(?:linkedin\s+)?(?:profile|cv|resume|page)\b|\s+"
    + _WHERE_THEY_SPENT
    + r")|\byou\s+(?!(?:are|were|"
    r"would|could|might|will|have\s+(?:a|an|the|great|strong|solid|impressive|excellent|"
    r"amazing))\b))(?:[^.!?\n]|[.](?=\w)){0,120}?\b(?:is|are)\s+(?:very\s+)?(?:close\s+to|similar\s+to|"
    r"exactly|just|precisely|much\s+like|the\s+same\s+as|the\s+kind\s+of(?:\s+\w+){0,2}?)"
    r"\s+(?:what|the\s+\w+\s+(?:we|our|the|this))\s*(?:we|our|the|this|my|their)?\b"
    r"|(?<!\bif\s)\byou(?:'ve|\s+have)\s+(?:\w+\s+){0,2}?(?:done(?!\s+well\s+to\b)|doing|"
    r"achieved|accomplished)\b"
    # what theirs teaches them: "your current sessions at {{ practice_name }} mean you know the
    # local referral pathways" (not "your profile means you know", "your time at … means", nor
    # "your first week with us means you'll know": what the job will teach them)
    r"|\byour\s+(?!(?:[\w'&-]+\s+){0,3}?(?:profile|cv|resume|page|time|years|days|months|tenure|"
    r"stint|location|postcode|address|commute|availability|notice|salary|pay)\b)(?:[\w"
    + MASK
    + r"'&-]+\s+){1,6}?(?:means?|meant)\s+(?:that\s+)?you\s+(?:already\s+)?(?:know|understand)\b"
    # what they told the sender: "you mentioned you're after more hours", "you told us…"
    r"|\byou\s+(?:(?:once|recently|already)\s+)?(?:(?:mentioned|said|told\s+(?:me|us))\b"
    + ONLY_PAY
    + r"|asked\s+(?:me\s+)?(?:about|for|whether|if)\b)"
    # "you've been top SDR at {{ company }} for two years", "you've been the number one biller"
    r"|\byou(?:'ve|\s+have)\s+been\s+(?:the\s+|a\s+)?(?:top|best|number\s+one|no\.?\s*1|#1|"
    r"highest|leading|star)\b"
    # "having opened three stores for {{ current_store }}, you'd know how to launch one"
    r"|\bhaving\s+(?:"
    + _PAST
    + r"|"
    + _DONE
    + r")\b[^.!?\n]{1,120}?\byou(?:'d|\s+would|'ll|\s+will)\s+"
    r"(?:already\s+)?(?:know|understand|get|see|appreciate|recognise|recognize)\b"
    # "You run nights at {{ company }}", "you look after a cluster of stores for {{ company }}"
    r"|\byou\s+(?:currently\s+|already\s+|now\s+)?(?:run|lead|manage|look\s+after|head\s+up|"
    r"head|oversee|supervise|own|teach|coach|build|handle|work)\s+"
    + _NO_WORK_DONE
    + r"(?:[\w'&-]+\s+){1,6}?(?:at|for|with)\s+"
    + PH
    # a trade's work where they work: "you service VRF systems at {{ company }}", "you install
    # heat pumps for {{ company }}" (not "you service our area", nor "do you service boilers at
    # {{ company }}?" or "if you maintain lifts for {{ company }}")
    + r"|(?<!\bif\s)(?<!\bwhen\s)(?<!\bdo\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bwould\s)"
    r"(?<!\bwill\s)\byou\s+(?:currently\s+|already\s+|now\s+)?(?:service|install|maintain|"
    r"repair|wire)\s+"
    + _NO_WORK_DONE
    + r"(?:[\w'&-]+\s+){1,6}?(?:at|for|with)\s+"
    + PH
    # "you've been on counterbalance and reach at {{ current_site }}", "on chilled trunking out
    # of {{ depot }}", "on the break-fix desk at", "on the Sick Children's ward at" (not "on the
    # books at", nor time off work, all they have been on: "on furlough out of", "on maternity
    # leave from", "on a twelve-month career break at"), and the job they have held there: "you've
    # been a senior carer at {{ care_home }}" (not "you've been at {{ company }}": where, not what)
    + r"|\byou(?:'ve|\s+have)\s+been\s+(?:on\s+(?!(?:(?:the|their|its)\s+)?(?:books|payroll|"
    r"team|staff|radar|list|market|lookout)\b|(?:my|our|linkedin)\b|(?:[\w'-]+\s+){0,4}?"
    + _TIME_OFF
    + r"\s+(?:at|for|with|from|since|out\s+of)\b)(?:[\w'&-]+\s+){1,6}?|"
    r"(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    + OCCUPATION
    + r"\s+)(?:at|for|with|out\s+of)\s+"
    + PH
    # the job they hold or held there: "You were an Audit Manager at {{ company }}", "you're a
    # senior carer at {{ care_home }}" (not "if you're an Audit Manager at …", nor "you're the
    # perfect Audit Manager for {{ company }}", a compliment, nor "you were at {{ company }}")
    + r"|(?<!\bif\s)(?<!\bwhen\s)\byou(?:'re|\s+are|\s+were)\s+(?:an?\s+)?(?!(?:[\w-]+\s+){0,3}?"
    r"(?:the|perfect|ideal|great|natural|good|strong|obvious|excellent|brilliant|right|best|"
    r"future|next|new|\w+ing)\b)(?:[\w-]+\s+){0,3}?"
    + OCCUPATION
    + r"\s+(?:at|for|with|out\s+of)\s+"
    + PH
    # years spent doing something: "your two years coaching new starters at {{ company }}",
    # "with two years coaching new starters at {{ company }}, you'd suit" (not "your two years
    # at {{ company }}": where, not why; nor "a lead with two years coaching": the job's need)
    + r"|\byour\s+"
    + _YEARS_DOING
    + r"|\bwith\s+(?:over\s+|nearly\s+|almost\s+|more\s+than\s+)?"
    + _YEARS_DOING
    + r"[^.!?\n]{0,100}?,\s+you(?:'d|\s+would|'ll|\s+will|'re|\s+are|\s+could|\s+can|'ve|"
    r"\s+have)\b",
    locate=True,
)


_NEEDS = (
    r"(?:needs?|wants?|requires?|lacks?|values?|(?:is|are)\s+(?:looking|hiring|appointing)\s+for|"
    r"(?:is|are)\s+after|prioriti[sz](?:es|ed|e)|"
    r"looks\s+for|asks\s+for|asked\s+(?:me\s+)?for|calls\s+for|is\s+missing)\b"
)
_CLAIM = prefiltered(
    # "… is exactly what a sportswear brand wants", "… is close to what our team needs"
    r"\b(?:is|are|was|'s)\s+(?:also\s+|clearly\s+)?(?:exactly\s+|just\s+|precisely\s+|"
    r"very\s+much\s+)?(?:close\s+to\s+|similar\s+to\s+|much\s+like\s+)?(?:what|the\s+(?:one\s+|"
    r"very\s+|exact\s+)?(?:thing|things|experience|background|skills?|skill\s*set|expertise|"
    r"mix|combination|kind\s+of\s+[\w-]+(?:\s+[\w-]+)?))\s+(?:[\w'&-]+\s+){0,8}?"
    + _NEEDS
    # "… are exactly the patch a building products manufacturer wants covered"
    + r"|\b(?:is|are|was|'s)\s+(?:also\s+|clearly\s+)?(?:exactly|precisely)\s+the\s+[\w-]+\s+"
    r"(?:[\w'&-]+\s+){0,8}?"
    + _NEEDS
    # "… is the work our team does every week"
    + r"|\b(?:is|are|was|'s)\s+(?:exactly\s+|just\s+|precisely\s+)?the\s+(?:work|problems?|"
    r"challenges?)\s+(?:[\w'&-]+\s+){0,4}?(?:does|do|solves?|tackles?|works?\s+on|faces?)\b"
    # "… which is most of what this team does"
     + r"|\b(?:is|are|was|'s)\s+(?:most|much|all|a\s+lot|a\s+big\s+part|part)\s+of\s+what\s+"
    r"(?:[\w'&-]+\s+){0,4}?(?:does|do|needs?|wants?|handles?|works?\s+on)\b"
    # "… is why I'm writing: the board wants clinical leadership at the table"
     + r"|\b(?:is|are|was|'s)\s+(?:exactly\s+|precisely\s+)?why\s+(?:i'm|i\s+am|we're|"
    r"we\s+are)\s+(?:writing|getting\s+in\s+touch|reaching\s+out|in\s+touch|contacting\s+you)\s*"
    r"(?::|\s[\u2014\u2013-]\s|\u2014)\s*(?:[\w'&-]+\s+){0,6}?"
    + _NEEDS
    # "… closely match the brief"
    + r"|\b(?:closely\s+|directly\s+|neatly\s+|exactly\s+)?match(?:es)?\s+(?:the|their|our|this|"
    r"my\s+client's|the\s+client's)\s+(?:brief|spec|specification|requirements?|search|"
    r"mandate)\b"
    # "… is on their must-have list", "… is a big plus"
    r"|\bon\s+(?:their|the|our|my\s+client's)\s+must-have\s+list\b"
    r"|\b(?:is|are)\s+a\s+(?:big|huge|real|key|major)\s+plus\b"
    # "… won region of the year under you, so I thought of you for …"
    r"|\b(?:so|which\s+is\s+why|that's\s+why|and\s+that's\s+why)\s+(?:i|we)\s+(?:immediately\s+|"
    r"instantly\s+)?thought\s+of\s+you\b"
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
    r"salary|pay|notice|time|years|tenure|stint|days|weeks|months|holidays|leave|vacation|"
    r"current\s+role)\b)[\w" + MASK + r"]"
    r"|\byou(?:'ve|\s+have|\s+had)?\s+(?:also\s+|already\s+|clearly\s+|just\s+)?(?!"
    + _NOT_WORK
    + r"\b)"
    + _SINCE_STARTED
    + r"(?:"
    + _PAST
    + r"|"
    + _DONE
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
    + _NO_WORK_DONE
    + r"(?:[\w'&-]+\s+){1,6}?(?:at|for|with)\s+"
    + PH
    + r"|\byou(?:'ve|\s+have)\s+been\s+(?:on|(?P<where>at|with|in)|\w+ing)\b"
    r"|\bunder\s+you(?:r\s+(?:leadership|watch|management))?\b"
)
"""Words before a claim that make what it is about the recipient's: "your …", "you've led …",
"the way you …"."""
_ACTIVITY = compile_folded(r"\s*(?:" + _YEARS_DOING + r"|[a-z]+ing\b)")
"""A sentence about what someone did, with the doing as its subject: "Running the rota at …",
"Five years running {{ current_store }} through holiday peaks" (not "Five years at …" nor "Five
years working at …": where, not what)."""
_PRAISE = compile_folded(r"\b(?:congratulations|congrats|well\s+done|kudos|hats\s+off)\b")
_POINTS_BACK = compile_folded(
    r"\b(?:that|this|it|which|(?:that|this|those|these)\s+(?:[\w-]+\s+){0,3}?(?:work|experience|"
    r"background|expertise|skills?|skillset|knowledge|track\s+record))\s*$"
)
"""A claim about the sentence before: "… the smoothest I've seen. That is the skill the job
needs"; "Your post about rebuilding the routes … stuck with me. …, and that routing work is
what they need most" (that work of theirs, not "this role")."""


_THOUGHT_OF_YOU = compile_folded(
    r"\b(?:i|we)\s+(?:immediately\s+|instantly\s+)?thought\s+of\s+you\b|\byou\s+(?:came|sprang|"
    r"sprung)\s+(?:straight\s+)?to\s+mind\b"
)
"""'I thought of you', after what they did in that sentence or the one before: "{{ current_store }}
won region of the year under you. A retailer is hiring a Store Manager and I thought of
you"."""


_THE_SAME = compile_folded(
    r"\bto\s+do\s+(?:exactly\s+|just\s+)?the\s+same(?:\s+thing)?(?:\s+(?:there|here|again|"
    r"for\s+(?:them|us)|from\s+(?:scratch|a\s+standing\s+start|day\s+one)))?"
    r"\s*(?=[.!?;:,\u2014\u2013]|$)"
)
"""A job to do what they did, after it, in that sentence or the one before: "I saw your post
about taking {{ company }}'s SDR team from 4 to 12 reps. Quillstack is hiring an SDR Team Lead to
do the same thing (from a standing start)." (not "… to do the same thing as our last one",
someone else's work)."""


def _claims_fit(ctx: RuleContext, message: Message) -> bool:
    """Does a sentence claim that something of the recipient's matches the job?"""
    folded = message.folded
    if _GIVEN_YOU.search(folded):
        return True
    # something of theirs in the sentence or the one before: "… to do the same", "… is why I
    # thought of you"
    for pattern in (_THE_SAME, _THOUGHT_OF_YOU):
        for m in pattern.finditer(folded):
            sentence = message.sentence_at(m.start())
            end = len(folded[: sentence.start].rstrip())
            previous = message.sentence_at(end - 1) if end else sentence
            if _theirs_in(ctx, message, previous.start, m.start(), where=False):
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
            ctx, message, previous.start, previous.end, where=False
        ):
            return True
    return False


_WHERE_ALONE = compile_folded(
    r"\s+" + PH + r"(?:\s+(?:for|since|over)(?:\s+[\w-]+){1,4}?)?(?:\s+now)?\s*[.!?]?\s*$"
)
"""After "you've been at": where they work, and for how long, and no more: "{{ company }} for
years." (not "{{ company }} for years, running the night shift")."""


def _theirs_in(
    ctx: RuleContext, message: Message, start: int, end: int, where: bool = True
) -> bool:
    """Does ``prose[start:end]`` speak of something of the recipient's: words such as "your
    …" or "you've led", or a placeholder for their profile? With ``where`` false, a sentence
    that says only where they work ("I see you've been at {{ company }} for years.") is not
    enough: "That background is what they need" after it points back at their employer."""
    folded = message.folded
    for m in _THEIRS.finditer(folded, start, end):
        if where or m.group("where") is None:
            return True
        if not _WHERE_ALONE.match(folded, m.end(), message.sentence_at(m.start()).end):
            return True
    return any(ctx.kind(p) == "profile" for p in message.placeholders_in(start, end))


_UNIT = (
    r"(?:cvicu|cticu|neuro\s+icu|ccu|cicu|sicu|micu|nicu|picu|icu|itu|hdu|ed|er|pacu|l&d|"
    r"emergency\s+department|labou?r\s+and\s+delivery|cath\s+lab|med-surg|telemetry|"
    r"step-?down|pcu|oncology|dialysis|postpartum|mother-baby|burns?\s+unit)"
)
"""A hospital unit or specialty a nurse works in: "the CVICU", "L&D", "med-surg"."""
_IN_A_UNIT = compile_folded(
    r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bdo\s)\byou(?:'re|\s+are|'ve\s+been|\s+have\s+been|"
    r"\s+work)\s+(?:currently\s+|now\s+|still\s+)?(?:in|on)\s+(?:the\s+)?(?P<unit>"
    + _UNIT
    + r")\s+(?:at|for|with)\s+"
    + PH
)
"""Their unit where they work: "you're in the CVICU at {{ current_hospital }}" (not "you're at
{{ current_hospital }}", nor "you're in Seattle at …", a place)."""
_A_JOB_IN = compile_folded(
    r"\b(?P<unit>"
    + _UNIT
    + r")\s+(?:[\w'-]+\s+){0,2}?(?:"
    + ROLE_WORD
    + r"|nurses?)\b|\b"
    + ROLE_WORD
    + r"\s+(?:in|on)\s+(?:the\s+|our\s+|their\s+|an?\s+)?(?P<in>"
    + _UNIT
    + r")\b"
)
"""A job in a unit: "a nights CVICU role", "an ICU travel contract", "a post on the NICU"."""


def _in_the_jobs_unit(folded: str) -> bool:
    """Does the text say the reader works in a unit, and then offer a job in that same unit ("I
    see you're in the CVICU at {{ current_hospital }}. I … have a nights CVICU role"; not a job
    in another unit)?"""
    for m in _IN_A_UNIT.finditer(folded):
        for job in _A_JOB_IN.finditer(folded, m.end(), m.end() + 300):
            if (job["unit"] or job["in"]) == m["unit"]:
                return True
    return False


_YOU = compile_folded(r"\byou(?:r|'ve|'re|\s+have)?\b")


def states_fit(ctx: RuleContext) -> bool:
    """Does the text say why the recipient's own background fits?"""
    body = ctx.body
    if _FIT.search(body.folded) or _claims_fit(ctx, body) or _in_the_jobs_unit(body.folded):
        return True
    for p in body.placeholders:
        if a_personal_line(p.name):  # written for each reader: it can say why they fit
            return True
        if ctx.kind(p) == "profile":
            s = body.sentence_at(p.start)
            if _YOU.search(body.folded, s.start, s.end):
                return True
    return False


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
