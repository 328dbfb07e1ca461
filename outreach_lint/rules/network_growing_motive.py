"""## What it does

Flags a message whose stated motive is growing the sender's network or meeting people in
general: "I'm looking to expand my network", "always keen to connect with like-minded
professionals", "growing my network in the fintech space", "building my network of supply chain
leaders", "I'm connecting with HR leaders across the region", "keen to connect with more nurses
in the North West", "I'm connecting with paralegals in the North West", "I'm connecting with as
many CRAs as I can", "I'm building a community of cyber professionals", "would be great to have
you in my network", "I'd love to welcome you to my network", "I'd love for you to be part of my
circle". Connecting with someone in particular is no such motive ("I'm connecting with the
hiring manager tomorrow", "…with paralegals in your team", "…with candidates like you about a
Band 6 role"), nor is connecting with people in a place for a job or a client's need the same
sentence names ("I'm connecting with nurses in Leeds about a Band 6 theatre role", "…with HGV
drivers in Doncaster — our client needs three Class 1 drivers"; "…about opportunities" names
none), nor is saying what the sender's job is ("connecting with candidates like you is
my job"). The motive is fine when the same sentence makes it specific: a placeholder for the
recipient's work (`{{ recent_post }}`), or a talk, post or event it names ("connecting with
people I met at the CIPD conference"). Nor is a network the reader gains with the job ("the
role means you'll connect with more nurses in the North West") or may wish for ("would you like
to connect with other nurses in the region?"): only the sender's own counts,
also when the reader would connect through it ("would you want to connect with other
like-minded professionals in my network?") or join it ("…, and I hope you'll be part of my
network as well"). The sender's contacts offered to the reader are not the motive ("…, and I'm
happy to introduce you to my contacts at the trust").

## Why is this bad?

"Expanding my network" is a reason that fits every person on LinkedIn, so it tells the reader
nothing about why you chose them. Recruiters who receive these requests say an unexplained
invitation is often followed by a sales pitch, and they ignore it.

## Example

```markdown
Hi {{ first_name }}! I'm looking to expand my network with like-minded professionals in
healthcare and would love to connect with you.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, your post on {{ post_topic }} matched what we see on our
wards. I'm hiring two ICU nurses at St James's; could I send you the details?
```

## Options

None.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.message import Message, Span
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.patterns import compile_folded
from outreach_lint.prefilter import prefiltered
from outreach_lint.rules.common import ROLE_WORD
from outreach_lint.rules.phrasing import role_between, specific_in

_GROW = (
    r"(?:expand\w*|grow\w*|build\w*|extend\w*|widen\w*|broaden\w*|strengthen\w*|develop\w*|"
    r"increas\w*|enlarg\w*|add\w*\s+to|bolster\w*)"
)
_PEOPLE = (
    r"(?:professionals|people|individuals|leaders|experts|peers|minds|folks|talent|"
    r"practitioners|colleagues|contacts|connections)"
)
_MY_NETWORK = (
    r"my\s+(?:own\s+)?(?:professional\s+|linkedin\s+)?(?:network|community|circle|connections|"
    r"contacts)\b"
)
_READER_IN_MY_NETWORK = (
    r"\b(?:(?:to\s+(?:\w+\s+)?(?:have|count)|having|welcome|welcoming)\s+you\s+(?:in|into|to|"
    r"among)|you(?:'ll|'d)?\s+(?:(?:to|will|would|could|can|might|may)\s+)?(?:be|being|become|"
    r"becoming)\s+(?:(?:a\s+)?part\s+of|in|among|one\s+of))\s+" + _MY_NETWORK
)
"""The reader in the sender's network, as the sender wishes it: "to have you in my circle",
"welcome you to my network", "to count you among my connections", "for you to be part of my
network", "you'll be part of my network" (not "introduce you to my contacts", the sender's
network at the reader's service, nor "I have you in my contacts", a fact)."""
_MOTIVE = prefiltered(
    # "expand my network", "growing my professional network", "build my connections"
    r"\b" + _GROW + r"\s+(?:my\s+(?:own\s+)?(?:professional\s+|linkedin\s+|personal\s+|little\s+)?"
    r"(?:network|connections|circle|contacts|black\s+book|rolodex)|our\s+(?:professional\s+|"
    r"linkedin\s+)?(?:networks?|connections|circle|contacts)\b(?!\s+of\b))\b"
    # "I'm building a network of care home managers" (not a firm's "our network of clinics"),
    # "I'm building a community of cyber professionals"
    r"|(?<=\bi'm\s)(?:currently\s+|slowly\s+)?building\s+a\s+(?:network|community|circle)\s+of\b"
    # "would be great to have you in my network", "I'd love for you to be part of my circle"
    r"|" + _READER_IN_MY_NETWORK +
    # "keen to meet more people in the sector"
    r"|\b(?:keen|looking|hoping|eager|love|like|want|trying|aiming)\s+to\s+meet\s+(?:more|new)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:people|professionals|folks|contacts|peers|faces)\b"
    # "connect with others in the space"
    r"|\b(?:connect|connecting|network|networking)\s+with\s+others\s+(?:in|across|within)\s+"
    r"(?:the\s+)?(?:[\w&-]+\s+){0,2}?(?:space|industry|sector|world|field|community|market|"
    r"profession)\b"
    # "keen to connect with like-minded professionals", "network with fellow leaders"
    r"|\b(?:connect|connecting|network|networking|meet|meeting|engage|engaging|link\s+up)\s+"
    r"with\s+(?:other\s+|more\s+|fellow\s+|new\s+)?(?:like[\s-]minded|other|more|fellow|new|"
    r"talented|amazing|great|inspiring|interesting|top|successful|passionate|driven|ambitious)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\b"
    # "connect with professionals in the healthcare space", "HR leaders across the region"
    r"|\b(?:connect|connecting|network|networking)\s+with\s+(?:more\s+)?(?:[\w-]+\s+){0,2}?"
    + _PEOPLE
    + r"\s+(?:in|across|within|from|around|throughout)\s+(?:the\s+)?(?:[\w&-]+\s+){0,2}?(?:space|"
    r"industry|sector|world|field|community|market|profession|region|area|country|patch)\b"
    # "I'm always looking to connect with people in the industry"
    r"|\balways\s+(?:\w+\s+){0,2}?(?:keen|happy|looking|eager|excited|interested|open)\s+to\s+"
    r"(?:connect|network|meet\s+new\s+people|grow\s+my\s+network)\b"
    # "connect with more like-minded people", "as many CRAs as I can"
    r"|\b(?:connect|connecting|network|networking)\s+with\s+(?:(?:as\s+many|more)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\b|as\s+many\s+(?:[\w-]+\s+){1,3}?as\b)"
    # "keen to connect with more nurses in the North West" (not "more of your team")
    r"|\b(?:connect|connecting|network|networking)\s+with\s+more\s+(?:[\w-]+\s+){0,2}?[a-z-]+s\s+"
    r"(?:in|across|within|around|throughout)\b"
    # "(I'm) connecting with paralegals in the North West", "(keen to) connect with HR leaders
    # across Scotland": people who are only where or what they work, when the sender connects
    # (_SENDER_CONNECTS; not "the paralegals in the Leeds office", "people in your team",
    # "candidates like you", "our nurses connect with families in the community")
    r"|(?P<anyone>\b(?:connect|connecting|network|networking)\s+with\s+(?!(?:the|your|their|his|"
    r"her|our|my|a|an|this|that|these|those|some|one|each|every|any)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:[\w-]{2,}s|people|talent)\s+(?:in|across|within|around|throughout|from)\b(?!\s+(?:"
    r"your|their|his|her|our|my)\b))",
    # every phrase ends in the network or names the act; the analysis finds "you", "our", "my"
    needs=(
        "black",
        "circle",
        "communit",
        "connect",
        "contacts",
        "engag",
        "link",
        "meet",
        "network",
        "rolodex",
    ),
)


