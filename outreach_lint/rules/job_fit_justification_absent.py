"""## What it does

Flags a template that pitches a job but never says why the recipient's own background fits it:
nothing like "your work on {{ project }} is what our payments team needs", "you've scaled Kafka,
which is the first thing this role does" or "you run nights at {{ company }}, so you know the 6am
deadline", "you've been on chilled trunking out of {{ depot }}" (work done there; not "on furlough"
or "on holiday out of {{ depot }}", time off it), "you've been a senior carer at {{ care_home }}"
(saying only where they work is not a reason: "I see you work at {{ company }}" or "you've been at
{{ company }} for years" still counts as no fit), and no sentence that says something of theirs
matches the job ("the way you got from a crash to a working exploit is the work our team does";
after "Your post about rebuilding the routes at {{ company }} stuck with me", "that routing work is
what they need most" (not after "I see you've been at {{ company }} for years", which says where,
not what); "Python is exactly what we need" or "that role is what they need" is about the job, not
about them), and nothing they told you ("you mentioned you're after more hours", "you told us at
the jobs fair that you wanted daytime hours"). A template pitches a job when its text offers a role
or says the sender is hiring, or says an employer is hiring, needs or wants people for a job
("Kirklees is hiring Social Workers", "a CRO needs a CRA in the North", "what a Crick depot needs
in its new Transport Planner", "we're taking on warehouse operatives"; not "everyone is hiring
nurses", nor "if you're looking for drivers" or "I hear your ward is after two Band 5 nurses", a
note to a client whose own team hires), or it has a placeholder for the job (role, job title,
salary range). Templates that pitch no job are not flagged ("great to meet you at the jobs fair": a
jobs fair is an event, not a job; but "our jobs board has 40 new HGV driver roles" pitches the
roles it counts), and neither are those that ask the reader to suggest someone else for it ("Would
you know anyone who might want to hear about it?"), unless they also pitch it to the reader ("If
not, do you know anyone?"), nor a job named in thanks for a referral ("Thanks for the referral of
{{ candidate_name }} for the Site Manager job"): it is the job they put someone else forward for,
not one offered to them (a job after that clause, "…; we're also hiring a Site Manager", ", and
would you be interested in our Site Manager role yourself?", is pitched to them), nor a job they
are congratulated on ("Congratulations on the new role at {{ company }}!"): it is theirs already. A
later step of a sequence that is marked as one (a subject starting "Re:", a name or file name that
says follow-up, or metadata `stage: follow-up`, `follow_up: true` or a `sequence_step` above 1) is
not flagged either: it is sent under the first message, which gives the reason. Nor is a message
that answers the reader's own application or interview ("Thanks for applying for the Customer
Adviser role…", "Thank you for interviewing for…", or "Thanks for applying!" as it opens; not
"Thanks for applying!" at the end of a cold pitch, nor "thanks for applying for our newsletter"): a
rejection, or a note that more places have opened, goes to people who chose the job themselves.

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

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.message import Span
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.patterns import compile_folded
from outreach_lint.rules.common import marked_follow_up, pitch
from outreach_lint.rules.fit import asks_for_referral, states_fit
from outreach_lint.rules.phrasing import answers_application

_OPEN_TO = compile_folded(
    r"\bopen\s+to\s+(?:(?:exploring|considering|hearing\s+about|discussing)\s+)?"
    r"(?:(?:a|any|some|other|new|exciting|fresh)\s+){0,2}(?:opportunit(?:y|ies)|roles?|"
    r"positions?|openings?)\b"
)
"""'Are you open to new opportunities?': asks whether they would move, offers no job."""


_NOT_OFFERED = compile_folded(
    r"\bthank(?:s|\s+you)\s+(?:(?:so|very)\s+much\s+|again\s+)?for\s+(?:(?:the|your|that)\s+"
    r"(?:kind\s+)?(?:referral|recommendation|introduction|intro)|referring|recommending|"
    r"introducing|putting\s+(?:\S+\s+){1,3}?forward)\b"
    r"|\bcongrat(?:ulation)?s\s+(?:again\s+)?on\b"
)
"""A clause about a job that is not offered to the reader: one they put someone else forward for
('Thanks for the referral of {{ candidate_name }} for the Site Manager job'), or one they have
won ('Congratulations on the new role')."""


_CLAUSE_BREAK = compile_folded(r",\s+and\b|[;\u2014\u2013]|\s-\s")
"""Where such a clause ends: "thanks for the referral of Sam; we're also hiring a Site Manager",
"…, and we also have a QS role"."""


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
    return _CLAUSE_BREAK.search(folded, clause.end(), found.start) is None


_YOURS_HIRING = compile_folded(
    r"\byour\s+(?:[\w'&-]+\s+){0,2}?[\w-]+(?:'s|\s+(?:is|are|has\s+been|have\s+been))\s+"
    r"(?:actively\s+|currently\s+|now\s+|urgently\s+|also\s+|still\s+)?(?:hiring|recruiting|"
    r"appointing|looking\s+for|searching\s+for|seeking|after|taking\s+on|on\s+the\s+lookout)\b"
)
"""'I hear your ward is after two Band 5 nurses': the reader's own team hires, so the note offers
them people, not a job."""


def _readers_own_hiring(ctx: RuleContext, found: Span) -> bool:
    """Is the pitch at ``found`` the reader's own team or employer hiring ("your ward is after
    two Band 5 nurses", "your team is hiring paralegals")?"""
    folded = ctx.body.folded
    start = max(ctx.body.sentence_at(found.start).start, found.start - 60)
    m = _YOURS_HIRING.search(folded, start, found.end)
    return m is not None and m.start() < found.start < m.end()


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
    return _open_to(ctx, found) or _not_offered(ctx, found) or _readers_own_hiring(ctx, found)


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    where = pitch(ctx, unless=lambda f: _skipped(ctx, f))
    if where is None or states_fit(ctx) or asks_for_referral(ctx.body):
        return
    if marked_follow_up(ctx) or answers_application(ctx.body):
        return
    yield Diagnostic(
        where.start,
        where.end,
        "this pitches a job but never says why the recipient's background fits "
        "it: name something from their experience that matches the role",
    )


RULE = Rule(
    code="OL202",
    name="job-fit-justification-absent",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
