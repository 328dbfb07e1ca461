"""Claims that something matches the job: "… is exactly what a sportswear brand wants", "… is
the work our team does", "… so I thought of you", "… to do the same thing". Such a claim says why
the reader fits only when what it is about is theirs (``readers_work.theirs_in``).

All patterns run on ``Message.folded``.
"""

from __future__ import annotations

from outreach_lint.check import RuleContext
from outreach_lint.message import Message
from outreach_lint.patterns import compile_folded
from outreach_lint.prefilter import prefiltered
from outreach_lint.rules.common import OCCUPATION, PH
from outreach_lint.rules.phrasing import VAGUE_TOPIC, names_specific
from outreach_lint.rules.readers_work import YEARS_DOING, not_the_reader, theirs_in
from outreach_lint.taxonomy import SPECIFIC

_NEEDS = (
    r"(?:needs?|wants?|requires?|lacks?|values?|(?:is|are)\s+(?:looking|hiring|appointing)\s+for|"
    r"(?:is|are)\s+after|prioriti[sz](?:es|ed|e)|"
    r"looks\s+for|asks\s+for|asked\s+(?:me\s+)?for|calls\s+for|is\s+missing)\b"
)
_WRITING = (
    r"(?:i'm|i\s+am|we're|we\s+are)\s+(?:writing|getting\s+in\s+touch|reaching\s+out|in\s+touch|"
    r"contacting\s+you)"
)
"""Why the sender is writing, as the claims below say it: "(… is why) I'm writing", "(… the
reason) we're getting in touch"."""
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
    + r"|\b(?:is|are|was|'s)\s+(?:exactly\s+|precisely\s+)?why\s+"
    + _WRITING
    + r"\s*(?::|\s[\u2014\u2013-]\s|\u2014)\s*(?:[\w'&-]+\s+){0,6}?"
    + _NEEDS
    # "… closely match the brief"
    + r"|\b(?:closely\s+|directly\s+|neatly\s+|exactly\s+)?match(?:es)?\s+(?:the|their|our|this|"
    r"my\s+client's|the\s+client's)\s+(?:brief|spec|specification|requirements?|search|"
    r"mandate)\b"
    # "… running a job like that is the brief", "… is exactly the brief"
    r"|\b(?:is|are|was|'s)\s+(?:exactly\s+|precisely\s+|pretty\s+much\s+)?(?:the|their|our|"
    r"my\s+client's|the\s+client's)\s+brief\b(?!\s+(?:for|of)\b)"
    # "… is on their must-have list", "… is a big plus"
    r"|\bon\s+(?:their|the|our|my\s+client's)\s+must-have\s+list\b"
    r"|\b(?:is|are)\s+a\s+(?:big|huge|real|key|major)\s+plus\b"
    # "… won region of the year under you, so I thought of you for …"
    r"|\b(?:so|which\s+is\s+why|that's\s+why|and\s+that's\s+why)\s+(?:i|we)\s+(?:immediately\s+|"
    r"instantly\s+)?thought\s+of\s+you\b"
)
"""A claim that something matches the job. It says why they fit only when what matches is
theirs (``theirs_in``): "your fuzzing write-up is the work our team does", not "Python is
exactly what we need"."""
_FIRST_PROJECT = prefiltered(
    r"\b(?:is|are|was|'s)\s+(?:almost\s+|nearly\s+)?(?:exactly|precisely)\s+the\s+first\s+"
    r"(?:project|job|thing|task|problem)\s+(?:for|of)\s+(?:our|the|their|this|my\s+client's)\s+"
    r"(?:new\s+)?(?:[\w'&-]+|" + PH + r")"
)
"""What they did as the first project of the job: "That is (almost) exactly the first project for
our new Senior Backend Engineer", after their work, named."""
_NAMED_WORK = compile_folded(
    r"\b(?:on|about)\s+(?!(?:it|this|that|them|there|here)\b)(?!" + VAGUE_TOPIC.pattern + r")"
    r"(?!(?:(?:the|your|their|all|some|so|many|great|good|[\w-]+ing)\s+){0,2}(?:work|stuff|"
    r"things|projects)\b)(?:[\w']|" + PH + r")"
)
"""What their work was on: "your write-up on moving {{ company }}'s ledger to double-entry" (not
"your post", "your work at {{ company }}", nor "your post about the industry", "your write-up on
the work you've been doing", "great things about your work")."""
_ALREADY_KNOW = prefiltered(
    r"\b(?:because|since|as|now\s+that)\s+you\s+already\s+(?:know|speak|understand)\s+(?!(?:"
    r"what|how|who|where|why|when|it|this|that|us|me|our|my|your|the\s+(?:drill|area|score|ropes|"
    r"basics))\b|(?:the|a|an)\s+[\w'&-]+\s*,)(?P<known>(?:[\w'&-]+\s+){1,5}?[\w'&-]+)\s*,\s+"
    r"you(?:'d|\s+would|'ll|\s+will)\s+(?:start|be|hit|settle|get)\b"
)
"""What they know already, as a head start: "Because you already know cardiology terms in both
languages, you would start well ahead" (not "because you are a nurse", nor "because you already
know the NHS", "… what the job involves")."""
_WORD = compile_folded(r"[a-z][a-z'-]{4,}")
_ANYONES = frozenset(
    "sector industry market field business trade terms words language languages inside basics "
    "systems tools software excel office microsoft computers job role work people patients "
    "customers clients skills experience knowledge".split()
)
"""Words of what someone knows that are anyone's in the job: "the sector inside out", "Excel and
accounting terms", "the systems"."""
_YOU_SAID = compile_folded(r"\byou(?:r|'ve|\s+have)?\b")


