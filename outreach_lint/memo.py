"""``Kept``: a function's answers kept by argument, for the few thousand different arguments
a run asks about many times (a sentence's words, a word's syllables, a message's one-line
form)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Kept(dict[K, V]):
    """``make``'s answer for each key, made the first time it is asked for: ``kept[key]``.
    A known answer is a dictionary lookup, in C (half the time of an ``lru_cache`` call). At
    ``most`` answers it starts again, for a run whose keys are all different."""

    __slots__ = ("make", "most")

    def __init__(self, make: Callable[[K], V], most: int) -> None:
        super().__init__()
        self.make = make
        self.most = most

    def __missing__(self, key: K) -> V:
        if len(self) >= self.most:
            self.clear()
        value = self[key] = self.make(key)
        return value
