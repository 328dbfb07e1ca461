"""## What it does

Flags a template that pitches a job but never says why the recipient's own background fits it:
nothing like "your work on {{ project }} is what our payments team needs" (not "your work on
everything (things, your team, projects) at {{ company }}", named by nothing, nor "your work on
sales at {{ region }}" (at {{ city }}, {{ industry }} or {{ sender_company }}), which says nothing
of where they work), "you've scaled Kafka,
which is the first thing this role does" (not "if you've done shifts with {{ agency }}, you'll
know we pay weekly", a condition, nor "you've done well to find {{ agency }}"), "you plan
multi-drop routes at {{ company }}, which is what a Crick depot needs" (not "you plan ahead at …"
nor "you plan your holidays at …"), "your current sessions at {{ practice_name }} mean you know
the local referral pathways" (not "your profile means you know …") or "you run nights at
{{ company }}, so you know the 6am deadline",
"you service VRF systems at {{ company }}" (not "you service our area", "you service customers
at …" nor "you maintain a great LinkedIn profile at …"), "you're (you've been) in the CVICU at
{{ current_hospital }}" before a CVICU role (not "you're in Seattle at …", nor before a role in
another unit), "you've been on chilled trunking out
of {{ depot }}" or "on the holiday lets team at {{ company }}" (work done there; not "on furlough"
or "on a career break out of {{ depot }}", time off it), "you've been a senior carer at {{
care_home }}" or "you were (you're) an Audit Manager at {{ company }}" (not "you're the perfect
Audit Manager for …"), "you did three years as Third Engineer on the Skandi Acergy" before a
Second Engineer role (not "on a DP2 vessel", nor before a job of another kind), "you came second
in the Swedish Barista Championship" before a Barista Trainer role (not "in a barista
competition", nor before a job of another kind), "your time as
Chief Nurse at {{ organisation }} is why I'm writing: the
board wants clinical leadership" (not "your profile is why I'm writing"; saying only where they
work is not a reason: "I see you work at {{ company }}" or "you've been at {{ company }} for years"
still counts as no fit, nor is when they started: "has a lot changed since you started as a
nurse?"), and no
sentence that says something of theirs matches the job ("the way you got from a crash
to a working exploit is the work our team does"; "your time leading the digital transformation at
{{ company }} is the experience the Chair wants" (not "your time working at {{ company }}", nor
"your time at {{ company }} is exactly the experience …" or "your days at {{ company }} mean you
know the drill"); "five
years running {{ current_store }} through holiday peaks is exactly the experience our client
needs" (not "five years at {{ current_store }}"); "your CCRN and three years in the ICU at {{
current_hospital }} are what this contract asks for" (not "your profile is what …");
after "{{ hotel }} moved from 8th to 2nd during your time as GM", "a boutique hotel is hiring a
General Manager to do the same" (not "to do the same thing as our last one"), or "to own exactly
that", or "running a job like that is the brief" (not "here is the brief for the role"), after
"your talk on cutting Lambda cold starts", "we're fighting the same thing at Kiln" (not "the
same thing as every fintech", after nothing of theirs), and after "I saw your Kubernetes GPU
scheduler on GitHub", "we're hiring an ML Infrastructure Engineer to build the same thing for
our research cluster" (not after "I came across your profile", nor "I hope your week is going
well", nor "I saw your GitHub", "I saw your project on GitHub", "I love what your team at
{{ company }} has built" or "I saw what you've built at {{ company }}.", which name no piece of
their work);
after "I read your post about running the TUPE transfer at {{ company }}", "they want an HR
Business Partner who has done it before" (not after "I loved your post!");
after "I read your write-up on moving {{ company }}'s ledger to double-entry", "That is exactly
the first project for our new Senior Backend Engineer" (not after "I came across your profile"
or "I read your post and really enjoyed it!", "I loved what you've been working on" or "your
write-up on the work you've been doing at {{ company }}", which name no work of theirs, nor
"your work at {{ company }} is exactly the first project …": where, not what);
after "I've been reading through {{ project_name }} on GitHub", "the way you handle drift
detection is cleaner than what we run, and it's the reason I'm writing", or "this role is mostly
the same problem" (not after "I see you work at {{ company }}": where, not what); "you're
certified in {{ epic_module }}, and this role is mostly that";
"your years in small animal practice at {{ current_practice }} are why I'm writing" (not "your
years in practice …", "your years at {{ current_practice }} …", nor "your years in clinical
practice …" with no practice named, nor in veterinary, general or private practice at
{{ current_practice }}, which every vet nurse, nurse or GP on the list has had); after "I saw that
you interpret Spanish for the Manchester Royal Infirmary's cardiology clinic", "because you
already know cardiology terms in both languages, you would start well ahead" (what they know,
said of their work before; not "because you are a nurse", nor "because you already know the
NHS", "the sector inside out" or "Excel and accounting terms", which anyone in the job does);
after "Your post about rebuilding the routes at {{ company }} stuck with me", "that routing work
is what they need most" (not after "I see you've been at {{ company }} for years", which says
where, not what); "Python is exactly what we need" or "that role is what they need" is about the
job, not about them), and nothing they told you ("you mentioned
you're after more hours", "you told us at the jobs fair that you wanted daytime hours", "we spoke
when you were looking to move from nights on reception into a day-time supervisor role" before a
Front Desk Supervisor role; not what everyone wants: "you told us what you want: better pay!", nor
a job of another kind). What some of the list did or said, or what the reader may have done, is
none of these ("some of you have worked for us before", "lots of you told us when you were looking
to move into a supervisor role", "maybe you've worked for us before", "chances are you've worked
in care", "if you've worked for us before, you'll know we pay weekly"). A template
pitches a job when its text offers a role or says the sender is hiring, or says an employer is
hiring, needs or wants people for a job ("Kirklees is hiring Social Workers", "a CRO needs a CRA in
the North", "what a Crick depot needs in its new Transport Planner", "we're taking on warehouse
operatives", "the first project for our new Senior Backend Engineer", "what we need in our new
Growth Manager"; not "everyone is hiring
nurses", nor "if you're looking for drivers" or "I hear your
ward is after two Band 5 nurses" or "I noticed {{ company }} has 5 open positions" or "I saw {{
company }} is hiring six engineers", a note to a client whose own team hires; but "your local
hospital is hiring nurses", "your firm's biggest competitor is hiring" or "{{ charity }} is
recruiting Street Fundraisers" is someone else), or it has a placeholder for the job (role, job
title, salary range; not a person on the job's side, whose name it holds: "ask for
{{ site_manager }}", "meet {{ hiring_manager }}"). A note that offers the reader people for their
own hiring ("we have two qualified maths teachers available", "we have 15 who can start within
a week", "I have two candidates who may save you some time", "could I send you their CVs?", "if
I emailed you their anonymised profiles", "a short call about your kitchen hiring") pitches no
job when it speaks of their vacancy ("{{ school }} has had a maths teacher vacancy advertised
since October", "{{ company }} posted a {{ job_post }} role", "your post about the Management
Accountant role"), a need in general ("a matter that size usually needs extra paralegals"), the
sender's past work ("we've staffed kitchen brigades for three openings") or what one of those
people wants ("a nurse who … wants a permanent night post"); without such an offer these are
still pitches, and so is "we have two maths teacher vacancies in Leeds" with one.
Templates that pitch no job are not flagged ("great to meet you at the jobs fair": a jobs fair
is an event, not a job; "I'm not pitching you a job", words a referral or advice request often
starts with, pitch none either; but "our jobs board has 40 new HGV driver roles" pitches the
roles it counts), and neither are those that ask the reader to suggest someone else for it
("Would you know anyone who might want to hear about it?"), unless they also pitch it to the
reader ("If not, do you know anyone?"), nor a job named in thanks for a referral ("Thanks for
the referral of {{ candidate_name }} for the Site Manager job"): it is the job they put someone
else forward for, not one offered to them, nor one named in a request for a reference
("{{ candidate_name }} has named you as a referee for the role of Finance Director"): it is the
candidate's, nor a job they are congratulated on ("Congratulations on the new role at
{{ company }}!"): it is theirs already.
Such a clause runs on past ", and Priya for the QS role" or "–
the Site Manager job at Keepmoat is what they wanted", but ends at a semicolon or at a new
clause after a comma, colon or dash that offers the reader a job ("…, we're also hiring a Site
Manager", "congratulations on graduating: we have three open positions", "– Acme Digital is
hiring junior developers", ", I've got the perfect role for you", ", we've just opened a Junior
Developer role", ", I'd love to put you forward", ", and would you be interested in our Site
Manager role yourself?"):
a job there is pitched to them (not ", we've placed him in the Site Manager job at Keepmoat",
", we've just opened a QS role that suits her", ", we now have a Sous Chef role that suits Sam"
or ": I'd love to hear how the Head of Operations job is going", still the referral's or their
own). A later step of a sequence that is marked as one (a subject starting "Re:", a name or file
name that says follow-up, or metadata `stage: follow-up`, `follow_up: true` or a
`sequence_step` above 1) is not flagged either: it is sent under the first
message, which gives the reason. Nor is a message that answers the reader's own application or
interview ("Thanks for applying for the Customer Adviser role…", "Thank you for interviewing for…",
"Thank you for coming in for the trial shift and interview",
or "Thanks for applying!" as it opens; not "Thanks for applying!" at the end of a cold pitch, nor
"thanks for applying for our newsletter"): a rejection, or a note that more places have opened, goes
to people who chose the job themselves. Nor is a message to someone who already works with the
sender, or has signed up to ("congratulations again on accepting our training contract", "thanks
for registering with us", "you're on our locum list", "I'm sorry to say they've offered the job
to a chef with more experience" (not "to 300 people like you"), "we've decided to offer the
Assistant Site Manager job to another candidate", "you reached the final round for our Senior
Associate post", "you covered ED registrar nights for us", "the same team as on your last
booking", "your contract with Halden Bank ends on {{ end_date }}", "they'd like to extend you",
"they have asked for you again"): the job it names is one they know. Nor is a message to
someone already in the process, which
takes their interview, shift, offer or application, or an earlier call, for granted ("your
interview for the Staff Nurse role is confirmed for Tuesday", "thanks for accepting the Support
Worker role", "{{ company }} would like to offer you the Senior Analyst role", "you applied for
the Barista Trainer role", "thanks for the call this morning about the Sous Chef role", "as
discussed", "you asked what the Operations Manager role pays", "you asked us to keep an eye out
for ICU shifts", "thank you for coming to meet {{ site_manager }} and me on site", "I've attached
your offer letter for the Staff Nurse post"): the job it names is
theirs already. A message that shows it is a first contact ("I came across your profile", "no
interview needed", "Reply YES to apply"; or a line to a whole list, "we have Care Assistant jobs
in your area", "we interview on the spot", "some of you", where nothing that passed between
them is named: "you asked me to send jobs in your area" is no such line), or
claims a conversation under a greeting that fits anyone ("Hi there, as
discussed, we are recruiting …"), is no such message; its own papers are theirs whatever the
greeting ("Hi there, as discussed, I've attached your offer letter").

## Why is this bad?

Recruiting leaders say it plainly: when recruiting, say why you like this person for this role
and how their profile fits important elements of the job. A canned pitch that could go to
anyone is deleted at once, especially for a job unrelated to the reader's career.

## Example

```markdown
Hi {{ first_name }}, we're hiring a Senior Data Engineer at Northwind. Open to a chat?
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, your work on {{ project }} is close to what our data
platform team does every day, and it's why I thought of you for our Senior Data Engineer role.
Open to a chat?
```

## Options

None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.message import Span
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.patterns import compile_folded, compile_regex
from outreach_lint.prefilter import prefiltered
from outreach_lint.rules.common import OCCUPATION, PH, ROLE_WORD, pitch
from outreach_lint.rules.fit import states_fit
from outreach_lint.rules.in_touch import already_in_touch, answers_application, offers_people
from outreach_lint.rules.phrasing import NAMED_AS_REFEREE
from outreach_lint.rules.referral import asks_for_referral
from outreach_lint.taxonomy import SPECIFIC

_OPEN_TO = prefiltered(
    r"\bopen\s+to\s+(?:(?:exploring|considering|hearing\s+about|discussing)\s+)?"
    r"(?:(?:a|any|some|other|new|exciting|fresh)\s+){0,2}(?:opportunit(?:y|ies)|roles?|"
    r"positions?|openings?)\b",
    locate=True,
)
"""'Are you open to new opportunities?': asks whether they would move, offers no job."""


_NOT_OFFERED = prefiltered(
    r"\bthank(?:s|\s+you)\s+(?:(?:so|very)\s+much\s+|again\s+)?for\s+(?:(?:the|your|that)\s+"
    r"(?:kind\s+)?(?:referral|recommendation|introduction|intro)|referring|recommending|"
    r"introducing|putting\s+(?:\S+\s+){1,3}?forward)\b"
    r"|\bcongrat(?:ulation)?s\s+(?:again\s+)?on\b|" + NAMED_AS_REFEREE,
    locate=True,
)
"""A clause about a job that is not offered to the reader: one they put someone else forward for
('Thanks for the referral of {{ candidate_name }} for the Site Manager job'), or someone else
named them as a referee for ('{{ candidate_name }} has named you as a referee for the role of
Finance Director'), or one they have won ('Congratulations on the new role')."""


_NOW = r"(?:(?:also|now|currently|still|actively|urgently)\s+)?"
_SENDER = r"(?:we|i|(?:my|our)\s+clients?)"
_A_PLACE = (
    r"(?:an?|another|some|several|more|new|open|two|three|four|five|\d+|plenty|lots|loads|"
    r"roles?|positions?|jobs?|vacancies|openings|someone|people)\b"
)
_CLAUSE_BREAK = compile_folded(
    r";|(?:[,:\u2014\u2013]|\s-\s)\s*(?:(?:and|but|so)\s+)?(?:"
    # the sender or their client hiring: "we're also hiring", "my client is looking for"
    + _SENDER
    + r"(?:'re|'m|\s+(?:are|am|is))\s+"
    + _NOW
    + r"(?:hiring|recruiting|appointing|looking\s+for|searching\s+for|seeking|taking\s+on)\b"
    # … or with a job to fill: "we have three open positions", "we also need a QS"
    + r"|"
    + _SENDER
    + r"(?:'ve|\s+"
    + _NOW
    + r"(?:have|has|need|needs|want|wants))(?:\s+got)?\s+(?:also\s+)?"
    + _A_PLACE
    + r"|there(?:'s|\s+is|\s+are)\b"
    # an employer named there hiring: "– Acme Digital is hiring junior developers"
    + r"|(?!(?:who|which|that|he|she|they|it|this|these|those|we|i)\b)(?:(?:[\w&'-]+|"
    + PH
    + r")\s+){1,4}?(?:is|are)\s+"
    + _NOW
    + r"(?:hiring|recruiting|appointing|looking\s+for|searching\s+for|seeking|taking\s+on)\b"
    # a job held or opened for the reader: "I've got the perfect role for you", "we've just
    # opened a Junior Developer role", "we'd love you to join us", "I'd love to put you forward"
    + r"|"
    + _SENDER
    + r"(?:'ve|\s+have)(?:\s+got)?\s+(?:(?:just|also)\s+)?(?:(?:opened\s+(?:[\w'-]+\s+){0,5}?"
    + ROLE_WORD
    # (not one opened for the one referred: see _for_the_referred)
    + r"\b)|(?:[\w'-]+\s+){0,5}?"
    + ROLE_WORD
    + r"\s+for\s+you)\b|"
    + _SENDER
    + r"(?:'d|'ll|\s+(?:would|will|can|could))\s+(?:(?:love|like)\s+)?(?:you\s+to\s+join|"
    r"to\s+have\s+you\s+join|(?:to\s+)?put\s+you\s+forward)\b"
    # a question that offers it: "would you be interested in our Site Manager role yourself?"
     + r"|(?:would|could|are|might|do)\s+you\b)"
)
"""Where such a clause ends: a semicolon, or a new clause after a comma, colon or dash that
offers the reader a job: "thanks for the referral of Sam, we're also hiring a Site Manager",
"congratulations on graduating: we have three open positions", "– Acme Digital is hiring junior
developers", ", I've got the perfect role for you", ", we've just opened a Junior Developer
role", ", we'd love you to join us", ", I'd love to put you forward", "…, and would you be
interested yourself?" (not "thanks for referring Sam for the
Site Manager job, and Priya for the QS role", "… – the Site Manager job at Keepmoat is what they
wanted", ", we've placed him in the Site Manager job", ", they've accepted the Site Manager job",
", we've just opened a QS role that suits her" nor ": I'd love to hear how the Head of
Operations job is going")."""


_HOLDS_A_JOB = compile_folded(r"(?:'ve|\bha(?:ve|s))\b")
"""A break where the sender holds or has opened a job ("we now have a", "we've just opened a
Quantity Surveyor role"), not one where they are hiring."""
_JOB = compile_folded(r"\b" + ROLE_WORD + r"\b")
_UNTIL_THE_READER = compile_folded(r"[.!?;]|\byou")
"""Where the talk of a job may turn to the reader: "… role that I think you'd like"."""
_SPOKEN_OF = compile_folded(r"\b(?:he|she|him|her|his|hers|(?<!\bof\s)them)\b")
"""The one referred, spoken of ("one of them" is no one)."""
_REFERRED = compile_regex(r"(?:\s+(?:me|us))?(?:\s+(?:of|to))?\s+([A-Z][\w'-]*)")
"""The name of the one referred, after "thanks for referring": "Priya", "introducing me to Ana",
"the referral of Sam"."""
_NAMED = compile_regex(r"[\w'-]+")
_ANOTHER_JOB = compile_folded(r"\band\s+(?:an?|another)\s+(?:[\w'-]+\s+){0,4}?" + ROLE_WORD + r"\b")
"""A second job offered after the first: "…, and a Head Chef role at their Leeds site"."""
_SOMEONE = compile_folded(r"\b(?:" + OCCUPATION + r")\b")
"""Someone in a job, whom a "he" or "she" after them may be: "the ward manager", "the head chef"."""
_ITS_TITLE = compile_folded(r"\s+(?:as|for)\s+(?:an?\s+)?(?:[\w'-]+\s+){0,3}?" + OCCUPATION + r"\b")
"""The job's own title after the role word: "a role as a Staff Nurse", "a post for a Site
Engineer"."""
_OBJECT = compile_folded(
    r"\b(?:him|her(?=\s*(?:[^\w\s']|$)|\s+(?:through|to|for|in|at|on|with|from|into|up|out|"
    r"about|as|when|once|if|and|or|but|so|next|this|now|soon|again|before|after|a|an|the)\b))\b"
)
"""A him or her that is the object, not a possessive: "wants to meet him", "is keen to support her
through preceptorship" (not "runs her rota")."""


def _for_the_referred(
    ctx: RuleContext, clause: re.Match[str], cut: re.Match[str], end: int
) -> bool:
    """Is the job that the break ``cut`` (in a sentence ending at ``end``) holds for the one
    referred in ``clause``, spoken of, or named, after it and before the reader is ("…, we've just
    opened a QS role that suits her", "…, we now have a Sous Chef role that suits him", "…
    that suits Priya down to the ground"; not "… role that I think you'd like, and I'll give
    him a ring")?"""
    folded = ctx.body.folded
    if _HOLDS_A_JOB.search(cut[0]) is None:
        return False
    reader = _UNTIL_THE_READER.search(folded, cut.start(), end)
    stop = end if reader is None else reader.start()
    job = _JOB.search(folded, cut.start(), stop)
    if job is None:
        return False
    at = _referred_after(ctx, clause, job.end(), stop)
    # (a second job offered after it is the reader's: "… that suits him, and a Head Chef role
    # at their Leeds site on £48k", unless the one referred is spoken of or named after it too:
    # "…, and a Band 6 post for her", "…, and another vacancy at their Leeds site he might
    # prefer")
    while at is not None:
        another = _ANOTHER_JOB.search(folded, at, stop)
        if another is None:
            return True
        at = _referred_after(ctx, clause, another.end(), stop)
    return False


def _referred_after(ctx: RuleContext, clause: re.Match[str], start: int, stop: int) -> int | None:
    """Where the one referred in ``clause`` is first spoken of or named after the job ending at
    ``start`` and before ``stop``, or None."""
    folded = ctx.body.folded
    spoken = _SPOKEN_OF.search(folded, start, stop)
    # (the job's own title is no one else: "a role as a Staff Nurse … that would suit her")
    title = _ITS_TITLE.match(folded, start, stop)
    after = start if title is None else title.end()
    someone = None if spoken is None else _SOMEONE.search(folded, after, spoken.start())
    if someone is not None:
        # (with someone else in a job named before, only a him or her they act on is the one
        # referred: "…, where the engineering manager wants to meet him", not "…, where the ward
        # manager runs her rota")
        spoken = _OBJECT.search(folded, someone.end(), stop)
    if spoken:
        return spoken.end()
    # (the name as written, capitalised: "Will", not the "will" of "which will be filled")
    name = _REFERRED.match(ctx.body.prose, clause.end())
    named = None if name is None else _NAMED.search(ctx.body.prose, start, stop)
    # (or in the possessive: "fits Priya's theatre experience")
    while named is not None and name is not None and named[0].removesuffix("'s") != name[1]:
        named = _NAMED.search(ctx.body.prose, named.end(), stop)
    return None if named is None else named.end()


def _not_offered(ctx: RuleContext, found: Span) -> bool:
    """Is the pitch at ``found`` in a clause that thanks the reader for referring someone, or
    congratulates them on a job of their own?"""
    folded = ctx.body.folded
    if _NOT_OFFERED.search(folded) is None:
        return False
    sentence = ctx.body.sentence_at(found.start)
    clause = _NOT_OFFERED.search(folded, sentence.start, found.end)
    if clause is None:
        return False
    # a break may run on past the job it offers: ", I have the ideal Junior Developer role for you"
    limit = max(found.end, sentence.end)
    cut = _CLAUSE_BREAK.search(folded, clause.end(), limit)
    while (
        cut is not None
        and cut.start() < found.start
        and _for_the_referred(ctx, clause, cut, sentence.end)
    ):
        cut = _CLAUSE_BREAK.search(folded, cut.end(), limit)
    return cut is None or cut.start() >= found.start


_HAS_OPENINGS = (
    r"\s+(?:has|have)(?:\s+got)?\s+(?:[\w-]+\s+){1,4}?(?:roles|positions|openings|vacancies)\b"
)
_YOURS_HIRING = prefiltered(
    r"\byour\s+(?:(?!(?:local|nearest|nearby|closest|neighbouring)\b)[\w&-]+\s+){0,2}?"
    r"(?!(?:competitors?|rivals?|neighbours?)\b)[\w-]+(?:(?:'s|\s+(?:is|are|has\s+been|have\s+"
    r"been))\s+(?:actively\s+|currently\s+|now\s+|urgently\s+|also\s+|still\s+)?(?:hiring|"
    r"recruiting|appointing|looking\s+for|searching\s+for|seeking|after|taking\s+on|on\s+the\s+"
    r"lookout)\b|"
    + _HAS_OPENINGS
    + r")|(?P<org>"
    + PH
    + r")(?:"
    + _HAS_OPENINGS
    + r"|\s+(?:is|are)\s+"
    r"(?:actively\s+|currently\s+|now\s+|urgently\s+|also\s+|still\s+)?(?:hiring|recruiting|"
    r"appointing|looking\s+for|searching\s+for|seeking|taking\s+on)\b)",
    locate=True,
)
"""'I hear your ward is after two Band 5 nurses', 'I noticed {{ company }} has 5 open positions',
'I saw {{ company }} is hiring six engineers':
the reader's own organisation hires, so the note offers them people, not a job (not "your local
hospital", "your nearest Amazon site" or "your firm's biggest competitor": someone else's)."""


def _readers_own_hiring(ctx: RuleContext, found: Span) -> bool:
    """Is the pitch at ``found`` the reader's own team or employer hiring ("your ward is after
    two Band 5 nurses", "your team is hiring paralegals", "{{ company }} has 5 open positions")?"""
    folded = ctx.body.folded
    # (searched first from 60 characters before, so that most pitches need no sentence: a
    # match's place does not depend on where the search starts, so none from there is none
    # from the sentence's start either, which is no earlier)
    lowest = max(found.start - 60, 0)
    m = _YOURS_HIRING.search(folded, lowest, found.end)
    if m is None or m.start() > found.start:
        return False
    start = max(ctx.body.sentence_at(found.start).start, lowest)
    if m.start() < start:
        m = _YOURS_HIRING.search(folded, start, found.end)
    if m is None or not m.start() <= found.start < m.end():
        return False
    if m.group("org") is None:
        return True
    at = m.start("org")
    return any(ctx.kind(p) == "org" for p in ctx.body.placeholders_in(at, at + 1))


_TRACK_RECORD = compile_folded(
    r"(?:we|i)(?:'ve|\s+have)\s+(?:already\s+|recently\s+)?(?:staffed|placed|supplied|filled)\b"
)
"""The sender's past work: "We've staffed kitchen brigades for three openings in Manchester"."""
_GENERAL_NEED = compile_folded(
    r"\b(?:usually|typically|normally|often|generally)\s+needs?\b|\b(?:that|this)\s+size\b"
)
"""A need in general, or of something the size of theirs: "a matter that size usually needs
extra paralegals"."""
_THEIRS_OPEN = compile_folded(
    r"(?P<org>"
    + PH
    + r")\s+(?:(?:has|have)\s+(?:had|been\s+advertising)|posted|advertised|(?:is|are)\s+"
    r"advertising)\s+(?:(?:[\w-]+|" + PH + r")\s+){0,4}?" + ROLE_WORD + r"\b"
    r"|\byour\s+(?:linkedin\s+)?(?:post|ad|advert|advertisement|listing|job\s+(?:post|ad|advert))\s+"
    r"(?:about|for)\s+(?:(?:the|a|an|your)\s+)?(?:[\w'-]+\s+){0,4}?" + ROLE_WORD + r"\b"
)
"""A job of theirs: '{{ school }} has had a maths teacher vacancy advertised since October',
'{{ company }} posted a {{ job_post }} role last week', 'your post about the Management
Accountant role'."""
_CANDIDATE_WANTS = compile_folded(
    r"\bwho\b[^.!?\n]{0,60}?\b(?:wants|would\s+like|(?:is|'s)\s+(?:looking\s+for|after))\s+$"
)
"""A job one of the people offered wants: "a mental health nurse who has just moved to
Canterbury and wants (a permanent night post)"."""


def _to_a_client(ctx: RuleContext, found: Span) -> bool:
    """Is the pitch at ``found`` in a note offering the reader people for their own hiring
    ("we have two qualified maths teachers available", "could I send you their CVs?"), and about
    their need, the sender's past work or what one of those people wants, not a job for them:
    "{{ school }} has had a maths teacher vacancy advertised since October", "a matter that size
    usually needs extra paralegals", "we've staffed kitchen brigades for three openings", "your
    post about the Management Accountant role", "a nurse who wants a permanent night post"?"""
    if not offers_people(ctx.body):
        return False
    folded = ctx.body.folded
    if _TRACK_RECORD.match(folded, found.start) or _GENERAL_NEED.search(
        folded, found.start, found.end
    ):
        return True
    sentence = ctx.body.sentence_at(found.start)
    start = sentence.start
    if _CANDIDATE_WANTS.search(folded, start, found.start):
        return True
    # (to the sentence's end: the job's word may come after the pitch found, "{{ company }}
    # posted a {{ job_post }} role")
    for m in _THEIRS_OPEN.finditer(folded, start, max(found.end, sentence.end)):
        if not m.start() < found.start < m.end():
            continue
        at = m.start("org")  # (-1 for "your post about …")
        if at < 0 or not any(
            ctx.kind(p) in ("job", "sender") for p in ctx.body.placeholders_in(at, at + 1)
        ):
            return True
    return False


def _open_to(ctx: RuleContext, found: Span) -> bool:
    """Is the pitch at ``found`` inside a question whether they are open to a move?"""
    folded = ctx.body.folded
    if _OPEN_TO.search(folded) is None:
        return False
    sentence = ctx.body.sentence_at(found.start)
    end = max(sentence.end, found.end)
    return _OPEN_TO.search(folded, sentence.start, end) is not None


def _skipped(ctx: RuleContext, found: Span) -> bool:
    """Is the pitch at ``found`` no job offered to the reader (see the docs)?"""
    return (
        _open_to(ctx, found)
        or _not_offered(ctx, found)
        or _readers_own_hiring(ctx, found)
        or _to_a_client(ctx, found)
    )


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    where = pitch(ctx, unless=lambda f: _skipped(ctx, f), people=False)
    if where is None or states_fit(ctx) or asks_for_referral(ctx.body):
        return
    if already_in_touch(ctx) or answers_application(ctx.body):
        return  # a later step, or to someone who applied, is in the process or already works
        # with the sender ("you covered nights for us"): the job is theirs already
    yield Diagnostic(where.start, where.end, _advice(ctx))


def _advice(ctx: RuleContext) -> str:
    """What to add: the link from what the template already says of them, when it names a
    placeholder of their work or company ("{{ current_pharmacy }}"), to the role."""
    body = ctx.body
    theirs = next((p for p in body.placeholders if ctx.kind(p) in SPECIFIC), None)
    if theirs is None:
        return (
            "this pitches a job but never says why the recipient's background fits it: name "
            "something from their experience that matches the role"
        )
    shown = body.text[theirs.start : theirs.end]
    if ctx.kind(theirs) == "org":
        return (
            f"this pitches a job and mentions {shown}, but never says what in their work there "
            "fits the role: say what they did that matches it"
        )
    return (
        f"this pitches a job and mentions {shown}, but never says how it fits the role: say "
        "what in it matches the job"
    )


RULE = Rule(
    code="OL202",
    name="job-fit-justification-absent",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
