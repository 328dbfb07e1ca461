"""Phrases that say by themselves why the reader fits: "your experience building …", "you've
led …", "your work at {{ company }} is exactly what …", "you were an Audit Manager at {{ company
}}", "having opened three stores …, you'd know …".

All patterns run on ``Message.folded`` (lower-cased prose, placeholders masked with ``MASK``).
"""

from __future__ import annotations

from outreach_lint.message import MASK
from outreach_lint.prefilter import located
from outreach_lint.rules.common import OCCUPATION, ONLY_PAY, PH
from outreach_lint.rules.readers_work import (
    DONE,
    NO_WORK_DONE,
    NOT_WORK,
    PAST,
    SINCE_STARTED,
    YEARS_DOING,
)
from outreach_lint.theirs import WORK_ON_NOTHING

_TIME_OFF = (
    r"(?:leave|holidays?|vacation|furlough(?:ed)?|breaks?|sabbatical|strike|sick|courses?|"
    r"jury\s+service)"
)
"""Time away from work someone has been on: "furlough", "holiday", "maternity leave", "a career
break", "a course"."""

_WHERE_THEY_SPENT = (
    r"(?:time|years?|days|weeks|months|tenure|stint|holidays|leave|vacation)\s+(?:at|with|in)\s+"
    + PH
    + r"\s+(?:is|are)\b"
)
"""What says how long they were somewhere, and where, as the subject of a claim: "your time at
{{ company }} is …", "your holidays at {{ company }} are …" (where, not what they did)."""

_FIRST_PROJECT = (
    r"(?:is|are)\s+(?:almost\s+|nearly\s+)?(?:exactly|precisely)\s+the\s+first\s+(?:project|job|"
    r"thing|task|problem)\b"
)
"""What a new hire's first project is said to be: their work, named ("your write-up on moving the
ledger … is exactly the first project for our new …"), not where they work ("your work at
{{ company }} is exactly the first project …", which ``fit_claims`` checks)."""

_NOT_A_NAME = (
    r"(?:me|us|you|him|her|them|it|the|a|an|this|that|these|those|my|our|your|their|his|its|"
    r"all|least|most|first|once|last|times?|home|work|length|scale|pace|ease|speed|random)"
)
"""Words after "at"/"with"/"for" that are not the name of an employer: the fit patterns run
on folded text, where a capital letter cannot tell a name."""

_ONLY_WHERE = (
    r"(?<=\b(?:what|work)\s)you(?:'ve|\s+have)\s+(?:been\s+)?(?:built|done|doing|achieved|made|"
    r"created)\s+(?:at|with|for)\s+" + PH + r"\s*[.!?,;]"
)
"""What they did, said of no more than where: "I saw what you've built at {{ company }}.", "the
work you've been doing at {{ company }}." (not "what you've built at {{ company }}: a …")."""