def _known_from_their_work(message: Message) -> bool:
    """Is what they already know, as a head start (``_ALREADY_KNOW``), something said of their
    work before it: "I saw that you interpret Spanish for the Manchester Royal Infirmary's
    cardiology clinic. … Because you already know cardiology terms in both languages, you would
    start well ahead" (not "the sector inside out" or "Excel and accounting terms", which anyone
    in the job knows, with nothing of theirs before it that they name)?"""
    folded = message.folded
    for m in _ALREADY_KNOW.finditer(folded):
        known = {w.group() for w in _WORD.finditer(m["known"])} - _ANYONES
        for you in _YOU_SAID.finditer(folded, 0, m.start()):
            if not_the_reader(folded, you.start()):
                continue
            sentence = message.sentence_at(you.start())
            said = {w.group() for w in _WORD.finditer(folded, sentence.start, sentence.end)}
            if known & said and sentence.end <= m.start():
                return True
    return False


_GIVEN_YOU = prefiltered(
    r"\b(?:given|taught)\s+you\s+(?:exactly\s+)?(?:the|a)\s+(?:kind|sort|type)\s+of\s+"
    r"(?:[\w'&-]+\s+){0,5}?(?:experience|work|background|grounding|exposure|skills?)\s+"
    r"(?:[\w'&-]+\s+){0,3}?" + _NEEDS
)
"""'{{ company }} has given you the kind of manipulation work this role needs'."""
_ACTIVITY = compile_folded(r"\s*(?:" + YEARS_DOING + r"|[a-z]+ing\b)")
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


_THOUGHT_OF_YOU = prefiltered(
    r"\b(?:i|we)\s+(?:immediately\s+|instantly\s+)?thought\s+of\s+you\b|\byou\s+(?:came|sprang|"
    r"sprung)\s+(?:straight\s+)?to\s+mind\b",
    locate=True,
)
"""'I thought of you', after what they did in that sentence or the one before: "{{ current_store }}
won region of the year under you. A retailer is hiring a Store Manager and I thought of
you"."""
_WHY_WRITING = prefiltered(
    r"\b(?:that|this|it)(?:'s|\s+is)\s+(?:exactly\s+|precisely\s+)?(?:why|the\s+reason)\s+"
    + _WRITING
    + r"\b"
)
"""'That's why I'm writing', after what they did in that sentence or the one before, as 'I
thought of you' is: "I've been reading through {{ project_name }} on GitHub. The way you handle
drift detection is cleaner than ours, and it's the reason I'm writing"."""
_MOSTLY_THAT = prefiltered(
    r"\b(?:this|the)\s+(?:role|job|position|post)\s+is\s+(?:mostly|largely|mainly|essentially|"
    r"basically|all\s+about)\s+(?:that|this|the\s+same)\b"
)
"""The job said to be what they did, in that sentence or the one before: "You modelled flood
frequency for {{ catchment_study }}, and this role is mostly that", "I've been reading
{{ contribution }} in {{ repo_name }}. This role is mostly the same problem"."""


