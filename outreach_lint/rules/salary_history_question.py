"""## What it does

Flags a question or request about the recipient's current or past pay: "what is your current
salary?", "what are you earning now?", "please share your current CTC", "salary history", "how
much do you make?", "what are you on at the moment?", "how much are you on an hour now?", "what
was your total comp last year?", "could you tell me your current basic and bonus?". A day or
hourly rate counts when the question says it is their rate now or before ("what's your hourly
rate at the moment?", "what was your day rate in your last role?"). Asking for documents that
show their pay counts too: "send me a recent payslip", "they'd like to see your last three
payslips", "could you share your P60?", "the client also asks to see your last three payslips",
"your W-2 from last year", "please share your Form 16", "your last three payslips are needed by
Friday", "if you don't provide your payslips, the client can't progress your application". So
does "how much do they pay you?", "what do they pay you now?", "what are they paying you at the
moment?", "your fixed and variable pay at
{{ company }}", and in the NHS "which pay band are you on now?" and "what's your current band
and pay point?" (not "which band are you?", the grade of the job).

Asking what they would want ("salary expectations", "what are you looking for in
compensation?"), a contractor's rate with no time given ("what's your day rate?", which can be
the price they would quote) and stating the range ("the range is EUR 85-105k") are fine, and so
is mentioning their pay or payslips without asking for them ("we can beat your current package",
"payslips come weekly through the portal", "your payslips should be sent to you every Friday",
"the client requires an enhanced DBS, and your payslips are issued every Friday") or saying they
won't be asked for ("the client never asks to see your payslips", "doesn't ask", "does not
require", "there's no need to send", "if you don't send your payslips, that's fine", "if you'd
rather not share them, that's fine", "we'd rather not ask for your payslips"), though not what
they are then asked for instead ("the client doesn't ask to see your payslips, but they do need
your P60", "no need to send your CV: just your last three payslips", "if you'd rather not share
your payslips, please send your P60"), nor a "that's fine" that only puts the request off ("if
you can't send your payslips today, that's fine, Monday works too"), nor payslips sent to them
and to you ("should be sent to you and to us").

## Why is this bad?

A question about someone's old pay anchors the offer to it rather than to the job, and carries
past pay gaps into the next job. Employers may not ask it in the EU (the Pay Transparency
Directive, 2023/970, article 5) nor, with their agents, in many US states and cities. Asking for
expectations, or stating the range, gets the same answer lawfully.

## Example

```markdown
If it's of interest, could you let me know your current salary and bonus at {{ company }}?
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, the Finance Business Partner role at Northwind pays
£60-68k plus a 10% bonus, and your FP&A work at {{ company }} is what they need. If it
interests you, what salary would you want?
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
from outreach_lint.prefilter import prefiltered

_NOW = (
    r"(?:current|present|existing|latest|last|previous|past|most\s+recent|prior|former|actual|"
    r"old)"
)
_PAY = (
    r"(?:salary|salaries|pay|package|compensation|comp|remuneration|earnings|wages?|income|"
    r"base|basic|bonus|ctc|total\s+comp|tc|ote|(?:day|daily|hourly|annual)\s+rate|rate|"
    r"take[\s-]home)"
)
_WANT = r"(?:expected|desired|target|ideal|minimum|preferred|required|asking|expectations?)"
_ON = (
    r"(?=\s*(?:\?|,?\s*(?:at\s+the\s+moment|currently|now|right\s+now|at\s+present|these\s+days|"
    r"today|salary[\s-]wise|package[\s-]wise|in\s+your\s+(?:current|last|previous|old)\s+"
    r"(?:role|job|position|company)|per\s+(?:hour|year|annum|day)|an\s+hour|a\s+year|"
    r"base|basic|,?\s+salary|roughly|approximately|ballpark|at\s+\x1a|at\s+your\s+\w+)))"
)
"""After "what are you on": words that make it a question about pay ("at {{ company }}")."""
_WHEN = (
    r"(?=\s*,?\s*(?:at\s+the\s+moment|currently|now|right\s+now|at\s+present|these\s+days|"
    r"today|last\s+year|(?:in|at|on)\s+your\s+(?:current|present|last|previous|old|most\s+recent)"
    r"\s+(?:role|job|position|post|company|employer|contract|placement|assignment)))"
)
"""After "what's your day rate": words that make it their pay now or before, not the price
a contractor would quote for this job."""
_DOC = (
    r"(?:pay\s*slips?|pay[\s-]*stubs?|salary\s+slips?|p60s?|w-?2s?(?:\s+forms?)?|form\s*16s?|"
    r"salary\s+certificates?)"
)
"""Documents that show what someone is or was paid."""

_ASKED = prefiltered(
    # "your current salary", "your current and expected salary", "your CTC"
    r"\b(?:your|ur)\s+(?:"
    + _NOW
    + r"(?:\s+(?:and|&|/|or)\s+\w+)?\s+(?:(?!"
    + _WANT
    + r")[\w-]+\s+)?"
    + _PAY
    + r"|(?:ctc|cost\s+to\s+company))\b(?!\s+expectations?)"
    # "current CTC, expected CTC and notice period", "last drawn salary"
    r"|(?<!\bthe\s)(?<!\bour\s)(?<!\bits\s)(?<!\bthis\s)(?<!\btheir\s)\b(?:current|present|"
    r"existing|last\s+drawn|previous|most\s+recent)\s+(?:ctc|salary|pay|package|compensation|"
    r"remuneration|base|basic|earnings|wages?)\b(?!\s+(?:bands?|ranges?|brackets?|scales?|"
    r"budget|expectations?|levels?|rates?|on\s+offer|for\s+(?:this|the)))"
    # "salary history", "pay history"
    r"|\b(?:salary|pay|compensation|comp|remuneration|earnings|wage)\s+history\b"
    # "your fixed and variable pay at {{ company }}"
    r"|\byour\s+fixed\s+(?:and|&|\+|/)\s+variable\s+(?:pay|salary|compensation|components?|ctc)\b"
    # "send your CV with current and expected salary", "your salary details"
    r"|(?<!\bthe\s)(?<!\bour\s)\bcurrent\s+(?:and|&|/|\+)\s+(?:expected|desired)\s+(?:ctc|salary|"
    r"pay|package|compensation|remuneration)\b"
    r"|\byour\s+(?:salary|pay|compensation|remuneration|earnings)\s+(?:details|information|info)\b"
)
_QUESTION = prefiltered(
    # "how much do you make?"
    r"\bhow\s+much\s+(?:do|are|did|were)\s+you\s+(?:currently\s+|now\s+)?(?:make|making|earn|"
    r"earning|paid|getting\s+paid|get\s+paid|take\s+home)\b"
    # "how much do they pay you?", "what do they pay you now?" (not "what do they pay you for?")
    r"|\b(?:how\s+much|what)\s+(?:do|does|did)\s+(?:they|your\s+(?:current\s+)?(?:employer|company|firm|"
    r"trust|agency|boss)|\x1a+)\s+(?:currently\s+)?pay\s+you\b(?!\s+(?:for|to)\b)"
    # "what are they paying you now?", "how much is {{ company }} paying you?"
    r"|\b(?:how\s+much|what)\s+(?:are|is|were|was)\s+(?:they|your\s+(?:current\s+)?(?:employer|"
    r"company|firm|trust|agency|boss)|\x1a+)\s+(?:currently\s+)?paying\s+you\b"
    r"(?!\s+(?:for|to)\b)"
    # "which pay band are you on now?", "what's your current band and pay point?" (NHS); not
    # "which band are you?", which is the grade of their job
    r"|\b(?:what|which)\s+(?:pay\s+(?:band|grade|point)|spine\s+point)\s+(?:are|were)\s+you\b"
    r"|\bwhat(?:'s|\s+is|\s+was)\s+your\s+(?:current\s+|present\s+)?(?:[\w-]+\s+(?:and|&|/)\s+)?"
    r"(?:pay|spine)\s+point\b"
    # "are you currently earning more than £45k?"
    r"|\bare\s+you\s+(?:currently\s+|now\s+)?(?:earning|on|paid|making|getting)\s+(?:more|less|"
    r"over|under|above|below)\b"
    # "what are you earning now?", "what are you on at the moment?"
    r"|\bwhat\s+(?:are|were|do|did)\s+you\s+(?:currently\s+|now\s+)?(?:earning|earn|paid|"
    r"being\s+paid|taking\s+home|take\s+home|(?:making|make)(?!\s+of\b))\b"
    r"|\b(?:what|how\s+much)\s+(?:are|were)\s+you\s+(?:currently\s+)?(?:on|getting)\b"
    + _ON
    + r"|\bwhat\s+(?:salary|pay|rate|package|base|basic|money|day\s+rate|hourly\s+rate)\s+"
    r"(?:are|were)\s+you\s+(?:currently\s+)?(?:on|getting|earning|paid|being\s+paid)\b"
    r"|\bwhat\s+were\s+you\s+(?:on|paid|earning|getting)\b"
    # "what's your salary?", "what's your current basic?"
    r"|\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+your\s+(?:(?!" + _WANT + r")[\w-]+\s+)?"
    r"(?:salary|pay|package|compensation|comp|tc|ote|remuneration|earnings|wages?|base|basic|"
    r"ctc|income)\b(?!\s+(?:expectations?|requirements?|target|ask|range))"
    # "what's your hourly rate at the moment?", "what was your day rate in your last role?"
    r"|\bwhat(?:'s|\s+is|\s+was)\s+your\s+(?:(?:current|present)\s+)?(?:(?:hourly|day|daily|"
    r"weekly|pay|shift|locum|contract|charge[\s-]out)\s+)?rate\b" + _WHEN
)
_TOLD = prefiltered(
    # "let me know what you currently earn", "tell me how much you make"
    r"\b(?:what|how\s+much)\s+you(?:'re|\s+are)?\s+(?:currently\s+|now\s+)?(?:earn|earning|make|"
    r"making|paid|being\s+paid|take\s+home|taking\s+home|getting\s+paid)\b(?!\s+of\b)"
    r"|\bwhat\s+you(?:'re|\s+are)\s+(?:currently\s+)?on\b" + _ON
)
"""Pay named inside a sentence: a finding only when the sentence asks for it."""
_DOCS = prefiltered(
    # "your P60", "a recent payslip", "the last three payslips", "your W-2 from last year"
    r"(?<!\byou\s)\b(?:your|ur|(?:(?:a|the|two|three|\d+)\s+)?(?:most\s+)?(?:recent|latest|last|previous|"
    r"past|prior))\s+(?:(?:most|recent|latest|last|few|"
    r"couple\s+of|two|three|four|six|twelve|\d+|months?'?|weeks?'?|monthly|weekly)\s+){0,2}"
    + _DOC
    + r"\b(?!\s+(?:roles?|status|positions?|contracts?|employees?|employment|basis|jobs?|"
    r"portal|system|app))",
    # (the analysis finds "2" and "w"; each of _DOC's documents holds one of these)
    needs=("slip", "stub", "p60", "w-2", "w2", "form", "certificate"),
)
"""Someone's own pay documents: asking for them asks what they were paid."""
_SEE = compile_folded(
    r"\b(?:like|love|want|need|have)\s+to\s+(?:see|have|get|check)\b|\b(?:upload|bring|"
    r"copy|copies|scan|photo)\b"
)
"""Further ways to ask for a document."""
_ASK = compile_folded(
    r"\b(?:what|how\s+much|let\s+me\s+know|tell\s+me|share|send|confirm|provide|advise|include|"
    r"give\s+me|mention|state|list|disclose|need|requires?|ask|asks|request|requests|details|"
    r"attach|forward|please|"
    r"could\s+you|can\s+you|would\s+you\s+mind|understand|get\s+a\s+sense\s+of|find\s+out|"
    r"to\s+know)\b"
)
_NEGATED = compile_folded(
    r"\b(?:never|don't|do\s+not|doesn't|does\s+not|won't|will\s+not|not\s+going\s+to|no\s+"
    r"need\s+to|needn't|shouldn't|can't|cannot|never\s+will)\s+(?:\w+\s+)?(?:asks?|needs?|"
    r"requires?|wants?|requests?|share|disclose|tell|send|provide|show|include)\b"
    r"|\byou(?:'d|\s+would)\s+rather\s+not\s+(?:share|disclose|tell|send|provide|show|include)\b"
    # the sender's, when what they would rather not ask for is right after it (see _denied): "we'd
    # rather not ask for your payslips", "we'd prefer not to ask what you earn now", "I'd rather
    # not ask you to send your payslips", "we'd rather not request your P60" (not "I'd rather not
    # ask twice, so please send …")
    r"|(?P<sender>\b(?:i|we)(?:'d|\s+would)\s+(?:rather\s+not|prefer\s+not\s+to)\s+"
    r"(?:ask|request)\s+(?:you\s+)?(?:(?:for|about|to\s+(?:see|send|share|provide|show))\b"
    r"|(?=what\b|how\s+much\b|your\b)))"
    r"|\b(?:without|instead\s+of|rather\s+than)\s+(?:\w+\s+)?(?:asking|sharing|needing|"
    r"disclosing|telling|requesting|your)\b"
    r"|\b(?:illegal|banned|not\s+allowed|unlawful|prohibited)\b"
)