_A_ROLE = compile_folded(r"\b(?!opportunit)" + ROLE_WORD + r"s?\b|\b(?:our|a|my)\s+client\b")
"""A job or a client's need named after the people: "… about a Band 6 theatre role", "…
because our client in Preston needs…" (not "… about opportunities", which names none)."""


def _names_a_role(message: Message, start: int, end: int) -> bool:
    """Does the text from ``start`` to ``end`` name a job ("a head chef opening", "a
    conveyancing paralegal") or a client's need ("for our client's oncology trial")?"""
    return _A_ROLE.search(message.folded, start, end) is not None or (
        role_between(message, start, end) is not None
    )


_SENDER_CONNECTS = compile_folded(
    r"\b(?:i'm|i\s+am|i(?:'ve|\s+have)\s+been|(?:keen|looking|hoping|eager|happy|trying|aiming|"
    r"love|like|want)\s+to)\s+(?:(?:currently|now|also|busy|actively|really|always)\s+)?$"
)
"""The sender as the one who connects, just before "connecting with paralegals in the North
West": "I'm", "I've been", "keen to", "I'd love to"."""
_CLAUSE_BREAK = compile_folded(r",\s+(?:and|but|so|while|where|which)\b|;|\s+-\s+")


def _clause_end(folded: str, start: int, end: int) -> int:
    """Where the clause from ``start`` ends: at ", and I can introduce you…", a new clause
    whose "I" is about something else."""
    m = _CLAUSE_BREAK.search(folded, start, end)
    return m.start() if m is not None else end


