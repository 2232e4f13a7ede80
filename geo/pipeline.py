"""Chain the stages: articles -> extract -> resolve -> geocode -> layers -> webmap.

``build`` writes everything into a new output folder (:mod:`geo.output`), which
replaces the old one only once the build is complete.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable

import geopandas
import pandas

from . import settings
from .articles import ArticleProblem, read_articles
from .extents import zone_extents_layer
from .errors import SeedsError
from .boundaries import boundaries_dir
from .errors import OutputError
from .extract import extract_article
from .fingerprint import ExtractionCache, build_fingerprint
from .geocode import Locator
from .layers import (
    aggregates_table, articles_table, conflicts_table, content_stamp, entities_csv, facts_table, features_from_entities,
    provinces_layer, validate_features, write_geojson_layers, write_geopackage,
)
from .report import build_report, write_report
from .model import ArticleExtraction, Entity
from .output import check_output_folder, keep_user_files, new_build_folder, remove_leftovers, swap_in
from .resolve import article_entities, entities_from_extractions, entity_id

log = logging.getLogger(__name__)


@dataclass
class BuildSummary:
    """What a build did, for the CLI to print."""

    out: Path
    articles: int
    problems: list[ArticleProblem]
    by_kind: Counter
    located: int
    unlocated: list[tuple[str, str]]
    outside_province: list[str]
    coarse: list[tuple[str, str]] = field(default_factory=list)
    online_failures: list[str] = field(default_factory=list)
    up_to_date: bool = False  # nothing changed since the last build: nothing was done

    @property
    def map_path(self) -> Path:
        return self.out / "map.html"

    def to_json(self) -> dict:
        data = asdict(self)
        data["out"] = str(self.out)
        data["by_kind"] = dict(self.by_kind)
        data.pop("up_to_date")
        return data

    @classmethod
    def from_json(cls, data: dict, out: Path) -> BuildSummary:
        return cls(
            out=out, articles=data["articles"], problems=[ArticleProblem(**p) for p in data["problems"]],
            by_kind=Counter(data["by_kind"]), located=data["located"],
            unlocated=[tuple(u) for u in data["unlocated"]], outside_province=data["outside_province"],
            coarse=[tuple(c) for c in data["coarse"]], online_failures=data["online_failures"], up_to_date=True,
        )


#: Below this many articles to extract, one process is faster than starting workers.
PARALLEL_ABOVE = 200


def extractions_from_folder(folder: Path, *, data_dir: Path | None = None,
                            progress: Callable[[str], None] | None = None,
                            cache: ExtractionCache | None = None, jobs: int | None = None):
    """Read a folder and extract every article: (extractions, problems).

    With a ``cache``, articles extracted before (same text, metadata and geo version)
    are not extracted again. Many articles are extracted by ``jobs`` worker processes
    (default: one per CPU).
    """
    articles, problems = read_articles(folder)
    if not articles:  # nothing to build from: an error, and the previous build stays as it was
        reasons = "; ".join(f"{p.file}: {p.reason}" for p in problems[:3]) + (" …" if len(problems) > 3 else "")
        raise SeedsError(f"no article of {folder} could be read ({reasons})")
    cached = [cache.get(a) if cache else None for a in articles]
    todo = [a for a, c in zip(articles, cached) if c is None]
    if progress and cache and len(todo) < len(articles):
        progress(f"{len(articles) - len(todo)} of {len(articles)} articles unchanged since last read")
    jobs = jobs or os.cpu_count() or 1
    work = partial(_extract_and_keep, data_dir=data_dir, cache=cache)
    fresh = []
    if jobs > 1 and len(todo) > PARALLEL_ABOVE:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_die_with_parent) as pool:
            for n, extraction in enumerate(pool.map(work, todo, chunksize=64), 1):
                fresh.append(extraction)
                if progress and (n % 1000 == 0 or n == len(todo)):
                    progress(f"extracted {n}/{len(todo)} articles ({jobs} processes)")
    else:
        for n, article in enumerate(todo, 1):
            fresh.append(work(article))
            if progress and (n % 500 == 0 or n == len(todo)):
                progress(f"extracted {n}/{len(todo)} articles")
    new = iter(fresh)
    return [c if c is not None else next(new) for c in cached], problems


def _die_with_parent() -> None:
    """In a worker: end when the build process ends, even by kill -9 (Linux), and leave Ctrl-C
    to the parent, which stops the pool (a worker interrupted mid-task could hang it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass  # the worker then ends when the pool does, as before
        if os.getppid() == 1:  # the parent was gone before the call
            os._exit(1)


def _extract_and_keep(article, *, data_dir: Path | None, cache: ExtractionCache | None):
    """Extract one article and store it in the cache (in the worker process, in parallel)."""
    extraction = extract_article(article, data_dir=data_dir)
    if cache is not None:
        cache.put(extraction)
    return extraction


def _previous_build(out: Path, fingerprint: str | None, shown_out: Path) -> BuildSummary | None:
    """The summary of the build in ``out`` if it was made from exactly the same inputs."""
    if fingerprint is None:
        return None
    try:
        marker = json.loads((out / settings.OUTPUT_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(marker, dict) or marker.get("fingerprint") != fingerprint:
        return None
    if not all((out / name).exists() for name in ("map.html", "geo.gpkg", "layers", "report.md", "entities.csv")):
        return None
    if not any((out / "layers").glob("*.geojson")):
        return None  # its layers were deleted since: not up to date
    try:
        return BuildSummary.from_json(marker["summary"], shown_out)
    except (KeyError, TypeError):
        return None


def basemap_layers(data_dir: Path | None = None) -> dict[str, geopandas.GeoDataFrame]:
    folder = boundaries_dir(data_dir)
    out = {}
    for name, file in (("countries", "countries.geojson"), ("provinces", "provinces.geojson"),
                       ("coast", "coast_quang_ninh.geojson")):
        path = folder / file
        if path.exists():
            out[name] = geopandas.read_file(path, engine="pyogrio")
    return out


def build(seeds: Path, out: Path, *, online=None, data_dir: Path | None = None,
          progress: Callable[[str], None] | None = None, force: bool = False,
          cache_dir: Path | None = settings.CACHE_DIR, jobs: int | None = None) -> BuildSummary:
    """Build layers, a GeoPackage, entities.csv, report and map.html from the articles in ``seeds``.

    When ``out`` holds a build of the same articles by the same geo and reference data,
    nothing is done (``force`` rebuilds anyway). Extractions are cached per article in
    ``cache_dir`` (None: no cache).
    """
    from . import styles, webmap  # folium is only needed here

    say = progress or (lambda _msg: None)
    shown_out = Path(out)
    out = Path(out).resolve()  # "." and symlinks: the folder itself is what gets replaced
    if out.parent == out or out == Path.cwd().resolve() or out in Path.cwd().resolve().parents:
        raise OutputError(f"--out {shown_out} is the current folder or holds it, and a build replaces its --out; "
                          "choose a subfolder such as out")
    check_output_folder(out)
    if Path(seeds).resolve() == out or out in Path(seeds).resolve().parents:
        raise OutputError(f"the articles folder {seeds} is inside --out {shown_out}, which a build replaces; "
                          "keep articles outside the output folder")
    fingerprint = None
    if Path(seeds).is_dir():
        options = f"online={getattr(online, 'backend', None) if online is not None else None}"
        fingerprint = build_fingerprint(seeds, data_dir=data_dir, options=options)
        previous = None if force else _previous_build(out, fingerprint, shown_out)
        if previous is not None:  # the command says so, once
            return previous
    cache = ExtractionCache(cache_dir / "extract", data_dir) if cache_dir else None
    extractions, problems = extractions_from_folder(seeds, data_dir=data_dir, progress=say, cache=cache, jobs=jobs)
    locator = Locator(data_dir=data_dir, online=online)
    aliases = locator.facilities.alias_index()
    entities = entities_from_extractions(extractions, aliases)
    say(f"resolved {len(entities)} facilities; locating them")
    articles = {ex.article.file: ex.article for ex in extractions}
    located = features_from_entities(entities, articles, locator)
    validate_features(located.layers)

    entity_of = _entity_of_mentions(extractions, aliases)
    facts = facts_table(extractions, entity_of)
    tables = {
        "facts": facts,
        "conflicts": conflicts_table(entities),
        "articles": articles_table([ex.article for ex in extractions]),
        "aggregates": aggregates_table(extractions),
        "unlocated": located.unlocated,
    }

    remove_leftovers(out)
    tmp = new_build_folder(out)
    try:
        (tmp / settings.OUTPUT_MARKER).write_text("geo build output; safe to replace by geo build\n")
        say("writing layers")
        spatial = {**located.layers, "provinces": provinces_layer(located.layers, data_dir)}
        extents = zone_extents_layer(located.layers, data_dir)
        if extents is not None:
            spatial["zone_extents"] = extents
        write_geojson_layers(spatial, tmp / "layers")
        qml = styles.qml_styles(spatial)
        for layer, text in qml.items():
            (tmp / "layers" / f"{layer}.qml").write_text(text, encoding="utf-8")
        write_geopackage(spatial, tables, tmp / "geo.gpkg", styles=qml,
                         stamp=content_stamp(a.published for a in articles.values()))
        entities_csv(located.layers, tmp / "entities.csv")
        say("writing report.md and report.html")
        write_report(build_report(located.layers, tables, canonical=aliases.canonical), tmp)
        say("rendering map.html")
        m = webmap.map_from_layers(
            located.layers,
            facts=[{k: (None if pandas.isna(v) else v) for k, v in r.items()} for r in facts.to_dict("records")],
            articles={a.file: {"title": a.title, "url": a.url, "published": a.published} for a in articles.values()},
            basemap=basemap_layers(data_dir),
            extents=extents,
        )
        with (tmp / "map.html").open("w", encoding="utf-8") as handle:
            webmap.write_map(m, handle)
        summary = _summary(shown_out, extractions, problems, entities, located, online)
        # A build whose online answers failed is not "up to date": the next one asks again.
        marker = {"note": "geo build output; safe to replace by geo build",
                  "fingerprint": None if summary.online_failures else fingerprint,
                  "summary": summary.to_json()}
        (tmp / settings.OUTPUT_MARKER).write_text(json.dumps(marker, indent=1) + "\n", encoding="utf-8")
        kept = keep_user_files(out, tmp)
        if kept:
            say(f"kept {', '.join(kept)} from the previous {shown_out} (files geo does not write)")
        swap_in(tmp, out)
    except OSError as err:
        shutil.rmtree(tmp, ignore_errors=True)
        raise OutputError(f"writing the build failed ({err.strerror or err}: {err.filename or tmp}); "
                          f"{out} is unchanged") from err
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return summary


def _summary(out: Path, extractions, problems, entities, located, online) -> BuildSummary:
    by_kind = Counter(e.kind for e in entities)
    located_count = sum(len(f) for f in located.layers.values())
    outside, coarse = [], []
    for frame in located.layers.values():
        if "in_province" in frame:
            outside += list(frame.loc[frame["in_province"].map(lambda v: v is False), "id"])
        rough = frame[frame["geocode_precision"].isin(["district", "province"])]
        coarse += list(zip(rough["id"], rough["geocode_precision"]))
    return BuildSummary(
        out=out, articles=len(extractions), problems=problems, by_kind=by_kind, located=located_count,
        unlocated=list(zip(located.unlocated["id"], located.unlocated["reason"])), outside_province=outside,
        coarse=coarse, online_failures=list(getattr(online, "failures", []) or []),
    )


def _entity_of_mentions(extractions: list[ArticleExtraction], aliases) -> dict[tuple[str, int], str]:
    """(article, mention index) -> entity id, for the facts table."""
    out = {}
    for ex in extractions:
        index_of = {id(m): i for i, m in enumerate(ex.mentions)}
        for art_entity in article_entities(ex, aliases):
            eid = entity_id(art_entity.kind, art_entity.province, art_entity.key)
            for mention in art_entity.mentions:
                out[(ex.article.file, index_of[id(mention)])] = eid
    return out


__all__ = ["BuildSummary", "build", "check_output_folder", "extractions_from_folder", "Entity"]