_DENIAL_ENDS = compile_folded(r";|\b(?:but|just|only)\b")
"""Where what a denial covers ends, and what is asked starts: "the client doesn't ask to see your
payslips, but they do need your P60", "no need to send your CV: just your payslips"."""
_CONDITION = compile_folded(r"\b(?:if|unless)\s+(?:(?:you|they)\s+)?$")
"""Before a "don't" that is a condition, not a denial: "if you don't provide your payslips",
"if you'd rather not share your payslips"."""
_GIVE = compile_folded(r"\b(?:send|provide|share|show|include|disclose|tell)$")
"""The verb of such a condition, their giving it: not "if you don't want to share it", a choice
left to them."""
_LATER = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|later|next\s+week)"
"""A later day the payslips may be put off to."""
_REASSURED = compile_folded(
    r"(?:(?!\b(?:today|tonight|tomorrow|now|yet|by|before|until|till|this\s+(?:week|month|"
    r"morning|afternoon|evening))\b)[^,.;:!?])*,\s*(?:(?:that|it)(?:'s|\s+is)\s+(?:(?:absolutely|totally|completely|perfectly|"
    r"also|still)\s+)?(?:fine|ok|okay|alright|no\s+problem)|no\s+(?:problem|worries)|"
    r"don't\s+worry)\b(?![^.;!?]*\b"
    + _LATER
    + r"\b(?:\s+\w+){0,2}?(?:\s+works?|(?:\s+is|'s)\s+(?:also\s+)?(?:fine|ok|okay|good)|"
    r"\s+will\s+do|\s+suits?)\b(?!\s+for\s+(?:your|the|an?|our)\s+(?!(?:\w+\s+){0,2}"
    + _DOC
    + r"))|[^.;!?]*\b(?:send|get|bring|forward|email|drop|pass)\s+(?:them|those|it)\b"
    r"(?!\s+(?:your|the|an?|our|my)\b)[^.;!?]*\b" + _LATER + r"\b"
    r"|[^.;!?]*\b(?:by|until|till|before)\s+(?:next\s+)?" + _LATER + r"\b)"
)
"""A condition that lets them off: "if you don't send your payslips, that's fine". Not one with
a time limit, or a later day after it that the payslips are put off to, that only puts the
request off: "if you can't send your payslips today, that's fine, Monday works too", "Friday's
fine too", "…, no problem, just get them to me by Monday", "I can wait until Monday" (not a
later day for something else: "that's fine, it won't affect your interview on Friday", "don't
worry, the trial shift is still on for Saturday", "that's fine, Tuesday still works for your
interview")."""
_SOMETHING_ELSE = (
    r"(?!(?:(?:most|last|latest|recent|first|few|couple|of|one|two|three|four|six|twelve|\d+)\s+)*"
    r"(?:most|last|latest|recent|first|few|couple|one|ones|two|three|four|six|twelve|\d+|copy|"
    r"copies|scans?|photos?)\b(?!\s+(?!(?:to|by|in|on|into|via|over|before|when|at|as|and|so|"
    r"please|if|from|each|every|this|next|today|tomorrow)\b)[a-z]))"
)
"""After "your", "the" (it reads nothing): something other than the payslips named only by how
many or which ("the last three", "a copy", "the most recent one"), such as "your timesheet"."""
_ON_TO_THEM = (
    r"(?:and\s+(?:to\s+)?(?:us|me)|(?:forward|send|share|upload|attach)\b"
    r"(?!\s+(?:(?:me|us)\s+)?(?:your|the|an?|our|my|his|her|their)\s+" + _SOMETHING_ELSE + r"))"
)
"""Later in the sentence, the payslips going on from them to the sender: "and to us", "so please
forward last month's", "so just send me the last three" (not "send your timesheet")."""
_ASKED_FOR = compile_folded(
    r"\s+(?:\w+ly\s+)?(?:(?:is|are|(?:will|would)(?:\s+also)?\s+be)\s+(?:also\s+)?(?:needed|required|"
    r"requested)|(?:must|should)\s+be\s+(?:sent|provided|uploaded|submitted|attached|shared|"
    r"emailed)(?!\s+to\s+you\b(?![^.;!?]*\b" + _ON_TO_THEM + r")))\b"
)
"""A passive request right after the pay named: "your last three payslips are needed by
Friday" (not "should be sent to you", delivered to them, unless they are to go on to you as
well: "sent to you and to us", "so please forward last month's", "so just send me the last
three", "so please upload a copy"; "so just send your timesheet to me" sends something else)."""