_READERS = compile_folded(
    r"\byou(?:'ll|'d|'re)?\s+(?:(?:will|would|can|could|may|might|also|then|get|to|be|being|"
    r"able|have|the|a|chance|regularly|often|quickly|soon|naturally|daily|want|going|keen|"
    r"eager|happy|always|really|got|plenty|of|lots|opportunity|opportunities|like|love|looking|"
    r"hoping|trying|aiming|need)\s+){0,5}$"
)
"""The reader as the one who connects, just before the phrase: "the role means you'll connect
with more nurses…", "you'll get the chance to network with other leaders", "would you like to
connect with…": a part of the job or the reader's wish, not the sender's motive."""
_SENDERS_NETWORK = compile_folded(
    r"\b(?:my|me)\s+(?:own\s+)?(?:professional\s+|linkedin\s+)?(?:network|community|circle|"
    r"connections|contacts)\b|\b(?:through|via)\s+me\b"
)
"""The sender's network in the clause, which makes the reader's connecting the sender's motive
again: "… in my network?", "… through me"."""
_JOIN_MY_NETWORK = compile_folded(
    r"\b(?:join|joining|grow)\s+" + _MY_NETWORK + "|" + _READER_IN_MY_NETWORK
)
"""The reader joining the sender's network, anywhere in the sentence ("…, and I'd love for you
to join my network", "…, and I hope you'll be part of my network as well"); the sender's
network in another clause is something else ("…, and several nurses in my network have loved
working there", "…, and I'm happy to introduce you to my contacts at the trust")."""
_SENDERS_ASK = compile_folded(
    r"\bI(?:'d|\s+would)\s+(?:love|like)\s+(?:for\s+)?you\s+to\b"
    r"|\bI\s+(?:can|could|will|'ll|'d)\s+(?:love\s+to\s+)?introduce\s+you\b"
)
"""The sender asking for the connecting, in the same clause: "I'd love for you to connect…"
(not ", and I can introduce you to the matron": another clause, about something else)."""


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        seen: set[int] = set()
        folded = message.folded
        for m in _MOTIVE.finditer(folded):
            sentence = message.sentence_at(m.start())
            if sentence.start in seen or specific_in(ctx, message, Span(m.start(), m.end())):
                continue
            if m["anyone"] and (
                not _SENDER_CONNECTS.search(folded, sentence.start, m.start())
                or _names_a_role(message, m.end(), sentence.end)
            ):
                continue  # "Our nurses connect with families…", "… about a Band 6 role"
            clause_end = _clause_end(folded, m.end(), sentence.end)
            if (
                _READERS.search(folded, sentence.start, m.start())
                and not _JOIN_MY_NETWORK.search(folded, sentence.start, sentence.end)
                and not _SENDERS_NETWORK.search(folded, sentence.start, clause_end)
                and not _SENDERS_ASK.search(folded, sentence.start, clause_end)
            ):
                continue
            seen.add(sentence.start)
            yield Diagnostic(
                m.start(),
                m.end(),
                "growing your network is not a reason for this person to reply: say what "
                "about them made you write (their work, a post, an event, a role)",
                field=message.field.name,
            )


RULE = Rule(
    code="OL303",
    name="network-growing-motive",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
