"""The printed table and the JSON file of a run's figures, with each target's verdict."""

from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from figures import Bench, Figure, Row, findings_memory
from settings import (
    LINEAR_SLACK,
    MB,
    ONE_FILE_MAX,
    OUT,
    RSS_MAX,
    VS_FLOOR_MAX,
    VS_PROSELINT_MAX,
    WARM_MAX,
    YAML_MAX,
)

# --------------------------------------------------------------------------------------------
# The table
# --------------------------------------------------------------------------------------------


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def _result(value: float | None, limit: float, below: bool = True) -> str:
    if value is None:
        return "n/a"
    return "PASS" if (value <= limit if below else value >= limit) else "FAIL"


def _by_round(a: Figure | None, b: Figure | None) -> list[float]:
    """``a``'s time over ``b``'s in each round (their samples were taken in the same rounds)."""
    if a is None or b is None or not a.ok or not b.ok or len(a.samples) != len(b.samples):
        return []
    return [x.seconds / y.seconds for x, y in zip(a.samples, b.samples, strict=True) if y.seconds]


def _x(value: float | None, of: str = "") -> str:
    if value is None:
        return "n/a"
    return f"{value:.2f}x {of}".rstrip()


def table(
    b: Bench, sizes: list[int], prose_n: int, cores: int, has_jobs: bool, has_no_cache: bool
) -> list[Row]:
    small, big = sizes[0], sizes[-1]
    f = b.figures
    med = {k: v.median for k, v in f.items()}
    rows: list[Row] = []

    def info(key: str, ratio: str = "", target: str = "") -> None:
        if key in f:
            rows.append(Row(f[key].name, med[key], ratio, target, "info" if med[key] else "n/a"))

    imp = med.get("import")
    info("import", "(1)")
    one = med.get("one")
    r = _ratio(one, imp)
    rows.append(
        Row(f["one"].name, one, _x(r, "(1)"), f"<= {ONE_FILE_MAX}x (1)", _result(r, ONE_FILE_MAX))
    )
    info("first1", _x(_ratio(med.get("first1"), imp), "(1)"))
    for n in sizes:
        info(f"floor{n}", "(2)" if n == big else "")
    info(f"floor{big}-jall", _x(_ratio(med.get(f"floor{big}-jall"), med.get(f"floor{big}")), "(2)"))
    info(
        f"floor{small}-ic",
        _x(_ratio(med.get(f"floor{small}-ic"), med.get(f"floor{small}")), f"floor N={small}"),
    )

    # proselint, measured on a sample and scaled to the largest size
    prose_big = None
    if "prose" in f and med.get("prose") is not None:
        start = med.get("prose1") or 0.0
        measured = med["prose"]
        if prose_n == big:
            prose_big = measured
            info("prose", "(3)")
        else:
            info("prose1")
            info("prose")
            prose_big = start + (measured - start) * big / prose_n
            rows.append(
                Row(
                    f"proselint, N={big} (SCALED from N={prose_n}, not measured)",
                    prose_big,
                    "(3)",
                    "",
                    "info",
                )
            )

    for n in sizes:
        ol = med.get(f"ol{n}")
        floor = med.get(f"floor{n}")
        if n == big:
            r = _ratio(ol, floor)
            rows.append(
                Row(
                    f[f"ol{n}"].name,
                    ol,
                    _x(r, "(2)"),
                    f"<= {VS_FLOOR_MAX:g}x (2)",
                    _result(r, VS_FLOOR_MAX),
                )
            )
            rounds = _by_round(f.get(f"ol{n}"), f.get(f"floor{n}"))
            if len(rounds) > 1:  # how far from the line each round was, not only the median
                each = " ".join(f"{x:.2f}" for x in rounds)
                rows.append(Row("  same, round by round", None, each, "", "info"))
            rp = _ratio(ol, prose_big)
            if prose_big is None:
                rows.append(Row(f"  same, vs proselint N={big}", ol, "n/a", "<= 1/25 (3)", "skip"))
            else:
                rows.append(
                    Row(
                        f"  same, vs proselint N={big}" + (" (scaled)" if prose_n != big else ""),
                        ol,
                        (f"{rp:.3f}x" + (f" = 1/{1 / rp:.1f}" if rp < 1 else "") + " (3)")
                        if rp
                        else "n/a",
                        "<= 1/25 (3)",
                        _result(rp, VS_PROSELINT_MAX),
                    )
                )
        else:
            info(f"ol{n}", _x(_ratio(ol, floor), f"floor N={n}"))
        if has_jobs and f"ol{n}-j1" in f:
            info(f"ol{n}-j1", _x(_ratio(med.get(f"ol{n}-j1"), floor), f"floor N={n}"))
            same = _same_outputs(b, [f"ol{n}", f"ol{n}-j1"])
            rows.append(
                Row(
                    f"  -j 1 and -j {cores} reports byte-identical, N={n}",
                    None,
                    "",
                    "identical",
                    "n/a" if same is None else ("PASS" if same else "FAIL"),
                )
            )

    if f"first{big}" in f:
        first = med.get(f"first{big}")
        info(f"first{big}", _x(_ratio(first, med.get(f"ol{big}")), "later runs"))
        same = _same_outputs(b, [f"ol{big}", f"first{big}"])
        rows.append(Row("  first run's report identical", None, "", "identical", _pass(same)))

    y = med.get(f"yaml{small}")
    r = _ratio(y, med.get(f"ol{small}"))
    rows.append(
        Row(
            f[f"yaml{small}"].name,
            y,
            _x(r, f"files N={small}"),
            f"<= {YAML_MAX:g}x",
            _result(r, YAML_MAX),
        )
    )

    if big != small:
        limit = LINEAR_SLACK * big / small
        r = _ratio(med.get(f"ol{big}"), med.get(f"ol{small}"))
        rows.append(
            Row(
                f"time N={big} / N={small} (default jobs)",
                None,
                _x(r),
                f"<= {limit:g}x",
                _result(r, limit),
            )
        )
        if has_jobs and f"ol{big}-j1" in f:
            r1 = _ratio(med.get(f"ol{big}-j1"), med.get(f"ol{small}-j1"))
            rows.append(
                Row(
                    f"time N={big} / N={small} (-j 1)",
                    None,
                    _x(r1),
                    f"<= {limit:g}x",
                    _result(r1, limit),
                )
            )

    # memory: -j 1 is the whole run in one process
    mem_key = "-j1" if has_jobs and f"ol{big}-j1" in f else ""
    rss = {n: f[f"ol{n}{mem_key}"].maxrss for n in sizes if f"ol{n}{mem_key}" in f}
    label = "-j 1" if mem_key else "default jobs"
    for n in sizes:
        value = rss.get(n)
        target = f"< {RSS_MAX // MB} MB" if n == big else ""
        result = _result(value, RSS_MAX) if n == big else "info"
        rows.append(Row(f"peak RSS, N={n} ({label})", None, _mb(value), target, result))
    fm = {}
    for n in sizes:
        report = OUT / f"n{n}-jdefault.txt"
        if report.is_file():
            fm[n] = findings_memory(report)
    if big != small and rss.get(big) and rss.get(small) and big in fm and small in fm:
        growth = rss[big] - rss[small]
        own = fm[big][1] - fm[small][1]
        allowance = 2 * own + 5 * MB
        rows.append(
            Row(
                f"  findings N={small} -> N={big}: {fm[small][0]} -> {fm[big][0]}",
                None,
                f"{own / MB:.1f} MB own",
                "",
                "info",
            )
        )
        rows.append(
            Row(
                f"  RSS growth N={small} -> N={big}",
                None,
                f"{growth / MB:+.1f} MB",
                f"<= 2x findings + 5 MB = {allowance / MB:.1f} MB",
                _result(growth, allowance),
            )
        )
    main_rss = f[f"ol{big}"].maxrss if f"ol{big}" in f else None
    tree = [s.tree_peak for s in f[f"ol{big}"].samples if s.tree_peak] if f"ol{big}" in f else []
    procs = max((s.tree_procs for s in f[f"ol{big}"].samples), default=0) if f"ol{big}" in f else 0
    rows.append(
        Row(
            f"peak RSS, N={big} (default jobs: largest process / tree)",
            None,
            f"{_mb(main_rss)} / {_mb(max(tree) if tree else None)}",
            f"{procs} processes seen",
            "info",
        )
    )
    if f"ol{big}" in f and f[f"ol{big}"].ok:
        cpu = statistics.median(s.cpu / s.seconds for s in f[f"ol{big}"].samples)
        rows.append(
            Row(
                f"cores busy, N={big} (default jobs: cpu/wall)",
                None,
                f"{cpu:.2f}",
                f"~{cores}",
                "info",
            )
        )
        if has_jobs and cpu < 1.2 and cores > 1:
            b.notes.append(
                f"the default-jobs run kept {cpu:.2f} cores busy on a {cores}-core machine: "
                "-j does not run in parallel yet"
            )

    if has_no_cache and "cold" in f:
        cold, warm = med.get("cold"), med.get("warm")
        info("cold", _x(_ratio(cold, med.get(f"ol{big}")), "--no-cache"))
        r = _ratio(warm, cold)
        rows.append(
            Row(
                f["warm"].name,
                warm,
                _x(r, "cold"),
                f"<= {WARM_MAX:.2f}x cold",
                _result(r, WARM_MAX),
            )
        )
        same = _same_outputs(b, ["cold", "warm", f"ol{big}"])
        rows.append(
            Row("  cached reports identical to --no-cache", None, "", "identical", _pass(same))
        )
        rows.append(
            Row(
                f"  2 concurrent cold runs + warm run, N={small}: reports identical",
                None,
                "",
                "identical",
                _pass(b.checks.get("concurrent")),
            )
        )
    return rows