_NEXT_CLAUSE = compile_folded(r",\s*(?:and|(?P<but>but))\b|\bso\b")
"""A clause after what the sender would rather not ask for: "I'd rather not ask for your payslips
again, so please send the last three"."""
_BACK = compile_folded(
    r"\b(?:them|those)\b|\b(?:the|your)\s+(?:(?:most\s+recent|last|latest|recent|first|past|"
    r"previous)\s+)?(?:few|couple|one|ones|two|three|four|five|six|twelve|\d+)\b(?!\s+(?!(?:to|"
    r"by|in|on|at|as|and|so|please|if|from|before|when|this|next|today|tomorrow)\b)[a-z])"
)
"""The pay named before, referred back to by a pronoun or by how many alone: "send them", "the
last three" (not "the last three months", nor "your passport", something else)."""
_NEEDS = compile_folded(
    r"(?:(?!\b(?:if|unless|once|when|whenever|some|many|most|other|others)\b)[^;])*?\b(?:insists?|"
    r"needs?|requires?|wants?|asks?|asked)\b"
)
"""Before what a "but" clause refers back to, someone who needs it: "the client insists on seeing
the last three", "the trust requires them", "the client has asked for copies of" (not a condition,
"if a trust ever needs them", nor others, "I know some agencies insist on them")."""


