"""## What it does

Flags a template that never says what the sender wants or why they are writing: "Hi
{{ first_name }}, let's connect!", "I'd like to add you to my professional network", "I thought
it would be good to introduce myself", "I'd love to pick your brain sometime", "would love to
catch up, are you free for a call?". A template states its purpose when it pitches a job (even
vaguely, or as an employer hiring for it: "Kirklees is hiring Social Workers", "a Daventry food
distributor needs Class 1 night drivers", or as jobs it counts: "our jobs board has 40 new HGV
driver roles", or as people the sender adds to its panel: "we're adding medical interpreters to
our Leeds panel", or as a programme offered as a job is: "a Birmingham firm has opened a paid
returner programme for audit managers"; not a pitch it disclaims: "I'm not pitching you a job"),
says whom the sender places ("we place HGV drivers with Tesco's Avonmouth depot"), gives a
reason ("I'm reaching out because...", "your talk on {{ talk_topic }} is why I'm writing"), says
what it would like to talk about ("would you be open to a chat about your move to Go?", "could I
ask you three questions?"), asks for advice, a referral or an introduction, or offers something
concrete ("I'd like to share what salaries look like locally"), such as people for the reader's
own hiring ("would you be open to seeing two profiles this week?", "we have two qualified maths
teachers available", "could I send you their CVs?"). A message to
someone already in the process says why it was sent by what it is about: their interview, shift,
offer or application, or an earlier call ("you're confirmed for bar shifts at {{ venue }} on
Saturday", "your interview … is booked for Tuesday", "great news that you've accepted the Head
of Finance offer", "thank you for coming in for the trial shift and interview"); a bare "as
discussed" says nothing of what ("as discussed, it would be great
to connect"). A template marked as a later step of a sequence (metadata `stage:
follow-up`, `follow_up: true` or a `sequence_step` above 1, a name or file name that says
follow-up, or a subject starting "Re:") sits under the message that gave the reason, so it needs
only name what it follows up on ("just following up on the flatbed spots in Gary") or offer to
hold what was offered ("Want me to hold one while you think it over?"); "just following up!",
"just checking in" or "following up on my last email" still say nothing, marked or not.

So does a message to someone who already works with the sender, by that work: "thanks for
registering with us for supply teaching", "you're on our locum list", "you asked us to keep an
eye out for ICU shifts", "thanks for covering at our Morriston branch", "your contract with
Halden Bank ends on {{ end_date }}", "Halcyon want to extend your contract", "they have asked
for you again"; and a request for the papers the sender needs to book them: "before we can book
you into schools, I need: …", "before we can book your first shift, I need a copy of your
passport", "on page 2 of your certificate of sponsorship, the field marked XX is blank".

## Why is this bad?

The most common complaint from the people who receive these messages is the unexplained
request: the reader cannot tell why you are writing or what you want from them, so they
ignore it. An honest, light explanation is enough ("I have these skills... who is the best
person to talk to about future opportunities?").

## Example

```markdown
Hi {{ first_name }}, I'm a recruiter at Northbeam specialising in data roles. Let's connect!
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, I'm a recruiter at Northbeam and I'm hiring a Senior
Data Engineer for our payments team. Your Kafka work at {{ company }} is what they need. Would
you be open to a chat about it?
```

## Options

None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.message import Message
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.patterns import compile_folded, compile_regex
from outreach_lint.rules.common import OCCUPATION, marked_follow_up, pitch
from outreach_lint.rules.fit import states_fit
from outreach_lint.rules.in_touch import (
    answers_application,
    in_process_on,
    offers_people,
    with_us,
)
from outreach_lint.rules.phrasing import (
    names_specific,
    role_mention,
    role_placeholder,
    vague_pitches,
)
from outreach_lint.rules.sign_off import text_end

_EMPTY = (
    r"(?:the\s+|this\s+|our\s+)?(?:industry|sector|field|market|space|world|linkedin|network|"
    r"things|everything|anything|life|general|us|me|myself|ourselves|my\s+(?:agency|firm|"
    r"company|business|services|background)|our\s+(?:agency|firm|company|business|services|"
    r"team)|what(?:'s|\s+is)?\s+(?:happening|going\s+on|new)|what\s+(?:I|we)(?:'m|\s+am|'re|"
    r"\s+are)\s+(?:seeing|doing|up\s+to)|(?:market|industry)\s+(?:trends|news|insights|"
    r"updates)|trends|it|that|this|my\s+(?:last|previous)\s+(?:message|note|email))\b"
)
"""Objects that explain nothing: "chat about the market", "tell you more about us"."""

_REASON = compile_regex(
    # "I'm reaching out because...", "writing about your post"
    r"\b(?:reaching\s+out|writing|getting\s+in\s+touch|contacting\s+you|messaging\s+you|"
    r"dropping\s+you\s+a\s+(?:line|note)|in\s+touch|reach(?:ing)?\s+out)\s+(?:to\s+you\s+)?"
    r"(?:because|as|since|about|regarding|re|on\s+behalf\s+of|with\s+(?:a|an)|to\s+(?!"
    r"(?:connect|introduce|say|network|get\s+acquainted|touch\s+base|catch\s+up|expand|grow|"
    r"build|add|see\s+if\s+you(?:'d|\s+would)\s+like\s+to\s+connect)\b))(?!\s+" + _EMPTY + r")"
    r"|\bbecause\b(?!\s+we(?:'re|\s+are)\s+(?:both\s+)?in\b)"
    r"|\b(?:why|the\s+reason)\s+I(?:'m|\s+am)\s+(?:writing|reaching\s+out|getting\s+in\s+touch|"
    r"messaging|contacting)"
    # "would you be open to a chat about X", "keep the conversation on X going"
    r"|\b(?:chat|talk|call|conversation|speak|discuss|coffee|meet|catch\s+up|notes|learn|hear|"
    r"know|ask|questions?|thoughts|advice|input|opinion|views?|take|perspective|insights?|"
    r"feedback|help|tips|pointers)\s+(?:\w+\s+)?(?:about|on|regarding|around|re|into|with\s+"
    r"(?:your|the|a|an))\s+(?!" + _EMPTY + r")\S"
    # "I'd love your advice", "pick your brain on rotas" (not "pick your brain sometime": on
    # what?), "ask you a question"
    r"|\b(?:your|you\s+for\s+(?:your|some|a))\s+(?:\w+\s+)?(?:advice|thoughts|input|opinion|"
    r"take|perspective|insights?|feedback|recommendation|help|view)\b"
    r"|\bpick\s+your\s+brains?\s+(?:\w+\s+)?(?:about|on|regarding|around|re|over)\s+(?!"
    + _EMPTY
    + r")\S|\bask\s+you\s+(?:a|about|for|whether|if|how|what|(?:two|three|four|five|\d+|some|"
    r"a\s+few)\s+(?:quick\s+|short\s+)?questions)\b"
    # "I'd love to learn how your team handles on-call"
    r"|\b(?:learn|hear|understand|find\s+out|ask\s+you)\s+(?:more\s+)?(?:about\s+)?(?:how|what|"
    r"why|which)\s+(?:you|your)\b"
    r"|\b(?:love|like|want)\s+(?:you|to\s+have\s+you)\s+to\s+(?:speak|join|present|talk|attend|"
    r"come|contribute|judge|mentor)\b"
    # "I wondered if your team would like to take part", "would you be interested in joining"
    r"|\b(?:wonder(?:ed|ing)?|wanted\s+to\s+(?:ask|see|check)|hoping\s+to\s+(?:ask|see|check))\s+"
    r"(?:if|whether)\b(?![^.!?]{0,40}\b(?:connect|catch\s+up|touch\s+base|get\s+acquainted|"
    r"network)\b)"
    r"|\b(?:interested|keen)\s+in\s+(?!connecting|networking|(?:a|an)\s+(?:\w+\s+)?(?:call|chat|"
    r"coffee|conversation)\b|(?:hearing|learning|finding\s+out)\s+more\b(?!\s+about))\w"
    r"|\bI(?:'m|\s+am)\s+(?:organi[sz]ing|hosting|putting\s+together|planning|writing|researching|"
    r"mapping|surveying|benchmarking|"
    r"running\s+(?:a|an|the))\b"
    # asking for a referral or introduction
    r"|\b(?:anyone|someone|who)\s+(?:\w+\s+){0,3}?(?:recommend|refer|suggest|introduce)\b"
    # "who would you talk to first about on-call in Leeds?" (not "someone to talk to")
    r"|\bwho\s+(?:would|should|could|do|did|might|can)\s+(?:\w+\s+){0,3}?(?:talk|speak)\s+to\b"
    r"|\b(?:right|best)\s+person\s+to\s+(?:talk|speak|ask)\b"
    r"|\b(?:introduce\s+you\s+to|put\s+you\s+in\s+touch|invite\s+you\s+to\s+(?!connect))"
    # offering something concrete
    r"|\b(?:happy|glad|keen|able|here|love|like)\s+to\s+help\b"
    r"|\b(?:share|send|show)\s+(?:you\s+)?(?:over\s+)?(?!" + _EMPTY + r")"
    r"(?!(?:a|an|the|my)\s+(?:connection\s+)?(?:request|invit\w+|note)\b)(?:the|a|an|what|how|"
    r"some|my\s+notes|our\s+(?:report|survey|data|guide|findings|benchmark))\b"
    # "I recruit hotel managers across Scotland", "as I'm hiring for...", and an agency's "we
    # place HGV drivers with Tesco's depot" (not "we place great value on...")
    r"|\bI\s+(?:recruit|hire|appoint|place|source)\b"
    r"|\bwe\s+(?:recruit|hire|appoint|place|source|supply)\s+(?:for\b|(?:[\w/-]+\s+){0,3}?"
    + OCCUPATION
    + r"\b)"
    r"|\b(?:as|since|because)\s+(?:I(?:'m|\s+am)?|we(?:'re|\s+are)?)\s+(?:now\s+|currently\s+)?"
    r"(?:recruit\w*|hir\w*|appoint\w*|plac\w*|build\w*\s+(?:a|the|our)\s+team)",
    re.IGNORECASE,
)
_ASK = compile_regex(
    r"\blet(?:'s|\s+us)\s+connect\b|\b(?:love|like|great|keen|happy|good|nice|welcome)\s+"
    r"to\s+(?:connect|catch\s+up|touch\s+base|introduce\s+myself|get\s+acquainted|chat|"
    r"have\s+a\s+chat|keep\s+in\s+touch)\b|\badd\s+you\s+to\s+my\b|\bjoin\s+your\b|"
    r"\bconnect\s+with\s+you\b|\bintroduce\s+myself\b|\bget\s+acquainted\b|"
    r"\b(?:a|for\s+a)\s+(?:quick\s+|short\s+|brief\s+)?(?:call|chat|coffee|conversation)\b|"
    r"\bpick\s+your\s+brains?\b",
    re.IGNORECASE,
)

_RETURNER_PROGRAMME = compile_folded(
    r"\b(?:opened|launched|started|running|runs|offers?|offering|has|have)\s+(?:an?\s+|its\s+|"
    r"their\s+|our\s+)?(?:(?:new|paid|\d+-(?:week|month))\s+)*(?:returners?|return-to-work)\s+"
    r"(?:programme|program|scheme)\b"
)
"""A programme offered to people back from a career break, as a job is: "a Birmingham firm has
opened a paid returner programme for audit managers"."""

