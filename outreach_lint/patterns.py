"""Regular expressions compiled once per installation, not once per run, as ``.pyc`` files are.

CPython's regular-expression compiler is written in Python: the built-in rules' few hundred
patterns take about 100 ms to compile, more than everything else in a one-file run (the
pre-commit case). ``compile_regex`` keeps what that compiler produces (the pattern's opcodes,
flags and group names) in a file beside outreach-lint's own bytecode, and on the next run
builds the pattern object from it directly, in C. The code it keeps tells the engine which
characters a match can start with (``first_chars``, after ``hoist``), which the stock compiler
often cannot.
``compile_folded`` does the same for a case-insensitive pattern meant for text lower-cased
once (``fold``, ``Message.folded``).

The file is keyed by the interpreter (its cache tag and the regex engine's magic number) and
the format of what it keeps, is written atomically and only when the run compiled something
new, and keeps at most ``MAX_ENTRIES`` patterns. A wheel holds it already, made while it was
built (``prebuild``): the first run after an install compiles only the patterns of its
config and plugins. A run reads its index; a pattern is built,
its opcodes read from the file, when it is first used (most wait for a word a template
lacks). When bytecode writing is off
(``PYTHONDONTWRITEBYTECODE``) or the package folder is read-only, it lives in the user's cache
folder instead (``$XDG_CACHE_HOME`` or ``~/.cache``, ``~/Library/Caches``, ``%LOCALAPPDATA%``),
starting from the wheel's (``shipped_file``).
Whenever anything about it is unexpected, ``compile_regex`` is simply ``re.compile``.
``cache_file``, ``load_marshal`` and ``save_marshal`` serve other modules that keep what they
compute from outreach-lint's own code (``prefilter`` keeps its patterns' analyses).
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Sequence
from typing import Any, cast

from outreach_lint import fold, sre

_sre: Any = sre.engine
_compiler: Any = sre.compiler
_parser: Any = sre.parser
_IGNORECASE = sre.IGNORECASE

FORMAT = 16
"""Changes when the code kept in the cache file is made differently, or the file's layout."""

MAX_ENTRIES = 1_000
"""The most patterns the cache file keeps: those the last run used first, then the others
(patterns from an older config, say) while there is room."""


class _Slice:
    """A pattern's opcodes in the cache file, read when the pattern is built (a one-file run
    builds fewer than half of them: reading the whole 1.8 MB file cost it 3 ms)."""

    __slots__ = ("offset", "read", "size")

    def __init__(self, read: Callable[[int, int], bytes], offset: int, size: int) -> None:
        self.read = read
        self.offset = offset
        self.size = size

    def data(self) -> bytes:
        data = self.read(self.size, self.offset)
        if len(data) != self.size:
            raise EOFError("the compiled-pattern cache file is shorter than its index says")
        return data


Entry = tuple[int, "bytes | _Slice", int, dict[str, int], tuple[str | None, ...]]
"""Final flags, opcodes (32-bit words, as the engine's ``SRE_CODE``; or where they are in the
cache file), groups - 1, group index, index group: the arguments of ``_sre.compile``."""
_WORD = "I" if array("I").itemsize == 4 else "L"
_HEAD = 8
"""The cache file starts with the size of its index (little-endian), then the index, then
every pattern's opcodes."""

_entries: dict[tuple[str, int], Entry] = {}
_used: set[tuple[str, int]] = set()
_new = False
_path: str | None = None


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, searching faster (see ``first_chars``), from the
    compiled-pattern cache when it has it (and then built when first used: ``built`` gives
    the ``re.Pattern`` object itself). A bad pattern raises ``re.error``."""
    return _compile(pattern, int(flags), folded=False)


def compile_folded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A case-insensitive ``pattern`` compiled for text lower-cased by ``fold.fold_text``
    (``Message.folded``): it matches the folded text exactly where ``re.compile(pattern,
    flags | re.IGNORECASE)`` matches the original, several times faster. Raises ``re.error``
    for a bad pattern, and ``ValueError`` for one with case-sensitive parts (``(?-i:...)``)."""
    return _compile(pattern, int(flags) | _IGNORECASE, folded=True)


_FOLDED = 1 << 30
"""Marks the cache keys of folded patterns (not a flag of ``re``)."""


def _compile(pattern: str, flags: int, folded: bool) -> re.Pattern[str]:
    global _new
    key = (pattern, flags | _FOLDED if folded else flags)
    entry = _entries.get(key)
    if entry is None:
        entry = _translate(pattern, flags, folded)
        if entry is None:
            return re.compile(pattern, flags)
        if _path is not None:
            _entries[key] = entry
            _new = True
    _used.add(key)
    return cast("re.Pattern[str]", _Deferred(pattern, flags, folded, entry))