def _asks_next(prose: str, start: int, end: int) -> bool:
    """Does a later clause in ``prose[start:end]``, undenied, ask for the pay named before it,
    referred back to ("…, so please send the last three by Friday"), or, after "but", say someone
    needs it ("…, but the client insists on seeing the last three"), not ask for something
    else ("…, so please bring your passport")? (Pay named again in it is a finding of its own:
    "…, so what's your current base salary?")"""
    for c in _NEXT_CLAUSE.finditer(prose, start, end):
        back = _BACK.search(prose, c.end(), end)
        if _NEGATED.search(prose, c.end(), end) or back is None:
            continue
        # (after "but", only someone who needs them: not "…, but you'll get them every Friday")
        if c.group("but") and _NEEDS.match(prose, c.end(), back.start()):
            return True
        if _ASK.search(prose, c.end(), end):
            return True
    return False


def _denied(prose: str, start: int, end: int, at: int) -> bool:
    """Whether the sentence from ``start`` to ``end`` denies asking for the pay named at ``at``:
    not a "don't" that is a condition on their giving it ("if you don't provide your payslips,
    the client can't progress your application"; "if you don't want to share it" or "if you
    don't send them, that's fine" is a denial),
    nor one before a "but", "just" or "only" that then asks ("the client doesn't ask to see your
    payslips, but they do need your P60"), nor the sender's "rather not ask for" of anything
    but the pay named right after it, or followed by a clause that asks ("I'd rather not ask for
    your payslips again, so please send the last three")."""
    for m in _NEGATED.finditer(prose, start, end):
        if (
            _CONDITION.search(prose, start, m.start())
            and _GIVE.search(m[0])
            and not _REASSURED.match(prose, m.end(), end)
        ):
            continue
        if m.end() <= at and _DENIAL_ENDS.search(prose, m.end(), at):
            continue
        if m.group("sender") and (prose[m.end() : at].strip() or _asks_next(prose, m.end(), end)):
            continue  # not what is named here, or a later clause asks
        return True
    return False