_EARLIER_MESSAGE = (
    r"(?:my|our|the|your)\s+(?:[\w-]+\s+)?(?:messages?|notes?|e-?mails?|inmails?|mails?|"
    r"texts?|requests?|invit\w*|chat|call|conversation|catch-up)\b"
)
"""An earlier message or conversation, which by itself says nothing: "my last email"."""

_FOLLOWS_UP_ON = compile_folded(
    r"\bfollowing\s+up\s+(?:on|about|regarding)\s+(?:" + _EARLIER_MESSAGE + r"\s+(?:about|on|"
    r"regarding)\s+)?(?!" + _EMPTY + r")(?!" + _EARLIER_MESSAGE + r")(?:the|your|our|those|these)"
    r"\s+(?!(?:above|below|previous|last|earlier|same|profile|background|experience|cv|"
    r"resume)\b)\w"
)
"""A follow-up that names what it follows up on: "just following up on the flatbed spots in
Gary" (not "following up on my last email", "… on our chat", "… on your profile" or "… on
this")."""

_OFFERS_TO_HOLD = compile_folded(
    r"\b(?:want|would\s+you\s+like|shall|should|can|could)\s+(?:me|us|i|we)\s+(?:to\s+)?"
    r"(?:hold|reserve)\s+(?:one|it|them|a|an|the|your|you)\b[^.!?\n]*\?"
)
"""A question offering to keep something the earlier message offered: "Want me to hold one while
you think it over?"."""


