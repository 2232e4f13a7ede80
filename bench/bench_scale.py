"""Scale benchmark (issue 8): ``geo build`` on 10 ... 10,000 synthetic articles.

For each corpus size N it generates a corpus with bench/corpus.py (not timed), then

1. runs ``geo -q build`` as a subprocess into a new folder: wall time, peak memory
   (``/usr/bin/time -v`` when present, else ``getrusage(RUSAGE_CHILDREN)``), articles/s,
   size of map.html, number of features;
2. runs the same build again, unchanged, into the same folder (the rebuild);
3. opens map.html in headless Chromium (playwright, network blocked) and times it until
   the page's ``load`` event and until every feature is drawn;
4. runs geotext 0.4.0 over the same articles (a benchmark-only dependency:
   ``.venv/bin/python -m pip install geotext==0.4.0``) and compares its speed and how many of
   the corpus's facilities it finds with geo's (``out/entities.csv``), and with geo's own
   extraction alone (``extract_article`` in this process, like bench_extract.py).

Results go to stdout as markdown and into bench/RESULTS.md between the
``bench_scale`` markers (the rest of that file is kept). A benchmark, not a test:

    .venv/bin/python bench/bench_scale.py                 # 10, 100, 1000, 10000 articles
    .venv/bin/python bench/bench_scale.py --quick         # 10 and 100 (what `make bench` runs)
    .venv/bin/python bench/bench_scale.py --sizes 1000 --no-browser
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus import Corpus, fold, generate  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
BEGIN, END = "<!-- bench_scale:begin -->", "<!-- bench_scale:end -->"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TIME = "/usr/bin/time"
TARGETS = {"build_s": 60.0, "peak_mb": 2048.0, "rebuild_s": 3.0, "map_load_s": 3.0}


@dataclass
class Run:
    wall_s: float
    peak_mb: float | None  # largest single process (maximum resident set size)
    tree_mb: float | None  # largest sum over the process tree (PSS, sampled), worker processes included
    returncode: int
    stdout: str = ""


@dataclass
class Row:
    n: int
    chars_per_article: float = 0.0
    facilities_truth: int = 0
    generated_names: int = 0
    build: Run | None = None
    rebuild: Run | None = None
    forced: Run | None = None  # --force: everything redone, per-article extractions from the cache
    map_bytes: int = 0
    features: int = 0
    entities: int = 0
    map_load_s: float | None = None
    map_drawn_s: float | None = None
    map_note: str = ""
    geo_found: int = 0
    geo_found_any_province: int = 0
    geo_extract_s: float | None = None
    geotext_s: float | None = None
    geotext_found: int | None = None
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- running geo


def geo_command() -> list[str]:
    script = Path(sys.executable).parent / "geo"
    return [str(script)] if script.exists() else [sys.executable, "-m", "geo.cli"]


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return tree


def _tree_pss_kb(root: int) -> int:
    """Proportional set size of ``root`` and its descendants (shared pages counted once)."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, []))
        try:
            match = re.search(r"^Pss:\s+(\d+)", Path(f"/proc/{pid}/smaps_rollup").read_text(), re.M)
        except OSError:
            continue
        total += int(match.group(1)) if match else 0
    return total


class _TreeSampler(threading.Thread):
    """Samples the memory of a process tree every ``interval`` seconds; keeps the peak."""

    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak_kb = pid, interval, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak_kb = max(self.peak_kb, _tree_pss_kb(self.pid))
            self.done.wait(self.interval)


def run_build(articles: Path, out: Path, env: dict[str, str], extra: tuple[str, ...] = ()) -> Run:
    """One ``geo -q build`` subprocess: wall time and peak memory."""
    cmd = [*geo_command(), "-q", "build", "--articles", str(articles), "--out", str(out), *extra]
    timed = os.path.exists(TIME)
    if timed:
        cmd = [TIME, "-v", *cmd]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = _TreeSampler(proc.pid) if Path("/proc/self/smaps_rollup").exists() else None
    if sampler:
        sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - start
    if sampler:
        sampler.done.set()
        sampler.join()
    peak = None
    if timed:
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
        peak = int(match.group(1)) / 1024 if match else None
    else:
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        # ru_maxrss of children is the largest child so far: exact only while it grows.
        peak = after / 1024 if after > before else None
    if proc.returncode != 0:
        sys.stderr.write(stdout[-2000:] + stderr[-4000:])
    return Run(wall, peak, sampler.peak_kb / 1024 if sampler and sampler.peak_kb else None, proc.returncode, stdout)