_NEW_CLAUSE = compile_folded(
    r";|,\s*(?:and|but|so|while|whereas)\s|\b(?:and|but)\s+(?=(?:will|would|can|could|may|"
    r"might|should|shall|must)\b)"
)
"""Where another clause may start: "The client requires an enhanced DBS, and your payslips are
issued every Friday", "The client asks to see proof of address and will issue your payslips
weekly"."""
_OWN_VERB = compile_folded(
    r"\b(?:will|would|can|could|may|might|should|shall|must|we|they|i|he|she|it)\b|'(?:ll|d)\b"
)
"""A subject or a verb of its own, in the words of a clause before the pay named ("and will
issue your payslips", "and we'll send your P60")."""
_ITS_VERB = compile_folded(
    r"\s+(?:\w+ly\s+)?(?:is|are|was|were|will|would|can|could|should|may|come|comes|arrive|"
    r"arrives|go|goes|get|gets)\b"
)
"""A verb right after the pay named, of which it is the subject ("your payslips are issued")."""


def _asks(before: str, sentence: str, document: bool, after: str) -> bool:
    """Whether a sentence that names someone's pay (``before`` it, the words leading up to it;
    ``after`` it, the rest of the sentence) asks for it. A word that asks counts only in the
    pay's own clause: "The client requires an enhanced DBS, and your payslips are issued every
    Friday" asks for a DBS ("send your CV, and your last three payslips" is one clause, a
    list). A passive request after it asks ("your payslips are needed by Friday")."""
    if _ASKED_FOR.match(after):
        return True
    clauses = [m.end() for m in _NEW_CLAUSE.finditer(before)]
    # (a verb set off by commas is an aside: "send your CV, and if you can, your payslips")
    aside = before.rstrip().endswith(",")
    if clauses and (
        (_OWN_VERB.search(before, clauses[-1]) and not aside) or _ITS_VERB.match(after)
    ):
        before = before[clauses[-1] :]
        return bool(_ASK.search(before) or (document and _SEE.search(before)))
    if _ASK.search(before) or (document and _SEE.search(before)):
        return True
    return sentence.rstrip().endswith("?") and not before.strip(" ,")


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        prose = message.folded
        seen: set[int] = set()
        # With each match: None for a question, else whether it names a pay document.
        hits: list[tuple[re.Match[str], bool | None]]
        hits = [(m, None) for m in _QUESTION.finditer(prose)]
        hits += [(m, False) for m in _ASKED.finditer(prose)]
        hits += [(m, False) for m in _TOLD.finditer(prose)]
        hits += [(m, True) for m in _DOCS.finditer(prose)]
        for m, document in sorted(hits, key=lambda h: h[0].start()):
            sentence = message.sentence_at(m.start())
            before = prose[sentence.start : m.start()]
            if sentence.start in seen or _denied(prose, sentence.start, sentence.end, m.start()):
                continue
            text = prose[sentence.start : sentence.end]
            after = prose[m.end() : sentence.end]
            if document is not None and not _asks(before, text, document, after):
                continue
            seen.add(sentence.start)
            yield Diagnostic(
                m.start(),
                m.end(),
                "don't ask about current or past pay: it anchors the offer to their old pay, and "
                "the EU and many US states ban the question; state the range, or ask what "
                "they're looking for",
                field=message.field.name,
            )


RULE = Rule(
    code="OL601",
    name="salary-history-question",
    docs=__doc__ or "",
    check=check,
    severity=Severity.ERROR,
)