class _Deferred:
    """A pattern from the cache, built when first used: a one-file run searches with fewer
    than half of the rules' patterns (the others wait for a word the template lacks), and
    building them all cost it 2 ms. Once built, its methods are the pattern's own (kept in
    its ``__dict__``: no indirection on later calls). ``built`` gives the pattern itself."""

    def __init__(self, pattern: str, flags: int, folded: bool, entry: Entry) -> None:
        self._args = (pattern, flags, folded, entry)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._build(), name)

    def _build(self) -> re.Pattern[str]:
        pattern, flags, _folded, entry = self._args
        real = _build_now(pattern, flags, entry)
        for method in _METHODS:
            setattr(self, method, getattr(real, method))
        self._build = lambda: real  # type: ignore[method-assign]
        return real

    def __repr__(self) -> str:
        return repr(self._build())

    def __reduce__(self) -> tuple[Any, ...]:
        pattern, flags, folded, _entry = self._args
        return (_compile, (pattern, flags, folded))  # (from the cache of the process reading it)


_METHODS = (
    "search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn", "scanner",
    "pattern", "flags", "groups", "groupindex",
)  # fmt: skip


def built(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The ``re.Pattern`` object itself of a pattern from ``compile_regex`` or
    ``compile_folded`` (which may build it only when first used)."""
    return pattern._build() if isinstance(pattern, _Deferred) else pattern


def _build_now(pattern: str, flags: int, entry: Entry) -> re.Pattern[str]:
    try:
        return _build(pattern, entry)
    except Exception:  # noqa: BLE001 - an unexpected engine: compile as usual
        return re.compile(pattern, flags)


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    final_flags, packed, groups, groupindex, indexgroup = entry
    code = array(_WORD, packed if isinstance(packed, bytes) else packed.data()).tolist()
    built: re.Pattern[str] = _sre.compile(
        pattern, final_flags, code, groups, groupindex, indexgroup
    )
    return built


def _translate(pattern: str, flags: int, folded: bool = False) -> Entry | None:
    """What the regex compiler makes of ``pattern``, with a first-character set: the
    arguments of ``_sre.compile``. ``None`` when this interpreter's engine is not the one
    expected (then a folded pattern stays case-insensitive, which on folded text matches the
    same)."""
    if _compiler is None or _sre is None or (folded and not fold.available()):
        return None
    from outreach_lint.first_chars import with_first_chars  # only for a pattern not cached
    from outreach_lint.hoist import hoist

    parsed = _parser.parse(pattern, flags)  # raises re.error as re.compile does
    if folded:
        fold.fold_pattern(parsed, flags | parsed.state.flags)  # raises NotFoldable
        flags &= ~_IGNORECASE
        parsed.state.flags &= ~_IGNORECASE
    try:
        hoist(parsed, flags | parsed.state.flags)
        code = with_first_chars(_compiler._code(parsed, flags), parsed, flags)
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        return (
            int(flags | state.flags),
            array(_WORD, code).tobytes(),
            state.groups - 1,
            dict(state.groupdict),
            tuple(indexgroup),
        )
    except Exception:  # noqa: BLE001 - an unexpected engine: compile as usual
        return None


def _cache_file() -> str | None:
    if _compiler is None or _sre is None:
        return None
    magic = getattr(_sre, "MAGIC", None)
    tag = sys.implementation.cache_tag
    if magic is None or tag is None:
        return None
    return cache_file(f"patterns.{tag}-{magic}-{FORMAT}.marshal")


def shipped_file(kept: str) -> str | None:
    """The wheel's copy of the file a run keeps at ``kept`` (``cache_file``), when it keeps its
    own elsewhere (bytecode writing off, a read-only install) and the wheel was built with it
    (``prebuild``): a start for that run's own; ``None`` otherwise."""
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "__pycache__", os.path.basename(kept))
    return path if path != kept and os.path.exists(path) else None


def cache_file(name: str) -> str | None:
    """Where this install keeps the file ``name`` of what it computed from its own code:
    beside outreach-lint's bytecode, where it can write there; else (bytecode writing off, a
    read-only install) in the user's cache folder, in a folder of its own for this install and
    its code. ``None`` when there is no such place."""
    here = os.path.dirname(os.path.abspath(__file__))
    if not sys.dont_write_bytecode and os.access(here, os.W_OK):
        return os.path.join(here, "__pycache__", name)
    user = _user_cache_folder()
    if user is None:
        return None
    return os.path.join(user, "outreach-lint", _install_stamp(here), name)


def _user_cache_folder() -> str | None:
    if sys.platform == "win32":  # pragma: no cover
        return os.environ.get("LOCALAPPDATA") or None
    if sys.platform == "darwin":  # pragma: no cover
        return os.path.expanduser("~/Library/Caches")
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return xdg
    home = os.path.expanduser("~")
    return None if home == "~" else os.path.join(home, ".cache")


