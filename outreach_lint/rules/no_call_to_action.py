"""## What it does

Flags a template that asks nothing and offers no next step: no question, and nothing like "reply
to this message", "let me know if...", "book a time here: {{ calendar_link }}", "call me on...",
"shout if you'd like more info", "just text YES to {{ reply_number }}", "if things change, my
door's open" (the last step of a sequence), "happy to share the job description", "send me your
CV", "please bring your passport", "sign and return it by Friday" or, in a connection note, "I'd
love to connect" or "I'd like to stay in touch" (after connecting, staying in touch asks
nothing). Blank bodies are left to `empty-message` (OL503).

## Why is this bad?

A message that ends without an ask leaves the reader to work out what to do, and most won't.
Boomerang's study of 40 million e-mails found that messages asking one to three questions got
about 50% more replies than messages asking none.

## Example

```markdown
Hi {{ first_name }}, a building products manufacturer is hiring a Regional Sales Director,
and your merchant relationships at {{ company }} are what they want. The package is £95k.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, a building products manufacturer is hiring a Regional
Sales Director, and your merchant relationships at {{ company }} are what they want. The
package is £95k. Could we talk on Thursday?
```

## Options

None.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.addresses import may_hold_address
from outreach_lint.builtin.channels import CONNECTION_NOTE
from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_regex
from outreach_lint.prefilter import located
from outreach_lint.rules.sign_off import text_end

_NEXT_STEP = located(
    # reply, call, message
    r"\b(?:reply|respond|write\s+back|get\s+back\s+to\s+me|get\s+in\s+touch|contact\s+(?:me|us)|"
    r"reach\s+(?:out|me)|drop\s+(?:me|us)\s+(?:a|an)|message\s+(?:me|us)|text\s+(?:me|us)|"
    r"e-?mail\s+(?:me|us)|ping\s+(?:me|us)|dm\s+(?:me|us)|whatsapp\s+(?:me|us)|ring\s+(?:me|us)|"
    r"call\s+(?:me|us|or\s+text|the\s+office|\w+\s+on)|give\s+(?:me|us|the\s+office|\w+)\s+a\s+"
    r"(?:call|ring|shout|bell)|(?:call|text|phone|ring|whatsapp|message)\s+\w+\s+(?:on|at)\s+\+?\d"
    # a one-word answer: "just text YES to {{ reply_number }}", "message 'yes' and I'll book you"
    r"|(?:text|message|whatsapp)\s+(?:back\s+)?[\"'“‘]?yes\b"
    # British: "Shout if you'd like more info", "shout me when you're free", "just shout"
    r"|shout\s+(?:(?:me|us)\b|if|when|back)|just\s+shout|"
    r"shoot\s+(?:me|us)\s+(?:a|an)|(?:my|direct)\s+(?:number|line|mobile|phone)\s+is|"
    r"hope\s+to\s+(?:speak|talk|chat|hear|connect|meet|catch\s+up)|"
    r"(?:can|could|will|I'll|I\s+can)\s+(?:share|send)\s+(?:you\s+)?(?:the|a|an|more|over|details)|"
    r"let\s+me\s+know|tell\s+me\s+(?:if|when|whether|what\s+you\s+think|your\s+thoughts)|"
    r"keen\s+to\s+hear|hope\s+to\s+hear|(?:need|have)\s+to\s+hear\s+(?:back\s+)?from\s+you|"
    r"(?:welcome|love|value|appreciate)\s+your\s+(?:thoughts|views|take|feedback)|"
    r"if\s+you(?:'d|\s+would)\s+like\s+to\s+(?:be\s+considered|apply|hear\s+more|learn\s+more|"
    r"know\s+more|find\s+out\s+more|chat|talk)|"
    # Indian English: "kindly share your updated CV", "kindly revert"
    r"kindly\s+(?:share|send|reply|revert|respond|forward|let|confirm|call|apply|book|get\s+back|"
    r"connect)|"
    r"look(?:ing)?\s+forward\s+to\s+(?:hearing|your|speaking|talking|chatting|connecting|"
    r"meeting)|I(?:'ll|\s+will)\s+(?:call|ring|phone|follow\s+up|send|be\s+in\s+touch)|"
    # book, apply, send
    r"book\s+(?:a|in|some|your|time|here|via|through|onto)|schedule\s+(?:a|some|time)|"
    r"pick\s+(?:a|any)\s+(?:time|slot)|grab\s+(?:a|some)\s+(?:time|slot)|(?:choose|find)\s+a\s+"
    r"(?:time|slot)|calendar|calendly|apply\b|click|sign\s+up|register|"
    r"send\s+(?:me|us|over)\s+(?:your|a|an)|(?:send|share|forward)\s+(?:me|us)\s+your|"
    # offers and wishes that are a next step
    r"(?:happy|glad|keen|delighted|able)\s+to\s+(?:share|send|talk|chat|discuss|answer|walk|"
    r"tell|arrange|set\s+up|introduce|help|call|speak)|"
    r"(?:love|like|welcome|great|keen|happy|good|nice|want)\s+to\s+(?:connect|chat|talk|speak|"
    r"hear|tell\s+you|share|set\s+up|arrange|introduce|discuss|meet|catch\s+up|call|send)|"
    r"let(?:'s|\s+us)\s+(?:connect|chat|talk|speak|set\s+up|find|grab|arrange|meet|catch\s+up)|"
    r"feel\s+free\s+to|please\s+(?:reply|respond|get\s+in\s+touch|contact|call|ring|send|let|"
    r"apply|book|click|share|forward|accept|connect|message|email|e-mail|text|see|find\s+the\s+"
    r"link|bring|complete|sign|return|fill\s+in|upload|come|arrive|confirm)|"
    # the papers a candidate is asked for: "sign and return it by Friday"
    r"sign\s+and\s+return|if\s+(?:you(?:'re|\s+are)\s+)?interested|"
    r"add\s+you\s+to\s+my|join\s+your\s+(?:\w+\s+)?network|connect\s+with\s+you|to\s+connect|"
    r"(?:happy|glad|keen)\s+to\s+(?:swap|compare|exchange)\s+notes|"
    # a sequence's last step: "if things change, my door's open"
    r"(?:my|our)\s+(?:door|inbox)(?:'s|\s+is|\s+stays|\s+remains)\s+(?:always\s+)?open|"
    r"(?:accept|accepting)\s+(?:my|this)\s+(?:request|invitation|invite))\b"
)
_LINK = compile_regex(r"https?://|www\.|\b\S+@\S+\.\w+\b")
_LINK_WORDS = frozenset(["calendar", "calendly", "booking", "link", "url", "apply", "meeting"])
_THEIR_PAGES = frozenset(["linkedin", "github", "portfolio", "profile", "website", "twitter"])


_IN_TOUCH = compile_regex(r"\b(?:stay|keep)\s+in\s+touch\b")
"""In a connection note, a wish to stay in touch is the request itself ("I'd like to stay in
touch"); after connecting, it asks nothing."""


def _has_next_step(ctx: RuleContext) -> bool:
    for message in ctx.messages:
        if message.questions or _NEXT_STEP.search(message.folded):
            return True
        if may_hold_address(message) and _LINK.search(message.prose, 0, text_end(message)):
            return True  # a link in the text, not the signature's web address
    note = ctx.channel is not None and ctx.channel.name == CONNECTION_NOTE
    if note and _IN_TOUCH.search(ctx.body.folded):
        return True
    return any(  # {{ calendar_link }}, {{ apply_url }}; not {{ linkedin_url }}
        _LINK_WORDS & set(words(p.name))
        and not _THEIR_PAGES & set(words(p.name))
        and ctx.kind(p) in ("sender", "job", "other")
        for p in ctx.placeholders
    )


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    if ctx.body.is_blank or _has_next_step(ctx):
        return
    yield Diagnostic(
        -1,
        -1,
        "this asks nothing of the reader: end with one clear next step, e.g. 'Could we talk "
        "on Thursday?' or a link to book a call",
        field="",
    )


RULE = Rule(
    code="OL204",
    name="no-call-to-action",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