def supports(option: str) -> bool:
    """Whether this geo's ``build`` has ``option`` (older ones have no --force)."""
    help_text = subprocess.run([*geo_command(), "build", "--help"], capture_output=True, text=True).stdout
    return option in help_text


def count_features(out: Path) -> int:
    return sum(len(json.loads(p.read_text(encoding="utf-8"))["features"])
               for p in sorted((out / "layers").glob("*.geojson")))


def geo_recall(out: Path, corpus: Corpus) -> tuple[int, int, int]:
    """(entities, facilities of the truth geo has with kind, province and name right,
    the same ignoring the province)."""
    from geo.names import name_key

    with (out / "entities.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    strict = {(r["kind"], r["province"], name_key(r["name"], r["kind"])) for r in rows}
    loose = {(k, n) for k, _, n in strict}
    found = sum(key in strict for key in corpus.facilities)
    found_any = sum((k, n) in loose for k, _, n in corpus.facilities)
    return len(rows), found, found_any


# --------------------------------------------------------------------------- the map in a browser

#: Installed before the page runs: the in-page time at which something was last added to
#: the document outside the (offline, empty) tile pane. Removals are not drawing: after the
#: opening fitBounds, Leaflet and markercluster prune the previous zoom level's tiles and icons.
_WATCH = """
window.__geoLastMutation = 0;
new MutationObserver((records) => {
  for (const r of records) {
    if (!r.addedNodes.length) continue;
    const t = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    if (t && t.closest && t.closest('.leaflet-tile-pane')) continue;
    window.__geoLastMutation = performance.now();
  }
}).observe(document, {childList: true, subtree: true});
"""
#: Drawn: the map exists, the page has loaded, and nothing was added for QUIET_MS
#: (Leaflet.markercluster adds markers in chunks after ``load``; canvas draws within a frame).
QUIET_MS = 1000
_SETTLED = """(quiet) => {
  const nav = performance.getEntriesByType('navigation')[0];
  return !!document.querySelector('.leaflet-container .leaflet-map-pane') && nav && nav.loadEventEnd > 0
    && performance.now() - Math.max(window.__geoLastMutation, nav.loadEventEnd) > quiet;
}"""
_TIMES = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const count = (sel) => document.querySelectorAll(sel).length;
  return {load: nav.loadEventEnd, last: window.__geoLastMutation,
          shapes: count('path.geo-park, path.geo-line, .geo-symbol'), clusters: count('.marker-cluster'),
          canvas: count('.leaflet-overlay-pane canvas')};
}"""


def map_load_time(page_path: Path, timeout_s: float = 300) -> tuple[float, float, str]:
    """Seconds (in-page clock, from navigation start) to the ``load`` event and until the
    map has drawn everything it draws on opening; network blocked."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        try:
            context = browser.new_context(offline=True, viewport={"width": 1280, "height": 800})
            context.route(re.compile(r"^(?!file:|data:|blob:|about:)"), lambda route: route.abort())
            context.add_init_script(_WATCH)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_path.resolve().as_uri(), wait_until="load", timeout=timeout_s * 1000)
            page.wait_for_function(_SETTLED, arg=QUIET_MS, polling=100, timeout=timeout_s * 1000)
            t = page.evaluate(_TIMES)
            drawn = max(t["load"], t["last"]) / 1000
            note = (f"chromium {browser.version}; on opening: {t['shapes']:,} feature shapes, "
                    f"{t['clusters']:,} cluster icons, {t['canvas']} canvas")
            if errors:
                note += f"; page errors: {errors[:2]}"
            return t["load"] / 1000, drawn, note
        finally:
            browser.close()


# --------------------------------------------------------------------------- geotext and geo's extraction


def read_texts(corpus: Corpus) -> list[tuple[str, str]]:
    return [(f, (corpus.folder / f).read_text(encoding="utf-8")) for f in corpus.files]


def geotext_run(texts: list[tuple[str, str]], corpus: Corpus) -> tuple[float, int, str]:
    """(seconds for GeoText over every article, facilities of the truth it names, what it found)."""
    from geotext import GeoText

    start = time.perf_counter()
    cities = {file: GeoText(text).cities for file, text in texts}
    elapsed = time.perf_counter() - start
    hits: set[tuple[str, str, str]] = set()
    for file, found in cities.items():
        names = {fold(c).lower() for c in found}
        province = corpus.province_by_file[file]
        hits.update((kind, province, fold(name).lower()) for kind, name in corpus.truth_by_file[file]
                    if fold(name).lower() in names)
    counts = Counter(c for found in cities.values() for c in found)
    top = ", ".join(f"{c} {k}" for c, k in counts.most_common(6))
    summary = f"geotext named {sum(counts.values()):,} cities ({len(counts)} distinct; most: {top or 'none'})"
    return elapsed, len(hits & set(corpus.facilities)), summary