_THE_SAME = prefiltered(
    r"\bto\s+(?:do|build)\s+(?:exactly\s+|just\s+)?the\s+same(?:\s+thing)?(?:\s+(?:there|"
    r"here|again|for\s+(?:them|us|(?:our|their)(?:\s+[\w-]+){1,3}?)|from\s+(?:scratch|"
    r"a\s+standing\s+start|day\s+one)|across\s+(?:[\w-]+\s+){0,3}?[\w-]+))?"
    r"\s*(?=[.!?;:,\u2014\u2013]|$)"
    # "… hiring a Platform Lead to own exactly that: 40 AWS accounts"
    r"|\bto\s+(?:do|build|own|run|lead)\s+(?:exactly|precisely|just)\s+(?:that|this)\b"
    r"(?!\s+(?:role|job|position|team|for|as))"
    # "… your talk on cutting Lambda cold starts - we're fighting the same thing at Kiln"
    r"|\b(?:we|they)(?:'re|\s+are|'ve|\s+have)?\s+(?:\w+\s+)?(?:fighting|solving|tackling|"
    r"facing|hitting|hit|had|having|seeing|got|dealing\s+with|working\s+on)\s+(?:exactly\s+|"
    r"just\s+)?the\s+(?:exact\s+|very\s+)?same\s+(?:[\w-]+\s+){0,2}?(?:thing|problem|issue|"
    r"challenge|bottleneck|pain)s?\b",
    locate=True,
)
"""A job to do what they did, after it, in that sentence or the one before: "I saw your post
about taking {{ company }}'s SDR team from 4 to 12 reps. Quillstack is hiring an SDR Team Lead to
do the same thing (from a standing start)."; "… hiring a Head of Transport to do the same across
200 trucks"; "I saw your Kubernetes GPU scheduler on GitHub. We're
hiring an ML Infrastructure Engineer to build the same thing for our research cluster."; "I came
across {{ github_repo }} … Kiln is hiring a Platform Lead to own exactly that."; "I saw your
Postgres partitioning thread - we hit the exact same bloat issue at Kiln" (not "… to do the same
thing as our last one", someone else's work, nor "to do just that role")."""


_BUILD_THE_SAME = compile_folded(r"\bto\s+build\b")
_YOUR_THING = compile_folded(
    r"\byour\s+(?P<thing>(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:on|at|in|for|and|that|which|"
    r"you|has|have|is|was)\b|\s*(?:[,.!?;:]|$))"
)
_NOTHING_NAMED = frozenset(
    "great amazing impressive awesome cool nice recent latest new old own open-source open source "
    "side personal github gitlab profile work team company project projects code repo repos "
    "repository portfolio stuff things app apps product products tech engineering whole "
    "linkedin page".split()
)
"""Words of "your …" that name no piece of work: "your GitHub", "your project", "your team",
"your great new project"."""


def _names_what_they_built(message: Message, start: int, end: int) -> bool:
    """Does ``prose[start:end]`` name a piece of their work, in more than a word that names
    nothing, for a job "to build the same thing": "your Kubernetes GPU scheduler on GitHub", "your
    post about taking {{ company }}'s SDR team from 4 to 12 reps" (not "your GitHub", "your
    project on GitHub" nor "what your team at {{ company }} has built")?"""
    if names_specific(message.folded, start, end):
        return True
    for m in _YOUR_THING.finditer(message.folded, start, end):
        words = m["thing"].split()
        if len(words) > 1 and set(words) - _NOTHING_NAMED:
            return True
    return False


_YEARS_IN_PRACTICE_ARE_WHY = prefiltered(
    r"\byour\s+(?:[\w-]+\s+)?(?:years|decades?)\s+in\s+(?!(?:the|a|an|this|that|your|their|our|"
    r"my|his|her)\b)(?P<kind>(?:[\w&-]+\s+){1,3}?)practice\s+(?:at|with)\s+(?:"
    + PH
    + r"|(?P<name>\w))"
    r"[^.!?\n]{0,120}?\b(?:is|are)\s+(?:exactly\s+|precisely\s+)?(?:why|the\s+reason)\s+"
    + _WRITING
    + r"\b"
)
"""Years in a kind of practice, and where, as the reason for writing: "Your years in small animal
practice at {{ current_practice }} are why I'm writing", "… at Westway Vets …" (not "your years in
practice", nor "your years at {{ current_practice }}": where, not what; nor "your years in
clinical practice" or "in general practice", at a practice or not, which every nurse or GP on a
list has had)."""
_ANY_PRACTICE = frozenset(
    "veterinary vet vets clinical general private medical dental nursing independent nhs gp "
    "professional family local busy everyday day-to-day".split()
)
"""Kinds of practice that name none: "clinical", "general", "private", "veterinary" (everyone's
on a list of vet nurses, nurses or GPs)."""


