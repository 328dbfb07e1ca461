"""## What it does

Flags text that presumes the recipient wants to leave their job: "I see you're open to new
opportunities", "are you looking for your next role?", "are you open to new opportunities?",
"what would it take for you to consider a move?", "could you be tempted away from
{{ company }}?", "ready for your next challenge?", "fancy a change of scenery?", "are you
considering your options?", "thinking of leaving {{ company }}?", "tired of your current job?",
"fed up with the hours at {{ company }}?", "sick of nights?", "sick and tired of
nights?", "are you tired of night shifts?", "fed up with the caseloads at {{ council }}?",
"ready to leave the NHS?", "fancy escaping the call centre?", "are you happy in your current
role?".

Asking about *this* job is fine ("would you be open to a chat about this role?"), and so are
the polite outs that show you are not presuming: "if now isn't the right time, no worries",
"even if you're happy where you are", "if you're ever open to a move", "if you're sick of nights,
this one is days only". "Ready to leave your mark?" is the idiom for making an impact, not
leaving a job. So is saying you won't try to poach them: "I'm not trying to tempt
you away from {{ company }}", "I won't try to tempt you away". Other negations don't excuse
a presumption: "you'd be mad not to take your next step with us" still presumes.

## Why is this bad?

Many people are on LinkedIn to network, not to be hit up for a job, and recruiting leaders say
a message that presumes the reader wants to move reads as arrogant. The reader who is happy
where they are stops reading at the presumption, even if the job would have interested them.

## Example

```markdown
Hi {{ first_name }}, I see you've been at {{ company }} for a while now. Are you open to new
opportunities?
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, your work on {{ project }} is close to what our platform
team does. Would you be open to hearing about our Staff Engineer role, even if you're happy
where you are?
```

## Options

None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.patterns import compile_folded
from outreach_lint.prefilter import prefiltered, which_may_match
from outreach_lint.rules.common import PH

_NEW = r"(?:new|other|fresh|different|further|exciting|more|better|outside)"
_MOVE = (
    r"(?:opportunit(?:y|ies)|roles?|jobs?|positions?|challenges?|moves?|steps?|chapter|"
    r"adventure|career\s+(?:move|step|opportunit(?:y|ies))|pastures)"
)
_NEXT = (
    r"(?:(?:your|a|the)\s+)?(?:next|new|dream)\s+(?:(?:career|big|exciting)\s+)?"
    r"(?:role|job|challenge|career\s+move|move|step|chapter|adventure|opportunity|position)"
    r"|(?:the\s+)?next\s+step\s+in\s+your\s+career"
)
_PRESUMES_ANYWHERE = (
    # "I see you're open to new opportunities", "since you're looking for a new role"
    r"\b(?:I\s+(?:see|saw|noticed|notice|understand|hear|heard|gather|know|knew|assume|imagine|"
    r"guess|bet)|(?:it\s+)?(?:looks|seems)"
    r"\s+like|since|as|now\s+that)\s+(?:that\s+)?you(?:'re|\s+are)\s+(?:now\s+|currently\s+|"
    r"actively\s+)?(?:open\s+to\s+(?:work|" + _NEW + r"|a\s+move|offers|" + _NEXT + r")|"
    r"(?:looking\s+for|exploring|seeking|considering|open\s+to)\s+(?:(?:a|an|your|some)\s+)?"
    r"(?:" + _NEW + r"\s+(?:career\s+)?" + _MOVE + r"|" + _NEXT + r"|work|a\s+(?:move|change)|"
    r"opportunities|job\s+opportunities)|looking\s+to\s+(?:move|make\s+a\s+move|leave|change\s+"
    r"jobs|switch)|job[\s-]hunting|on\s+the\s+(?:market|lookout|move)|#?opentowork)"
    # "are you open to new opportunities?", "are you looking for your next role?"
    r"|\bare\s+you\s+(?:currently\s+|actively\s+|still\s+|now\s+)?(?:open\s+to|looking\s+(?:for|"
    r"to\s+(?:make|move|take|find|land|change|switch|leave))|considering|thinking\s+(?:about|of)|"
    r"exploring|interested\s+in|on\s+the\s+lookout\s+for|in\s+the\s+market\s+for|ready\s+(?:to|"
    r"for)|after|seeking|keen\s+on|up\s+for|weighing\s+up)\s+(?:(?:exploring|hearing\s+about|considering|"
    r"discussing|looking\s+at|learning\s+about)\s+)?(?:(?:a|an|any|some|your|the)\s+)?(?:"
    + _NEW
    + r"\s+(?:career\s+)?"
    + _MOVE
    + r"|"
    + _NEXT
    + r"|a\s+(?:move|change)|(?:making|taking|a)\s+(?:the\s+)?(?:move|leap|plunge)|"
    r"(?:make|take|land)\s+(?:a|the|your)\s+(?:move|leap|next|dream|new)|moving|leaving|"
    r"(?:a\s+)?change|new\s+job|job\s+opportunities|opportunities|(?:your|other)\s+(?:career\s+)?"
    r"options)\b"
    # "are you currently looking?"
    r"|\bare\s+you\s+(?:currently\s+|actively\s+|still\s+|now\s+)?(?:looking|searching|"
    r"job[\s-]hunting|on\s+the\s+(?:market|lookout))(?=\s*(?:\?|(?:at\s+the\s+moment|right\s+now|"
    r"currently|these\s+days|at\s+all|around|to\s+move)\b))"
)
_PRESUMES_AT_START = (
    # At a sentence's start, each phrase tried after one test of it (CPython tries these at
    # every character: a test for each phrase took 40% of the search without a prefilter)
    r"|(?:^|(?<=[.!?,]\s))[ \t]*(?:"
    # "Looking for a new role?", "Open to new opportunities?"
    r"(?:still\s+)?(?:looking\s+for|open\s+to|ready\s+for|thinking\s+"
    r"about|considering|in\s+the\s+market\s+for)\s+(?:(?:a|an|your|some)\s+)?(?:"
    + _NEW
    + r"\s+(?:career\s+)?"
    + _MOVE
    + r"|"
    + _NEXT
    + r"|a\s+(?:move|change))\b(?=[^.!?\n]*\?)"
    r"|(?:still\s+)?looking\s+to\s+(?:make\s+a\s+move|move\s+on|change\s+"
    r"jobs|leave)\b(?=[^.!?\n]*\?)"
    # "Thinking of leaving {{ company }}?", "Sick of nights?", "Fed up with the hours at …?"
    r"|(?:still\s+)?(?:thinking\s+(?:of|about)|considering|planning\s+"
    r"on)\s+(?:leaving|moving\s+on|quitting|handing\s+in\s+your\s+notice)\b(?=[^.!?\n]*\?)"
    # (as a question too: "Are you sick of nights?", "Are you fed up with the caseloads at …?")
    r"|(?:are\s+you\s+)?(?:getting\s+|feeling\s+)?(?:sick\s+and\s+"
    r"tired|tired|sick|fed\s+up|bored)\s+(?:of|with)\s+(?:all\s+)?(?:the\s+)?(?:(?:[\w-]+\s+)"
    r"{0,2}?(?:hours|"
    r"shifts|nights|rotas?|commute|weekends|early\s+starts|late\s+finishes|pay|overtime|"
    r"workloads?|caseloads?|travel|politics|agency|agencies)\b|(?:[\w-]+\s+){1,3}?at\s+(?:"
    + PH
    + r"|your\b))(?=[^.!?\n]*\?)"
    # "Ready to leave the NHS?", "Are you ready to leave {{ company }}?"
    # (not the idiom "ready to leave your mark": to make an impact)
    r"|(?:are\s+you\s+)?(?:ready|time)\s+to\s+(?:(?:leave|quit)\s+"
    r"(?!(?:the|your)\s+mark\b)(?:the|your|"
    + PH
    + r")|escape|move\s+on\s+from|get\s+out\s+of)(?![\w-])(?=[^.!?\n]*\?))"
)
"""Phrases that start a sentence; each asks a question, so every match has a "?" after it."""
_PRESUMES_ANYWHERE_TOO = (
    # "Fancy a change of scenery?"
    r"|\bfancy\s+(?:a\s+change(?:\s+of\s+scene(?:ry)?)?|a\s+move|a\s+fresh\s+start|a\s+new\s+(?:role|"
    r"job|challenge)|escaping|quitting|getting\s+out\s+of|leaving\s+(?:your\b|" + PH + r"))"
    r"(?![\w-])"
    # "help you find your next role", "your next career move"
    r"|\b(?:find|land|secure|take|make)\s+your\s+next\s+(?:career\s+)?(?:role|job|position|"
    r"opportunity|move|step|challenge)\b"
    r"|\byour\s+next\s+career\s+(?:move|step|challenge|chapter)\b"
    # "would you consider a move", "what would it take for you to move"
    r"|\b(?:would|could|might)\s+you\s+(?:ever\s+)?(?:consider|think\s+about|entertain|be\s+"
    r"tempted\s+by)\s+(?:a\s+(?:move|change|new\s+(?:role|job|challenge))|moving|leaving|"
    r"switching|changing\s+(?:jobs|roles|companies))\b"
    r"|\b(?:would|could)\s+you\s+(?:ever\s+)?be\s+(?:open|interested)\s+(?:to|in)\s+(?:(?:exploring|"
    r"hearing\s+about|considering|discussing)\s+)?(?:(?:a|an|any|some|your|other)\s+)?(?:"
    + _NEW
    + r"\s+(?:career\s+)?(?:opportunit(?:y|ies)|challenges?|moves?|pastures)|"
    + _NEXT
    + r"|a\s+move|a\s+change|opportunities)\b"
    r"|\bhave\s+you\s+(?:ever\s+)?(?:thought|considered)\s+(?:about\s+)?(?:a\s+move|moving\s+on|"
    r"leaving|a\s+change|changing\s+jobs|your\s+next\s+(?:step|move|role|challenge))\b"
    r"|\bwhat\s+would\s+it\s+take\s+(?:for\s+you\s+)?to\s+(?:consider|make|leave|move|switch|"
    r"tempt|lure|get\s+you)"
    r"|\bwhat\s+(?:would|could)\s+(?:tempt|lure|entice)\s+you\b"
    # "could you be tempted away from {{ company }}?", "could I tempt you away"
    r"|\b(?:tempt(?:ed)?|lured?|entice[ds]?|prised?|pried|poach(?:ed)?)\s+(?:you\s+)?away\b"
    # "ready for your next challenge?", "time for a change?"
    r"|\b(?:ready|time)\s+(?:for|to\s+(?:take|make|land|find))\s+(?:a|your|the)\s+(?:next|new)"
    r"\s+(?:career\s+)?(?:challenge|step|move|chapter|adventure|role|job)"
    r"|\b(?:ready|time)\s+for\s+a\s+(?:change|move)\b"
    # "when are you looking to make a change?", "I know you're keen to move on"
    r"|\bwhen\s+(?:are|would)\s+you\s+(?:be\s+)?(?:looking|hoping|planning|keen|ready)\s+to\s+"
    r"(?:make\s+a\s+(?:change|move)|move(?:\s+on)?|leave|change\s+jobs|switch)\b"
    r"(?!\s+(?:to|in|on|at|for|from|the|your)\b)"
    r"|\bI\s+(?:know|bet|imagine|guess|assume|can\s+tell|sense)\s+(?:that\s+)?you(?:'re|\s+are)\s+"
    r"(?:really\s+|very\s+)?(?:keen|eager|itching|desperate|ready)\s+to\s+"
    r"(?:move\s+on|leave|get\s+out|make\s+a\s+(?:change|move)|change\s+jobs)\b"
    # "tired of your current job?", "feeling undervalued?"
    r"|\b(?:sick\s+and\s+tired|tired|sick|fed\s+up|bored|frustrated|unhappy|stuck)\s+(?:of|"
    r"with|in|at)\s+(?:your\s+"
    r"|the\s+same\s+)(?:\w+\s+)?(?:job|role|position|employer|company|boss|career|commute|"
    r"routine|grind|work|salary|pay)"
    r"|\bfeeling\s+(?:undervalued|underpaid|overworked|stuck|unappreciated|stagnant|burnt\s+"
    r"out|burned\s+out)"
    r"|\bare\s+you\s+(?:being\s+)?(?:undervalued|underpaid|overworked|unappreciated|stuck)\b"
    # "are you happy in your current role?"
    r"|\bare\s+you\s+(?:still\s+|really\s+|truly\s+)?(?:happy|satisfied|content|fulfilled)\s+"
    r"(?:there|at\s+\S+|in\s+your\s+(?:current\s+)?(?:role|job|position|team)|where\s+you\s+are)"
    r"(?=\s*\?)"
)
_PRESUMES = prefiltered(
    _PRESUMES_ANYWHERE + _PRESUMES_AT_START + _PRESUMES_ANYWHERE_TOO, re.MULTILINE
)
_PRESUMES_UNASKED = compile_folded(_PRESUMES_ANYWHERE + _PRESUMES_ANYWHERE_TOO, re.MULTILINE)
"""``_PRESUMES`` for a text without a question mark, where no sentence-start phrase can match:
without google-re2 CPython tries these at every character, and three texts in four ask no
question (over 10,000 generated templates, the search took 0.8 s instead of 3.3 s on them)."""
_SEARCHED = (_PRESUMES,)
"""For ``which_may_match``: can a text without a question hold a match at all?"""
_CONDITIONAL = compile_folded(
    r"\b(?:if|whether|even\s+if|in\s+case|unless|when(?:ever)?|should|once)\s+(?:\S+\s+){0,3}$|"
    r"\b(?:not\s+sure|no\s+idea|don't\s+know|unsure)\s+(?:if|whether)\s+(?:\S+\s+){0,3}$"
)
"""A condition before the phrase makes it no presumption: "if you're ever open to a move"."""
_POACH = compile_folded(r"(?:tempt|lur|entic|pri|poach)")
"""The phrases that name the poaching act itself: "tempt you away", "lure you away"."""
_SENDER_DENIES = compile_folded(
    # "I'm not trying to", "I won't try to", "we don't want to", "I'm never going to"
    r"\b(?:(?:I|we)(?:'m|'re|\s+am|\s+are)\s+(?:not|never)|we\s+aren't|"
    r"(?:I|we)(?:\s+(?:really\s+|certainly\s+|honestly\s+)?(?:will\s+not|won't|do\s+not|don't|"
    r"would\s+not|wouldn't|shall\s+not|shan't|never)|'d\s+(?:not|never)|'ll\s+never)|"
    r"\bnot(?=\s+(?:trying|try|looking|out|here|hoping|planning|attempting|going)\b))\s+"
    r"(?:(?:trying|try|looking|going|about|here|out|want|wanting|mean|meaning|hoping|planning|"
    r"attempting|intending|intend|to|be|being|able)\s+){0,4}$"
)
"""The sender saying they are not poaching: "I'm not trying to tempt you away", "I won't try
to lure you away". Only for the poaching phrases: "you'd be mad not to take your next step"
and "don't take your next role without talking to us" still presume."""


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        prose = message.folded
        if "?" in prose:
            found = _PRESUMES.finditer(prose)
        elif which_may_match(_SEARCHED, prose):
            found = _PRESUMES_UNASKED.finditer(prose)
        else:
            continue
        for m in found:
            sentence = message.sentence_at(m.start())
            if _CONDITIONAL.search(prose, sentence.start, m.start()):
                continue
            if _POACH.match(prose, m.start()) and _SENDER_DENIES.search(
                prose, sentence.start, m.start()
            ):
                continue
            yield Diagnostic(
                m.start(),
                m.end(),
                "this presumes they want to leave their job: ask about this role instead, "
                "and leave them an easy out (e.g. 'even if you're happy where you are')",
                field=message.field.name,
            )


RULE = Rule(
    code="OL203",
    name="assumes-job-seeking",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