FIT_PHRASE = located(
    # (not "your work on everything", "… on your team": named by nothing)
    r"(?!your\s+"
    + WORK_ON_NOTHING
    + r"|"
    + _ONLY_WHERE
    + r")(?:(?<!\bwork\son\s)\byour\s+(?:[\w"
    + MASK
    + r"-]+\s+){0,3}?(?:experience|background|work|expertise|skills?|skillset|"
    r"track\s+record|knowledge|career|projects?|contributions?|talk|post|article|research|"
    r"leadership|portfolio|history|achievements?|accomplishments?|studies|thesis|"
    r"efforts|results|focus|specialism|specialty|expertise)\s+"
    # (not "your background at {{ company }} caught my eye": where they work, no more)
    r"(?:with|in|on|at(?!\s+\x1a+\s*(?:[.!?,;:]|$|(?:caught|stood|impressed|interested|"
    r"grabbed|got)\b|"
    + _FIRST_PROJECT
    + r"))|building|leading|scaling|running|managing|as|around|across|of|for|"
    r"designing|developing|creating|shipping|delivering|working|helping|growing|turning|"
    r"migrating|selling|teaching|caring|treating|supporting|using)\b"
    # (not "your project on GitHub": where it is, not what)
    r"(?!\s+(?:github|gitlab|bitbucket)\b)"
    r"|\byou(?:'ve|\s+have)\s+(?:\w+\s+)?(?:built|led|shipped|scaled|designed|written|created|"
    r"grown|run|managed|worked|spent|delivered|launched|developed|taught|published|contributed|"
    r"mentored|migrated|maintained|owned|handled|implemented|architected|supported|treated|"
    r"closed|sold|trained|coached|cared|done\s+(?:a\s+lot|great|some)|been\s+(?:working|"
    r"building|leading|running|doing|managing|selling|teaching|nursing))\b"
    # (not "I loved what you've been working on.": nothing named)
    r"(?!\s+on\s*[.!?,;]|\s*[.!?,;])"
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
    # (not "what your team at {{ company }} has built": where they work, not what they did)
    r"|\byour\s+(?!team\s+(?:at|with|for)\s|"
    + WORK_ON_NOTHING
    + r")(?!(?:[\w'&-]+\s+){0,4}?(?:salary|pay|bonus|package|compensation|cv|resume|"
    r"details|number|email|availability|notice|profile|page|rate|time|years|tenure|stint|"
    r"days|weeks|months|holidays|leave|vacation|"
    r"role|position|job|title|responsibilities|duties|current|present|day|experience|"
    r"background|career|history)\b)"
    r"(?:[\w'&/.-]+\s+){1,5}?(?:at|with|for|across)\s+(?:"
    + PH
    + r"|(?!"
    + _NOT_A_NAME
    + r"\b)[a-z][\w&'-]+)(?![\w"
    + MASK
    + r"]|\s+"
    + _FIRST_PROJECT
    + r")"
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
    + NOT_WORK
    + r"\b)"
    + SINCE_STARTED
    + r"(?:"
    + PAST
    + r"|\w*(?:built|ran(?!\s+(?:to|out|off|away|late)\b)|grew|won|made|took|"
    r"brought|drove|wrote|gave|spoke|sold|taught|cut|led|spent|kept|sent|held|oversaw|"
    r"underwrote)|set\s+up|sat\s+on|signed\s+off)\b"
    # (not a condition: "if you've done shifts with {{ agency }}, you'll know we pay weekly", nor
    # praise for finding the sender: "you've done well to find {{ agency }}")
    r"|(?<!\bif\s)\byou(?:'ve|\s+have)\s+(?:also\s+|already\s+|clearly\s+)?(?!"
    + NOT_WORK
    + r"\b|done\s+well\s+to\b)(?:"
    + PAST
    + r"|"
    + DONE
    + r")\b"
    # (not "your time at {{ company }} is exactly the experience …": where, not what)
    r"|(?:\byour\b(?!\s+(?:linkedin\s+)?(?:profile|cv|resume|page)\b|\s+"
    + _WHERE_THEY_SPENT
    + r"|\s+"
    + WORK_ON_NOTHING
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
    + PAST
    + r"|"
    + DONE
    + r")\b[^.!?\n]{1,120}?\byou(?:'d|\s+would|'ll|\s+will)\s+"
    r"(?:already\s+)?(?:know|understand|get|see|appreciate|recognise|recognize)\b"
    # "You run nights at {{ company }}", "you look after a cluster of stores for {{ company }}"
    r"|\byou\s+(?:currently\s+|already\s+|now\s+)?(?:run|lead|manage|look\s+after|head\s+up|"
    r"head|oversee|supervise|own|teach|coach|build|handle|work)\s+"
    + NO_WORK_DONE
    + r"(?:[\w'&-]+\s+){1,6}?(?:at|for|with)\s+"
    + PH
    # a trade's work where they work: "you service VRF systems at {{ company }}", "you install
    # heat pumps for {{ company }}" (not "you service our area", nor "do you service boilers at
    # {{ company }}?" or "if you maintain lifts for {{ company }}")
    + r"|(?<!\bif\s)(?<!\bwhen\s)(?<!\bdo\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bwould\s)"
    r"(?<!\bwill\s)\byou\s+(?:currently\s+|already\s+|now\s+)?(?:service|install|maintain|"
    r"repair|wire)\s+"
    + NO_WORK_DONE
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
    + YEARS_DOING
    + r"|\bwith\s+(?:over\s+|nearly\s+|almost\s+|more\s+than\s+)?"
    + YEARS_DOING
    + r"[^.!?\n]{0,100}?,\s+you(?:'d|\s+would|'ll|\s+will|'re|\s+are|\s+could|\s+can|'ve|"
    r"\s+have)\b)",
)
"""A phrase that says why the reader fits, with no claim elsewhere needed: something of theirs
that matches the job, or what they did or do, and where."""