def _years_in_practice_are_why(message: Message) -> bool:
    """Does the text give the reader's years in a kind of practice that names one ("small
    animal", not "veterinary", "clinical", "general" or "private"), at a placeholder or at a
    practice named with a capital, as the reason for writing (``_YEARS_IN_PRACTICE_ARE_WHY``)?"""
    for m in _YEARS_IN_PRACTICE_ARE_WHY.finditer(message.folded):
        if not set(m["kind"].split()) - _ANY_PRACTICE:
            continue
        if m["name"] is None or message.prose[m.start("name")].isupper():
            return True
    return False


_DONE_IT_BEFORE = prefiltered(
    r"\b(?:needs?|wants?|(?:is|are)\s+after|(?:is|are)\s+looking\s+for|requires?)\s+(?:an?\s+)?"
    r"(?:[\w'&-]+\s+){0,3}?(?:"
    + OCCUPATION
    + r")\s+who(?:'s|\s+has)\s+(?:already\s+)?(?:done|been\s+through|run|led|delivered)\s+"
    r"(?:it|this|that|one|the\s+same(?:\s+thing)?)\s+before\b"
)
"""A job for someone who has done it before, after what they did: "I read your post about running
the TUPE transfer at {{ current_company }}. … they want an HR Business Partner who has done it
before"."""


def _done_it_before(ctx: RuleContext, message: Message) -> bool:
    """Does the text want someone who has done "it" before, after naming what the reader did, in
    that sentence or the one before: their post about something, or their work at a placeholder
    (not "I loved your post! They want an HR Business Partner who has done it before")?"""
    folded = message.folded
    for m in _DONE_IT_BEFORE.finditer(folded):
        sentence = message.sentence_at(m.start())
        end = len(folded[: sentence.start].rstrip())
        start = message.sentence_at(end - 1).start if end else sentence.start
        if not theirs_in(ctx, message, start, m.start(), where=False):
            continue
        if names_specific(message.folded, start, m.start()) or any(
            ctx.kind(p) in SPECIFIC for p in message.placeholders_in(start, m.start())
        ):
            return True
    return False


def _their_first_project(ctx: RuleContext, message: Message) -> bool:
    """Is a job's first project said to be what the reader did, named in that sentence ("your
    write-up on moving the ledger is exactly the first project …") or, after "That is", in the one
    before ("I read your write-up on moving {{ company }}'s ledger to double-entry. That is …";
    not after "I read your post and really enjoyed it!", "I came across your profile" or a
    greeting, nor "your work at {{ company }} is exactly the first project …": where, not what)?"""
    folded = message.folded
    for m in _FIRST_PROJECT.finditer(folded):
        sentence = message.sentence_at(m.start())
        start = sentence.start
        if _POINTS_BACK.search(folded, start, m.start()):
            end = len(folded[:start].rstrip())
            start = message.sentence_at(end - 1).start if end else start
        if theirs_in(ctx, message, start, m.start(), where=False) and _NAMED_WORK.search(
            folded, start, m.start()
        ):
            return True
    return False


def claims_fit(ctx: RuleContext, message: Message) -> bool:
    """Does a sentence claim that something of the recipient's matches the job?"""
    folded = message.folded
    if _GIVEN_YOU.search(folded) or _years_in_practice_are_why(message):
        return True
    if _done_it_before(ctx, message) or _their_first_project(ctx, message):
        return True
    if _known_from_their_work(message):
        return True
    # something of theirs in the sentence or the one before: "… to do the same", "… is why I
    # thought of you", "that's why I'm writing"
    for pattern in (_THE_SAME, _THOUGHT_OF_YOU, _WHY_WRITING, _MOSTLY_THAT):
        for m in pattern.finditer(folded):
            sentence = message.sentence_at(m.start())
            end = len(folded[: sentence.start].rstrip())
            previous = message.sentence_at(end - 1) if end else sentence
            if not theirs_in(ctx, message, previous.start, m.start(), where=False):
                continue
            if not _BUILD_THE_SAME.match(folded, m.start()) or _names_what_they_built(
                message, previous.start, m.start()
            ):
                return True
    for m in _CLAIM.finditer(folded):
        sentence = message.sentence_at(m.start())
        if theirs_in(ctx, message, sentence.start, m.start()):
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
        elif _POINTS_BACK.search(folded, sentence.start, m.start()) and theirs_in(
            ctx, message, previous.start, previous.end, where=False
        ):
            return True
    return False
