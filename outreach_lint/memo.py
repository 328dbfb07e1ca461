"""``Kept``: a function's answers kept by argument, for the few thousand different arguments
a run asks about many times (a sentence's words, a word's syllables, a message's one-line
form); ``ById``: values kept for objects by their identity, for the few objects a run asks
about again and again that are costly to hash (a tuple of compiled patterns)."""

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


class ById(dict[int, tuple[object, V]]):
    """Values kept for objects by their ``id``: read with ``kept.get(id(obj))`` (a lookup in
    C; the value is the second item of what it gives), stored with ``keep``. For objects that
    come back as the same object and are costly to hash, or cannot be. Each is kept with its
    value, so that its ``id`` is not reused meanwhile; at ``most`` objects it starts again,
    for a process that makes new ones again and again (a tool calling ``cli.main`` in a loop)."""

    __slots__ = ("most",)

    def __init__(self, most: int) -> None:
        super().__init__()
        self.most = most

    def keep(self, obj: object, value: V) -> V:
        if len(self) >= self.most:
            self.clear()
        self[id(obj)] = (obj, value)
        return value
