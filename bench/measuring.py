"""Running one command and measuring it: wall time, CPU, peak memory of it and its workers."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from settings import CORPUS

CHILD_ENV: dict[str, str] | None = None  # None: inherit this process's environment

# --------------------------------------------------------------------------------------------
# Running and measuring one command
# --------------------------------------------------------------------------------------------


@dataclass
class Sample:
    seconds: float
    rc: int
    maxrss: int  # bytes, the largest single process (ru_maxrss from wait4)
    cpu: float  # user + system seconds of the child and the children it reaped
    tree_peak: int | None = None  # bytes, the largest sampled RSS sum of the process tree
    tree_procs: int = 0  # the most processes seen at once in the tree
    stderr: str = ""


class TreeSampler(threading.Thread):
    """Polls /proc for the RSS of a process and its descendants (Linux; a no-op elsewhere)."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak: int | None = None
        self.procs = 0
        self.page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
        self._halt = threading.Event()

    def run(self) -> None:
        if not os.path.isdir(f"/proc/{self.pid}"):
            return
        while True:
            pids = self._tree()
            total = 0
            for pid in pids:
                try:
                    with open(f"/proc/{pid}/statm") as f:
                        total += int(f.read().split()[1]) * self.page
                except (OSError, ValueError, IndexError):
                    pass
            if total:
                self.peak = max(self.peak or 0, total)
                self.procs = max(self.procs, len(pids))
            if self._halt.wait(self.interval):
                return

    def _tree(self) -> list[int]:
        pids = [self.pid]
        i = 0
        while i < len(pids):
            pid = pids[i]
            i += 1
            try:
                for tid in os.listdir(f"/proc/{pid}/task"):
                    with open(f"/proc/{pid}/task/{tid}/children") as f:
                        pids.extend(int(c) for c in f.read().split())
            except OSError:
                pass
        return pids

    def stop(self) -> None:
        self._halt.set()
        self.join()


def measure(
    cmd: Sequence[str | Path],
    cwd: Path = CORPUS,
    stdout: Path | None = None,
    tree: bool = False,
) -> Sample:
    """Run ``cmd`` once; wall time around the child, its rusage from ``os.wait4``."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [str(c) for c in cmd], cwd=cwd, stdout=out, stderr=err, env=CHILD_ENV
        )
        sampler = TreeSampler(proc.pid) if tree else None
        if sampler:
            sampler.start()
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if sampler:
            sampler.stop()
        if stdout:
            out.close()  # type: ignore[union-attr]
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return Sample(
        seconds=seconds,
        rc=proc.returncode,
        maxrss=usage.ru_maxrss * scale,
        cpu=usage.ru_utime + usage.ru_stime,
        tree_peak=sampler.peak if sampler else None,
        tree_procs=sampler.procs if sampler else 0,
        stderr=stderr[-2000:],
    )


def source_fingerprint(folder: Path | None) -> str | None:
    """Names, sizes and times of the package's files: tells whether it changed mid-run."""
    if folder is None or not folder.is_dir():
        return None
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if (
            p.is_file()
            and p.suffix in (".py", ".yaml", ".yml", ".toml")
            and "__pycache__" not in p.parts
        ):
            st = p.stat()
            h.update(f"{p.relative_to(folder)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def package_folder(py: Path) -> Path | None:
    code = "import os, outreach_lint; print(os.path.dirname(outreach_lint.__file__))"
    # (-I: not the outreach_lint folder of the current directory, which "-c" would import)
    done = subprocess.run([str(py), "-I", "-c", code], capture_output=True, text=True)
    return Path(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip() else None


def busy_seconds() -> float | None:
    """CPU seconds the whole machine has been busy (all cores; Linux ``/proc/stat``)."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    """CPU seconds of this process and every child it has waited for."""
    import resource

    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