def geo_extract_run(texts: list[tuple[str, str]]) -> float:
    """Seconds for geo's extract_article over every article, in this process (one core)."""
    import hashlib

    from geo.extract import extract_article
    from geo.model import Article

    articles = [Article(file=f, text=t, sha256=hashlib.sha256(t.encode()).hexdigest()) for f, t in texts]
    extract_article(articles[0])  # warm the compiled patterns and the province index
    start = time.perf_counter()
    for article in articles:
        extract_article(article)
    return time.perf_counter() - start


# --------------------------------------------------------------------------- one size


def bench_size(n: int, work: Path, args) -> Row:
    row = Row(n)
    folder = work / f"n{n}"
    articles, out, cache = folder / "articles", folder / "out", folder / "cache"
    say(f"[{n}] generating the corpus")
    corpus = generate(n, articles, seed=args.seed, pool=args.pool)
    (folder / "truth.json").write_text(json.dumps(corpus.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    row.chars_per_article = corpus.chars / n
    row.facilities_truth = len(corpus.facilities)
    row.generated_names = len(corpus.names)

    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "GEO_CACHE_DIR": str(cache)}  # a cold cache for the first build
    say(f"[{n}] geo build")
    row.build = run_build(articles, out, env)
    if row.build.returncode != 0:
        row.notes.append(f"build failed (exit {row.build.returncode})")
        return row
    row.map_bytes = (out / "map.html").stat().st_size
    row.features = count_features(out)
    row.entities, row.geo_found, row.geo_found_any_province = geo_recall(out, corpus)

    say(f"[{n}] unchanged rebuild")
    row.rebuild = run_build(articles, out, env)
    if row.rebuild.returncode != 0:
        row.notes.append(f"rebuild failed (exit {row.rebuild.returncode})")
    elif "up to date" in row.rebuild.stdout:
        row.notes.append("the unchanged rebuild found the output up to date and did nothing")
    if supports("--force"):
        say(f"[{n}] forced rebuild (per-article cache warm)")
        row.forced = run_build(articles, out, env, ("--force",))
        if row.forced.returncode != 0:
            row.notes.append(f"forced rebuild failed (exit {row.forced.returncode})")

    if args.browser:
        if Path(CHROMIUM).exists():
            say(f"[{n}] map.html in headless Chromium ({row.features} features)")
            try:
                runs = [map_load_time(out / "map.html") for _ in range(args.map_repeats)]
                row.map_load_s = statistics.median(r[0] for r in runs)
                row.map_drawn_s = statistics.median(r[1] for r in runs)
                row.map_note = runs[-1][2]
                if len(runs) > 1:
                    row.notes.append("map drawn s over %d loads: %s (median shown)"
                                     % (len(runs), ", ".join(f"{r[1]:.2f}" for r in runs)))
            except Exception as err:  # a timeout is a result, not a crash of the benchmark
                row.notes.append(f"map load: {type(err).__name__}: {str(err).splitlines()[0]}")
        else:
            row.notes.append("no chromium: map load not measured")

    texts = read_texts(corpus)
    if args.geotext:
        try:
            import geotext  # noqa: F401
        except ImportError:
            row.notes.append("geotext missing: .venv/bin/python -m pip install geotext==0.4.0")
        else:
            say(f"[{n}] geotext")
            row.geotext_s, row.geotext_found, summary = geotext_run(texts, corpus)
            row.notes.append(summary)
    say(f"[{n}] geo extraction alone, in process")
    row.geo_extract_s = geo_extract_run(texts)
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return row


# --------------------------------------------------------------------------- report


def say(message: str) -> None:
    print(f"bench_scale: {message}", file=sys.stderr, flush=True)


def machine() -> dict[str, str]:
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    cpu = ""
    try:
        cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text()).group(1).strip()
    except (OSError, AttributeError):
        pass
    commit = ""
    try:  # read-only git: no index refresh, no lock
        git = ["git", "--no-optional-locks", "-C", str(ROOT)]
        commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run([*git, "status", "--porcelain", "--", "geo"],
                               capture_output=True, text=True, timeout=10).stdout.split("\n")
        dirty = [line[3:] for line in dirty if line.strip()]
        commit += f" with uncommitted changes to {', '.join(dirty)}" if dirty else " (geo/ clean)"
    except OSError:
        pass
    return {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()),
        "cpu": cpu,
        "RAM": mem,
        "python": platform.python_version(),
        "os": platform.platform(),
        "commit": commit,
        "peak memory from": "/usr/bin/time -v" if os.path.exists(TIME) else "getrusage(RUSAGE_CHILDREN)",
    }


