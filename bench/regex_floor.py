#!/usr/bin/env python3
"""The one-process floor: the least work a Python phrase linter does over a corpus.

Reads every file under the given folders, splits the YAML front matter off at its ``---``
lines (without parsing it), case-folds the body and runs about 50 compiled phrase regexes of
the kind outreach-lint's rules use over it, counts the hits and prints the count. Nothing is
reported per finding, no placeholder is understood, no config is read: a linter that does real
work cannot be faster than this in one process, so ``bench/run.py`` measures outreach-lint
against it.

Usage::

    python bench/regex_floor.py bench/corpus/n10000            # one process (the floor)
    python bench/regex_floor.py --jobs 2 bench/corpus/n10000   # for orientation only

Standard library only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator, Sequence

PHRASES = (
    # generic greetings
    r"dear\s+(?:candidate|applicant|sir\s+or\s+madam|sir/madam|job\s+seeker|professional)",
    r"to\s+whom\s+it\s+may\s+concern",
    r"hello\s+there",
    r"hi\s*,",
    r"greetings\s*!",
    # LinkedIn's default invitation and near copies
    r"add\s+you\s+to\s+my\s+(?:professional\s+)?network",
    r"join\s+your\s+(?:linkedin\s+|professional\s+)?network",
    r"(?:i'd|i\s+would)\s+like\s+to\s+connect\s+with\s+you\s+on\s+linkedin",
    r"please\s+accept\s+my\s+(?:invitation|request)",
    # the same-industry excuse
    r"(?:since|because|as)\s+we(?:'re|\s+are)\s+in\s+the\s+same\s+(?:industry|field|space)",
    r"we(?:'re|\s+are)\s+both\s+in\s+the\s+\w+\s+industry",
    r"same\s+(?:industry|field|space|sector|line\s+of\s+work)",
    r"fellow\s+(?:\w+\s+)?professionals?",
    r"share\s+a\s+common\s+(?:field|industry|interest)",
    # empty openers
    r"hope\s+this\s+(?:message|email|note)\s+finds\s+you\s+well",
    r"hope\s+you\s+are\s+(?:doing\s+)?(?:well|great|having\s+a\s+\w+\s+week)",
    r"came\s+across\s+your\s+(?:\w+\s+)?profile",
    r"stumbled\s+upon\s+your\s+(?:\w+\s+)?profile",
    r"your\s+profile\s+(?:looks|is)\s+(?:really\s+)?impressive",
    r"circling\s+back",
    r"following\s+up\s+on\s+my\s+(?:last|previous)",
    r"i\s+know\s+(?:you're|you\s+are|your\s+inbox\s+is)\s+(?:busy|full)",
    # pitch clichés
    r"exciting\s+opportunit(?:y|ies)",
    r"(?:amazing|fantastic|unique|once-in-a-lifetime)\s+opportunity",
    r"rock\s*star|ninja|guru|unicorn",
    r"hit\s+the\s+ground\s+running",
    r"fast-paced",
    r"work\s+hard\s*(?:and|,)\s*play\s+hard|parties\s+harder",
    r"(?:like\s+a|one\s+big)\s+family",
    r"go(?:es)?\s+(?:the\s+extra\s+mile|above\s+and\s+beyond)",
    r"digital\s+native",
    r"recent\s+grad(?:uate)?",
    r"culture\s+fit",
    r"(?:wear|juggle)\s+many\s+hats",
    r"under\s+pressure",
    r"top\s+talent",
    r"competitive\s+(?:salary|pay|compensation)",
    r"self-(?:starter|motivated)",
    r"best-(?:in|of)-(?:class|breed)",
    r"world-class|industry-leading|cutting-edge|disrupt\w*",
    r"don't\s+miss\s+out|do\s+not\s+miss\s+out",
    # pushy or stale calls to action
    r"asap",
    r"revert\s+back",
    r"do\s+the\s+needful",
    r"let\s+me\s+know\s+if\s+(?:you\s+are\s+)?interested",
    r"apply\s+(?:now|today)",
    r"awaiting\s+your\s+(?:positive\s+)?reply",
    r"only\s+shortlisted\s+(?:candidates|applicants)",
    # team sign-offs and fill-ins
    r"(?:hr|recruiting|recruitment|talent(?:\s+acquisition)?)\s+(?:team|department)",
    r"sent\s+from\s+my\s+(?:iphone|phone)",
    r"todo|xxx|fixme|tktk",
    r"\[(?:company|first|last|full)?\s*name\]|\[company\]",
)
"""Phrases as lower-case regular expressions: they run on the case-folded body."""

# Case-folding the body once and matching lower-case patterns without re.IGNORECASE keeps
# the regex engine's literal-prefix search; whole words are checked on each match instead of
# with a leading \b (which would turn that search off): the fastest correct way in pure Python.
PATTERNS = tuple(re.compile(rf"(?:{p})(?!\w)") for p in PHRASES)

# The textbook way, for comparison (--ignorecase): \b...\b and re.IGNORECASE on the raw body.
# Several times slower: the engine then tries every position of the text.
PATTERNS_IGNORECASE = tuple(re.compile(rf"\b(?:{p})(?!\w)", re.IGNORECASE) for p in PHRASES)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def files_under(paths: Sequence[str]) -> Iterator[str]:
    for top in paths:
        if os.path.isfile(top):
            yield top
            continue
        for folder, dirs, names in os.walk(top):
            dirs.sort()
            for name in sorted(names):
                yield os.path.join(folder, name)


def body_of(text: str) -> str:
    """The text after the front matter: everything after the second ``---`` line."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 3)
        if end != -1:
            return text[end + 5 :]
    return text


def count_file(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        body = body_of(f.read()).casefold()
    hits = 0
    for pattern in PATTERNS:
        for m in pattern.finditer(body):
            start = m.start()
            if start and _word_char(body[start - 1]) and _word_char(body[start]):
                continue  # starts inside a word
            hits += 1
    return hits


def count_file_ignorecase(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        body = body_of(f.read())
    return sum(1 for pattern in PATTERNS_IGNORECASE for _ in pattern.finditer(body))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Phrase-regex floor over a template corpus.")
    ap.add_argument("paths", nargs="+", help="folders (or files) to read")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="processes (default 1: the floor)")
    ap.add_argument(
        "--ignorecase",
        action="store_true",
        help="use re.IGNORECASE and \\b on the raw body instead of case-folding (slower)",
    )
    args = ap.parse_args(argv)
    files = list(files_under(args.paths))
    count = count_file_ignorecase if args.ignorecase else count_file
    if args.jobs > 1:
        from multiprocessing import Pool

        with Pool(args.jobs) as pool:
            total = sum(pool.imap(count, files, chunksize=64))
    else:
        total = sum(count(p) for p in files)
    print(f"{total} hits in {len(files)} files ({len(PATTERNS)} patterns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