def _pass(value: bool | None) -> str:
    return "n/a" if value is None else ("PASS" if value else "FAIL")


def _same_outputs(b: Bench, keys: Sequence[str]) -> bool | None:
    """Whether the reports of ``keys`` are byte-identical in every round (each round against
    itself: outreach-lint may change between rounds while it is being worked on)."""
    lists = [b.hashes.get(k, []) for k in keys]
    rounds = min(len(h) for h in lists)
    if not rounds:
        return None
    return all(len({h[i] for h in lists}) == 1 for i in range(rounds))


def _mb(value: int | None) -> str:
    return "n/a" if value is None else f"{value / MB:.1f} MB"


def print_table(rows: list[Row]) -> None:
    header = ("figure", "median s", "ratio", "target", "result")
    cells = [
        (r.figure, f"{r.seconds:.3f}" if r.seconds is not None else "", r.ratio, r.target, r.result)
        for r in rows
    ]
    widths = [max(len(c[i]) for c in [header, *cells]) for i in range(5)]
    line = "  ".join("-" * w for w in widths)
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    print(line)
    for c in cells:
        print(
            "  ".join(
                (v.rjust(w) if i == 1 else v.ljust(w))
                for i, (v, w) in enumerate(zip(c, widths, strict=True))
            ).rstrip()
        )


def write_json(
    path: Path, b: Bench, rows: list[Row], sizes: list[int], version: str, cores: int
) -> None:
    data = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "outreach_lint": version,
        "machine": {
            "cores": cores,
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "sizes": sizes,
        "runs": b.args.runs,
        "figures": {
            k: {
                "name": v.name,
                "median_s": v.median,
                "runs_s": [s.seconds for s in v.samples],
                "samples": [asdict(s) | {"stderr": s.stderr[-200:]} for s in v.samples],
            }
            for k, v in b.figures.items()
        },
        "table": [asdict(r) for r in rows],
        "notes": b.notes,
        "machine_noise": b.machine_noise,
    }
    path.write_text(json.dumps(data, indent=1) + "\n")