def _follows_up_on_something(message: Message) -> bool:
    """Does a marked follow-up name what it follows up on, or offer to hold what it offered?"""
    end = text_end(message)
    folded = message.folded
    return bool(_FOLLOWS_UP_ON.search(folded, 0, end) or _OFFERS_TO_HOLD.search(folded, 0, end))


def _about_their_work(ctx: RuleContext, message: Message) -> bool:
    """A placeholder for the recipient's own work, or a talk, post or event the text names."""
    end = text_end(message)
    if any(ctx.kind(p) == "profile" for p in message.placeholders_in(0, end)):
        return True
    return names_specific(message.folded, 0, end)


def states_purpose(ctx: RuleContext) -> bool:
    """Does the template pitch a job, say why the recipient fits or why the sender writes, or
    ask or offer something concrete?"""
    if pitch(ctx) is not None or states_fit(ctx):
        return True
    subject = ctx.subject
    if subject is not None and (
        role_placeholder(ctx, subject) is not None or role_mention(subject) is not None
    ):
        return True
    follow_up = marked_follow_up(ctx)
    for message in ctx.messages:
        if follow_up and _follows_up_on_something(message):
            return True
        if vague_pitches(message) or _about_their_work(ctx, message) or offers_people(message):
            return True
        if _RETURNER_PROGRAMME.search(message.folded, 0, text_end(message)):
            return True
        if _REASON.search(message.prose, 0, text_end(message)):
            return True
    return False


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    if ctx.body.is_blank or states_purpose(ctx) or in_process_on(ctx.body):
        return
    if answers_application(ctx.body):
        return  # their application or interview is why ("thanks for coming in for the trial shift")
    if with_us(ctx.body):
        return  # their work with the sender is why it was sent ("you covered nights for us")
    message = (
        "this never says why you are writing to them: name the role, what about their work "
        "made you write, or what you would like to talk about, in one line"
    )
    ask = _ASK.search(ctx.body.prose, 0, text_end(ctx.body))
    if ask is None:
        yield Diagnostic(-1, -1, message, field="")
    else:
        yield Diagnostic(ask.start(), ask.end(), message, field=ctx.body.field.name)


RULE = Rule(
    code="OL201",
    name="purpose-not-stated",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
