"""Rebuilds: an unchanged build does nothing, a changed one redoes only what changed, a killed
one leaves the previous output as it was."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo import pipeline
from geo.cli import main
from geo.fingerprint import ExtractionCache

from .conftest import SEEDS


def _build(runner, seeds, out, *extra):
    result = runner.invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result.output


def test_an_unchanged_rebuild_does_nothing(runner, seeds_copy, tmp_path):
    out = tmp_path / "out"
    _build(runner, seeds_copy, out)
    stamp = (out / "map.html").stat().st_mtime_ns
    output = _build(runner, seeds_copy, out)
    assert output.count("is up to date") == 1 and "Read 5 articles" not in output  # one line, said once
    assert (out / "map.html").stat().st_mtime_ns == stamp
    assert "is up to date" not in _build(runner, seeds_copy, out, "--force")
    assert (out / "map.html").stat().st_mtime_ns != stamp


def test_a_changed_article_is_rebuilt(runner, seeds_copy, tmp_path):
    out = tmp_path / "out"
    _build(runner, seeds_copy, out)
    (seeds_copy / "900_new.txt").write_text("Phu Thanh Industrial Park in Quang Ninh covers 120 hectares.")
    output = _build(runner, seeds_copy, out)
    assert "is up to date" not in output and "Read 6 articles" in output
    assert "Phu Thanh" in (out / "layers" / "industrial_parks.geojson").read_text(encoding="utf-8")


def test_articles_read_before_are_taken_from_the_cache(tmp_path, monkeypatch):
    cache = ExtractionCache(tmp_path / "cache")
    first, _ = pipeline.extractions_from_folder(SEEDS, cache=cache, jobs=1)

    def fail(*args, **kwargs):
        raise AssertionError("an unchanged article was extracted again")

    monkeypatch.setattr(pipeline, "extract_article", fail)
    again, _ = pipeline.extractions_from_folder(SEEDS, cache=cache, jobs=1)
    assert again == first


def test_many_articles_are_extracted_in_parallel_with_the_same_result(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_ABOVE", 0)
    serial, _ = pipeline.extractions_from_folder(SEEDS, jobs=1)
    parallel, _ = pipeline.extractions_from_folder(SEEDS, jobs=2)
    assert parallel == serial


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_build_killed_half_way_leaves_the_previous_output_intact(runner, seeds_copy, tmp_path):
    out = tmp_path / "out"
    _build(runner, seeds_copy, out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    # A bigger corpus so that the build is still running when it is killed.
    for i in range(60):
        shutil.copy(seeds_copy / "000_eb4c3bab3e24a6ff.txt", seeds_copy / f"copy_{i:03d}.txt")
        with open(seeds_copy / f"copy_{i:03d}.txt", "a", encoding="utf-8") as handle:
            handle.write(f"\nCopy {i}.\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "geo.cli", "build", "--seeds", str(seeds_copy), "--out", str(out), "--no-cache"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    # Kill it once it has started writing (or after a while, whichever comes first).
    deadline = time.monotonic() + 60
    for line in process.stdout:
        if b"writing layers" in line or b"locating" in line or time.monotonic() > deadline:
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    # The next build cleans up after the killed one and succeeds.
    _build(runner, seeds_copy, out)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_leftovers_of_dead_builds_go_and_nothing_else(runner, tmp_path):
    out = tmp_path / "o"
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(finished.stdout)  # a process that has exited
    folders = {
        "dead": tmp_path / f".o.geo-tmp-{dead}-abc",           # a killed build of o: removed
        "alive": tmp_path / f".o.geo-tmp-{os.getppid()}-abc",  # a build still running: kept
        "sibling": tmp_path / f".o.v2.geo-tmp-{dead}-abc",     # a build of another output: kept
        "unmarked": tmp_path / f".o.geo-old-{dead}",           # not ours (no marker): kept
    }
    for name, folder in folders.items():
        folder.mkdir()
        if name != "unmarked":
            (folder / ".geo-build").write_text("x")
    _build(runner, SEEDS, out)
    assert not folders["dead"].exists()
    assert all(folders[n].exists() for n in ("alive", "sibling", "unmarked"))


def test_articles_inside_the_output_folder_are_refused(runner, tmp_path):
    out = tmp_path / "o"
    _build(runner, SEEDS, out)
    shutil.copytree(SEEDS, out / "articles")
    result = runner.invoke(main, ["build", "--seeds", str(out / "articles"), "--out", str(out)])
    assert result.exit_code == 1 and "inside --out" in result.output
    assert (out / "articles").is_dir()


def test_a_changed_sources_table_is_a_changed_build(runner, seeds_copy, tmp_path):
    out = tmp_path / "out"
    _build(runner, seeds_copy, out)
    table = seeds_copy / "sources.csv"
    table.write_text(table.read_text(encoding="utf-8").replace("2023", "2022"), encoding="utf-8")
    assert "is up to date" not in _build(runner, seeds_copy, out)


def test_the_current_folder_is_refused_as_the_output_in_one_line(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("mine")
    result = runner.invoke(main, ["build", "--seeds", str(SEEDS), "--out", "."])
    assert result.exit_code == 1 and "current folder" in result.output and "Traceback" not in result.output
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_damaged_cache_entry_is_a_miss(tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    first, _ = pipeline.extractions_from_folder(SEEDS, cache=cache, jobs=1)
    entries = sorted((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 5
    entries[0].write_bytes(os.urandom(64))                        # not text
    entries[1].write_text('{"mentions": 5}', encoding="utf-8")     # JSON of the wrong shape
    entries[2].write_text('{"article_sha256": 1, "x": [}', encoding="utf-8")  # broken JSON
    again, _ = pipeline.extractions_from_folder(SEEDS, cache=cache, jobs=1)
    assert again == first


def test_the_cache_is_data_a_planted_entry_cannot_run_code(tmp_path):
    """Entries are JSON: a pickle planted where an entry goes is a miss, and nothing of it runs."""
    import pickle

    class Planted:
        def __reduce__(self):
            return (exec, ("import builtins; builtins.GEO_PWNED = True",))

    cache = ExtractionCache(tmp_path / "cache")
    first, _ = pipeline.extractions_from_folder(SEEDS, cache=cache, jobs=1)
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_bytes(pickle.dumps(Planted()))
    again, _ = pipeline.extractions_from_folder(SEEDS, cache=cache, jobs=1)
    import builtins
    assert again == first and not hasattr(builtins, "GEO_PWNED")


def test_the_cache_keeps_only_recent_geo_versions(tmp_path):
    root = tmp_path / "cache"
    stale = [root / f"{i:016x}" for i in range(3)]
    for n, folder in enumerate(stale):
        (folder / "ab").mkdir(parents=True)
        (folder / ExtractionCache.MARKER).write_text("geo extraction cache\n")
        os.utime(folder, (1_000_000 + n, 1_000_000 + n))
    cache = ExtractionCache(root)
    kept = sorted(p.name for p in root.iterdir())
    # this version's folder (created on first write) and the most recent earlier one
    assert kept == [stale[2].name]
    pipeline.extractions_from_folder(SEEDS, cache=cache, jobs=1)
    assert sorted(p.name for p in root.iterdir()) == sorted([stale[2].name, cache.folder.name])


def test_the_cache_never_deletes_a_folder_it_did_not_write(tmp_path):
    root = tmp_path / "cache"
    mine = root / "0123456789abcdef"  # looks like a version folder, but holds the user's files
    mine.mkdir(parents=True)
    (mine / "notes.txt").write_text("keep me")
    os.utime(mine, (1_000_000, 1_000_000))
    for i in range(3):
        other = root / f"{i:016x}"
        other.mkdir()
        (other / ExtractionCache.MARKER).write_text("geo extraction cache\n")
    ExtractionCache(root)
    assert (mine / "notes.txt").read_text() == "keep me"


def test_an_empty_cache_setting_means_the_default_folder(monkeypatch):
    import importlib

    from geo import settings

    monkeypatch.setenv("GEO_CACHE_DIR", "")
    try:
        assert importlib.reload(settings).CACHE_DIR.name == "geo" and settings.CACHE_DIR.is_absolute()
    finally:
        monkeypatch.delenv("GEO_CACHE_DIR")
        importlib.reload(settings)


def test_a_rebuild_keeps_the_files_a_user_put_in_the_output_folder(runner, seeds_copy, tmp_path):
    out = tmp_path / "out"
    _build(runner, seeds_copy, out)
    (out / "my notes.txt").write_text("call the park's investor", encoding="utf-8")
    (out / "layers" / "project.qgz").write_bytes(b"qgis project")
    output = _build(runner, seeds_copy, out, "--force")
    assert (out / "my notes.txt").read_text(encoding="utf-8") == "call the park's investor"
    assert (out / "layers" / "project.qgz").read_bytes() == b"qgis project"
    assert (out / "map.html").exists()
    assert "kept my notes.txt, layers/project.qgz" in output


def test_an_output_whose_layers_were_deleted_is_not_up_to_date(runner, seeds_copy, tmp_path):
    out = tmp_path / "out"
    _build(runner, seeds_copy, out)
    for layer in (out / "layers").glob("*.geojson"):
        layer.unlink()
    assert "is up to date" not in _build(runner, seeds_copy, out)
    assert any((out / "layers").glob("*.geojson"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_extraction_workers_end_when_the_build_is_killed(tmp_path):
    """kill -9 of a build must not leave its worker processes running (about 100 MB each)."""
    script = tmp_path / "build.py"
    script.write_text(
        "import time, geo.pipeline as p\n"
        "p.PARALLEL_ABOVE = 0\n"
        "p.extract_article = lambda *a, **k: time.sleep(120)  # a build that is still at work\n"
        "from pathlib import Path\n"
        f"p.extractions_from_folder(Path({str(SEEDS)!r}), jobs=2)\n", encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)])
    try:
        workers = []
        for _ in range(100):  # the pool starts its workers
            time.sleep(0.1)
            workers = [int(p) for task in Path(f"/proc/{parent.pid}/task").iterdir()
                       for p in (task / "children").read_text().split()]
            if len(workers) >= 2:
                break
        assert len(workers) >= 2, workers
    finally:
        parent.kill()
        parent.wait()
    for _ in range(100):  # each worker is told, by the kernel, that its parent is gone
        alive = [w for w in workers if Path(f"/proc/{w}").exists() and "Z" not in _state(w)]
        if not alive:
            break
        time.sleep(0.1)
    assert not alive, f"workers still running after the build was killed: {alive}"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].split()[0]
    except (OSError, IndexError):
        return "Z"


def test_a_build_killed_between_the_two_renames_of_its_swap_is_put_back_not_deleted(runner, tmp_path):
    """kill -9 after `out` became `.out.geo-old-<pid>` and before the new build became `out`: the next
    build restores the newest complete build as `out` instead of deleting both."""
    out = tmp_path / "o"
    _build(runner, SEEDS, out)
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(finished.stdout)  # the killed build's process has exited
    os.replace(out, tmp_path / f".o.geo-old-{dead}")  # the first rename happened, the second did not
    shutil.copytree(tmp_path / f".o.geo-old-{dead}", tmp_path / f".o.geo-tmp-{dead}-abc")
    from geo.output import remove_leftovers
    remove_leftovers(out)
    assert (out / "map.html").exists() and not list(tmp_path.glob(".o.geo-*"))