def _f(value, fmt="{:.2f}", none="–"):
    return none if value is None else fmt.format(value)


def _rate(n, seconds):
    return None if not seconds else n / seconds


def _pct(part, whole):
    return "–" if part is None or not whole else f"{part}/{whole} ({100 * part / whole:.1f}%)"


def tables(rows: list[Row]) -> str:
    lines = [
        "| articles | chars/article | build s | articles/s | peak MB, all processes | peak MB, largest process "
        "| unchanged rebuild s | `--force` rebuild s | map.html MB | features | map `load` s | map drawn s |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        b, rb, fr = r.build, r.rebuild, r.forced
        lines.append(
            f"| {r.n:,} | {r.chars_per_article:,.0f} | {_f(b and b.wall_s)} | {_f(_rate(r.n, b and b.wall_s), '{:,.0f}')} "
            f"| {_f(b and b.tree_mb, '{:,.0f}')} | {_f(b and b.peak_mb, '{:,.0f}')} | {_f(rb and rb.wall_s)} "
            f"| {_f(fr and fr.wall_s)} | {r.map_bytes / 1e6:.1f} | {r.features:,} | {_f(r.map_load_s)} | {_f(r.map_drawn_s)} |")
    lines += [
        "",
        "| articles | facilities in the corpus (truth) | geo finds (kind, province, name) | geo finds (kind, name) "
        "| geotext finds (name) | found ratio geo / geotext | geo build articles/s | geo extraction alone articles/s "
        "| geotext articles/s | speed ratio geotext / geo build | speed ratio geotext / geo extraction |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        b = r.build
        geo_rate, ext_rate, gt_rate = _rate(r.n, b and b.wall_s), _rate(r.n, r.geo_extract_s), _rate(r.n, r.geotext_s)
        found_ratio = ("∞" if r.geotext_found == 0 and r.geo_found else
                       _f(r.geo_found / r.geotext_found if r.geotext_found else None, "{:,.0f}×"))
        lines.append(
            f"| {r.n:,} | {r.facilities_truth:,} | {_pct(r.geo_found, r.facilities_truth)} "
            f"| {_pct(r.geo_found_any_province, r.facilities_truth)} | {_pct(r.geotext_found, r.facilities_truth)} "
            f"| {found_ratio} | {_f(geo_rate, '{:,.0f}')} | {_f(ext_rate, '{:,.0f}')} | {_f(gt_rate, '{:,.0f}')} "
            f"| {_f(gt_rate / geo_rate if gt_rate and geo_rate else None, '{:,.0f}×')} "
            f"| {_f(gt_rate / ext_rate if gt_rate and ext_rate else None, '{:,.0f}×')} |")
    notes = [f"- {r.n:,}: {note}" for r in rows for note in r.notes]
    notes += [f"- map load measured with {r.map_note}" for r in rows[-1:] if r.map_note]
    return "\n".join(lines + ([""] + notes if notes else []))


def _extrapolate(rows: list[Row], value, n: int = 10000) -> float | None:
    """Straight line through the two largest sizes, to ``n`` articles."""
    points = sorted((r.n, value(r)) for r in rows if value(r) is not None)
    if len(points) < 2:
        return None
    (n1, v1), (n2, v2) = points[-2:]
    return v2 + (v2 - v1) / (n2 - n1) * (n - n2)


def targets(rows: list[Row]) -> str:
    """Each target against the size it is about (10,000 articles; a map of ~10,000 facilities)."""
    ok = [r for r in rows if r.build and r.build.returncode == 0]
    if not ok:
        return ""
    r = max(ok, key=lambda r: r.n)
    out = [f"Against the targets (largest size run: {r.n:,} articles, {r.features:,} features):", ""]

    def check(label, value, limit, unit):
        if value is None:
            return f"- {label}: not measured"
        verdict = "meets" if value <= limit else "MISSES"
        return f"- {label}: {value:,.2f} {unit} — {verdict} ≤ {limit:,.0f} {unit}"

    build_s = lambda x: x.build.wall_s  # noqa: E731
    peak_mb = lambda x: x.build.tree_mb or x.build.peak_mb  # noqa: E731
    if r.n >= 10000:
        out.append(check("build of 10,000 articles", r.build.wall_s, TARGETS["build_s"], "s"))
        out.append(check("peak memory (all processes)", peak_mb(r), TARGETS["peak_mb"], "MB"))
    else:
        for label, value, unit in (("build of 10,000 articles", build_s, "s"), ("peak memory", peak_mb, "MB")):
            guess = _extrapolate(ok, value) if r.n >= 1000 else None  # below that, start-up dominates
            out.append(f"- {label}: not measured (at {r.n:,} articles: {value(r):,.2f} {unit}"
                       + (f"; a straight line through the two largest sizes gives {guess:,.0f} {unit} "
                          "at 10,000" if guess is not None else "") + ")")
    out.append(check(f"unchanged rebuild of {r.n:,} articles", r.rebuild and r.rebuild.wall_s,
                     TARGETS["rebuild_s"], "s"))
    # The map target is about 10,000 facilities: the size whose map is nearest that.
    maps = [x for x in ok if x.map_drawn_s is not None]
    if maps:
        m = min(maps, key=lambda x: abs(x.features - 10000))
        if m.features >= 5000:
            out.append(check("map of ~10,000 facilities drawn", m.map_drawn_s, TARGETS["map_load_s"], "s")
                       + f" ({m.features:,} features, from {m.n:,} articles)")
        else:
            out.append(f"- map of ~10,000 facilities: not measured (largest map: {m.features:,} features, "
                       f"drawn in {m.map_drawn_s:,.2f} s)")
        if m is not r and r.map_drawn_s is not None:
            out.append(f"- map of the largest corpus ({r.features:,} features) drawn in {r.map_drawn_s:,.2f} s")
    return "\n".join(out)


def reproduce(argv: list[str]) -> str:
    return "\n".join([
        "```sh",
        "make setup                                        # .venv with geo",
        ".venv/bin/python -m pip install geotext==0.4.0    # benchmark-only dependency",
        "command -v chromium || make browser               # Debian's chromium for the map load",
        f".venv/bin/python bench/bench_scale.py {' '.join(argv)}".rstrip(),
        "```",
    ])


def report(rows: list[Row], argv: list[str], before: dict[str, str]) -> str:
    info = machine()
    info["date"] = before["date"]
    changed = info["commit"] != before["commit"]
    head = ["## Scale benchmark: measured", "",
            "Machine: " + "; ".join(f"{k} {v}" for k, v in info.items() if v) + ".", "",
            *([f"**geo changed during the run** (at the start: {before['commit']}); the sizes were not all "
               "measured on the same code.", ""] if changed else []),
            "geo build command: `" + " ".join(Path(c).name if i == 0 else c for i, c in enumerate(geo_command()))
            + " -q build --articles N/articles --out N/out` (a fresh `GEO_CACHE_DIR` per size).", ""]
    return "\n".join(head + [tables(rows), "", targets(rows), "", "Reproduce:", "", reproduce(argv)]) + "\n"


def write_results(text: str) -> None:
    block = f"{BEGIN}\n{text}{END}"
    if RESULTS.exists():
        old = RESULTS.read_text(encoding="utf-8")
        if BEGIN in old and END in old:
            new = old[:old.index(BEGIN)] + block + old[old.index(END) + len(END):]
            RESULTS.write_text(new, encoding="utf-8")
            return
        RESULTS.write_text(old.rstrip() + "\n\n" + block + "\n", encoding="utf-8")
        return
    RESULTS.write_text(f"# Benchmark results\n\n{block}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--quick", action="store_true", help="sizes 10 and 100 only")
    parser.add_argument("--seed", type=int, default=8, help="corpus seed (default 8)")
    parser.add_argument("--pool", type=int, default=None, metavar="K",
                        help="place names per province the articles draw from, as news keeps naming the same "
                             "parks (default: every article names new places, the worst case)")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora and builds go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the corpora and builds")
    parser.add_argument("--no-browser", dest="browser", action="store_false", help="skip the map load in Chromium")
    parser.add_argument("--map-repeats", type=int, default=3, help="map loads per size, median reported (default 3)")
    parser.add_argument("--no-geotext", dest="geotext", action="store_false", help="skip geotext")
    parser.add_argument("--no-write", dest="write", action="store_false", help="do not update bench/RESULTS.md")
    args = parser.parse_args(argv)
    sizes = [10, 100] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]

    before = machine()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="geo-bench-scale."))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for n in sizes:
            rows.append(bench_size(n, work, args))
            say("\n" + tables(rows[-1:]))
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    text = report(rows, argv, before)
    print(text)
    if args.write:
        write_results(text)
        say(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