def _install_stamp(here: str) -> str:
    """This install's folder and the state of the code that compiles patterns: an upgrade,
    or an edit in an editable install, uses a fresh file (the package folder's own cache goes
    away with an upgrade by itself)."""
    return code_stamp(here, ("patterns.py", "first_chars.py", "hoist.py", "fold.py", "sre.py"))


def code_stamp(salt: str, modules: Sequence[str], contents: bool = False) -> str:
    """A hash of ``salt`` and of the names, sizes and modification times of outreach-lint's
    ``modules`` (with ``contents``, of their texts instead: the same code installed again, as
    a wheel built with it installs, has the same stamp): what was computed by other code (or
    kept by another install) is not used."""
    import zlib  # (not hashlib: loading OpenSSL for it cost a one-file run 3 ms)

    here = os.path.dirname(os.path.abspath(__file__))
    parts = [salt.encode()]
    for module in modules:
        with contextlib.suppress(OSError):
            path = os.path.join(here, module)
            if contents:
                with open(path, "rb") as f:
                    parts.append(f"\0{module}\0".encode() + f.read())
            else:
                st = os.stat(path)
                parts.append(f"\0{module}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    data = b"".join(parts)
    # Two checksums, 64 bits: enough to tell one version of a few files from another (this
    # tells what made a cache file, it guards against no one)
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def _load(path: str) -> dict[tuple[str, int], Entry]:
    """The index of the cache file at ``path``: each pattern's entry, its opcodes left in the
    file (which stays open: a newer file replacing it meanwhile leaves this one readable)."""
    try:
        f = open(path, "rb")  # noqa: SIM115 - kept open while the process runs
    except OSError:
        return {}
    try:
        size = int.from_bytes(f.read(_HEAD), "little")
        if size > os.fstat(f.fileno()).st_size:
            raise EOFError("not a compiled-pattern cache file")
        index = marshal.loads(f.read(size))
        base = _HEAD + size
        read = _reader(f)
        return {
            key: (flags, _Slice(read, base + offset, length), groups, groupindex, indexgroup)
            for key, (flags, (offset, length), groups, groupindex, indexgroup) in index.items()
        }
    except (OSError, EOFError, ValueError, TypeError, AttributeError):
        f.close()
        return {}


def _reader(f: Any) -> Callable[[int, int], bytes]:
    """``read(size, offset)`` of the file ``f``: ``os.pread``, which forked workers reading
    the same open file at once need (they share its position); elsewhere (Windows starts
    workers afresh) a seek and a read."""
    if hasattr(os, "pread"):

        def pread(size: int, offset: int) -> bytes:
            return os.pread(f.fileno(), size, offset)  # (``f``: open while this is kept)

        return pread

    def seek_and_read(size: int, offset: int) -> bytes:  # pragma: no cover - Windows
        f.seek(offset)
        data: bytes = f.read(size)
        return data

    return seek_and_read


def load_marshal(path: str) -> Any:
    """What ``save_marshal`` wrote to ``path``; ``None`` when it cannot be read."""
    try:
        with open(path, "rb") as f:
            return marshal.loads(f.read())  # (``marshal.load(f)`` reads piece by piece)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def save_marshal(path: str, data: Any) -> None:
    """Write ``data`` to ``path`` atomically (a run reading it meanwhile reads the old file or
    the new one); on any error, nothing."""
    with contextlib.suppress(ValueError):
        _save_bytes(path, marshal.dumps(data))


def _save_bytes(path: str, data: bytes) -> None:
    import tempfile  # only a run that computed something new writes

    with contextlib.suppress(OSError):
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".outreach-lint-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _save() -> None:
    if not _new or _path is None:
        return
    keys = [key for key in _entries if key in _used]
    keys += [key for key in _entries if key not in _used][: max(0, MAX_ENTRIES - len(keys))]
    index: dict[tuple[str, int], tuple[Any, ...]] = {}
    codes: list[bytes] = []
    offset = 0
    try:
        for key in keys:
            flags, packed, groups, groupindex, indexgroup = _entries[key]
            code = packed if isinstance(packed, bytes) else packed.data()
            index[key] = (flags, (offset, len(code)), groups, groupindex, indexgroup)
            codes.append(code)
            offset += len(code)
        head = marshal.dumps(index)
    except (OSError, EOFError, ValueError):
        return
    _save_bytes(_path, len(head).to_bytes(_HEAD, "little") + head + b"".join(codes))


_path = _cache_file()
if _path is not None:
    _entries = _load(_path)
    if not _entries and (shipped := shipped_file(_path)) is not None:
        _entries = _load(shipped)  # (a run keeping its own file elsewhere starts from the wheel's)
    atexit.register(_save)
