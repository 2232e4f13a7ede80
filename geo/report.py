"""The build report: what was found, what could not be placed well, where sources disagree,
and whether the figures articles state for groups add up to the facilities found.

One structure (:class:`Report`, a list of sections of paragraphs and tables) is written
twice: as Markdown (``report.md``, charts linked as PNG files) and as one self-contained
HTML page (``report.html``, charts inlined). Every text that comes from an article is
escaped for the format it goes into.
"""

from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass, field
from typing import Callable
from pathlib import Path

import geopandas
import pandas

from .formatting import format_value, unknown
from .kinds import KINDS
from .names import name_key
from .symbology import OCCUPANCY_COLOURS, UNKNOWN_COLOUR, occupancy_colour

#: How close a sum of parts must come to a stated total to "add up".
ADDS_UP_WITHIN = 0.05
#: Longest table in the report, and most bars in a chart; the full lists are in geo.gpkg.
MAX_ROWS = 200
MAX_BARS = 40


@dataclass
class Section:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    table: pandas.DataFrame | None = None
    chart: str | None = None  # file name of a chart in the report's folder


@dataclass
class Report:
    title: str
    sections: list[Section]
    charts: dict[str, bytes]  # file name -> PNG


# ---------------------------------------------------------------------------
# Building the report


def build_report(layers: dict[str, geopandas.GeoDataFrame], tables: dict[str, pandas.DataFrame],
                 canonical: Callable[[str, str], str] | None = None) -> Report:
    """``canonical(kind, key)`` maps a name key to the key its entity is filed under (the
    gazetteer's aliases: "Amata City Halong" is Song Khoai), to find a group's listed members."""
    features = _all_features(layers)
    titles = _titles(tables.get("articles"))
    sections = [
        _counts(features, tables.get("articles")),
        _placement(features, tables.get("unlocated")),
        _conflicts(tables.get("conflicts"), tables.get("aggregates"), titles),
        _reconciliation(features, tables.get("aggregates"), canonical, titles),
    ]
    for section in sections:
        if section.table is not None and len(section.table) > MAX_ROWS:
            section.paragraphs.append(f"The first {MAX_ROWS} of {len(section.table)} rows are shown; "
                                      "geo.gpkg and entities.csv hold them all.")
            section.table = section.table.head(MAX_ROWS)
    charts = {}
    area_chart = _area_chart(features)
    if area_chart:
        charts["report_area.png"] = area_chart
        sections[0].chart = "report_area.png"
    return Report("geo build report", sections, charts)


def _all_features(layers: dict[str, geopandas.GeoDataFrame]) -> pandas.DataFrame:
    frames = [pandas.DataFrame(frame.drop(columns="geometry")) for frame in layers.values() if len(frame)]
    if not frames:
        return pandas.DataFrame(columns=["id", "name", "kind", "province", "geocode_precision"])
    return pandas.concat(frames, ignore_index=True)


def _label(kind: str, plural: bool = True) -> str:
    label = KINDS[kind].label.lower() if kind in KINDS else kind
    if plural:
        label = label[:-1] + "ies" if label.endswith("y") and label[-2:-1] not in "aeiou" else label + "s"
    return label


def _counts(features: pandas.DataFrame, articles: pandas.DataFrame | None) -> Section:
    section = Section("What the build found")
    n_articles = 0 if articles is None else len(articles)
    section.paragraphs.append(f"{len(features)} facilities from {n_articles} articles.")
    if len(features):
        table = (features.assign(kind=features["kind"].map(lambda k: _label(k)))
                 .pivot_table(index="kind", columns="province", values="id", aggfunc="count", fill_value=0))
        table["total"] = table.sum(axis=1)
        table.columns.name = None
        section.table = table.reset_index()
    return section


def _placement(features: pandas.DataFrame, unlocated: pandas.DataFrame | None) -> Section:
    section = Section("Where facilities are placed, and how precisely")
    if len(features):
        mix = features["geocode_precision"].value_counts()
        points = features[features["geocode_precision"] != "schematic"]
        fine = points["geocode_precision"].isin(["site", "commune"]).sum()
        section.paragraphs.append(
            "Precision: " + ", ".join(f"{n} at {p}" for p, n in mix.items()) + ". "
            f"{fine} of {len(points)} points ({_pct(fine, len(points))}) are at site or commune precision; "
            "lines are schematic (drawn through waypoints, not surveyed)."
        )
        inferred = features["geocode_method"].fillna("").str.endswith("-from-name").sum()
        if inferred:
            section.paragraphs.append(
                f"{inferred} facilities are placed at the commune or district whose name they bear: an inference "
                "from the name (geo.infer), not a position the article states."
            )
        coarse = features[features["geocode_precision"].isin(["district", "province"])]
        if len(coarse):
            section.paragraphs.append(
                f"{len(coarse)} facilities are placed only at the centre of their district or province: "
                "the articles and the gazetteer give no commune or site for them."
            )
            section.table = coarse[["name", "kind", "province", "geocode_precision", "geocode_note"]] \
                .rename(columns={"geocode_precision": "precision", "geocode_note": "placement"})
        outside = features[features.get("in_province", pandas.Series(dtype=object)) == False]  # noqa: E712
        if len(outside):
            section.paragraphs.append("Outside the polygon of their province: " + ", ".join(outside["name"]) + ".")
    if unlocated is not None and len(unlocated):
        section.paragraphs.append(
            f"Not located ({len(unlocated)}): "
            + "; ".join(f"{r['name']} ({r['reason']})" for r in unlocated.to_dict("records"))
        )
    else:
        section.paragraphs.append("Every facility found was located.")
    return section


def _titles(articles: pandas.DataFrame | None) -> dict[str, str]:
    """Article file -> its title, where sources.csv or the page gives one (the file name otherwise)."""
    if articles is None or articles.empty:
        return {}
    return {f: t for f, t in zip(articles["file"], articles["title"]) if isinstance(t, str) and t.strip()}


def _conflicts(conflicts: pandas.DataFrame | None, aggregates: pandas.DataFrame | None,
               titles: dict[str, str] | None = None) -> Section:
    titles = titles or {}
    section = Section("Where sources disagree")
    rows = []
    if conflicts is not None and len(conflicts):
        for r in conflicts.to_dict("records"):
            rows.append({"about": r["entity_id"], "attribute": r["attribute"], "value": r["value"],
                         "current": "yes" if r["is_current"] else "", "article": titles.get(r["article"], r["article"]),
                         "published": r["published"], "quote": r["quote"]})
    group_rows = _group_conflicts(aggregates, titles)
    rows += group_rows
    if rows:
        section.paragraphs.append(
            f"{len(rows)} stated values disagree with another article's value for the same facility or group. "
            "All are kept; the newest article's value is the current one."
        )
        section.table = pandas.DataFrame(rows)
    else:
        section.paragraphs.append("No two articles state different values for the same facility or group.")
    return section


def _group_conflicts(aggregates: pandas.DataFrame | None, titles: dict[str, str] | None = None) -> list[dict]:
    """Figures for the same group that articles state differently.

    A group listed in full ("namely A, B and C") is a part of the province's facilities,
    not the whole, and two groups of different stated sizes are different groups.
    """
    if aggregates is None or aggregates.empty:
        return []
    whole = aggregates[aggregates["members_complete"].map(lambda v: v is not True and v != 1)]
    rows = []
    for (province, kind, attribute), group in whole.groupby(["province", "group_kind", "attribute"]):
        counts = {int(c) for c in group["group_count"].dropna()}
        if len(counts) > 1 or group["value"].nunique() < 2 or group["article"].nunique() < 2:
            continue
        newest = group["published"].astype(str).max()
        for r in group.sort_values("published").to_dict("records"):
            rows.append({"about": f"{province}: {_label(kind)} (group)", "attribute": attribute,
                         "value": format_value(r["value"], r.get("unit"), r.get("qualifier")),
                         "current": "yes" if str(r["published"]) == newest else "",
                         "article": (titles or {}).get(r["article"], r["article"]), "published": r["published"],
                         "quote": r["quote"]})
    return rows


# ---------------------------------------------------------------------------
# Do the group figures add up?


def _reconciliation(features: pandas.DataFrame, aggregates: pandas.DataFrame | None,
                    canonical: Callable[[str, str], str] | None = None,
                    titles: dict[str, str] | None = None) -> Section:
    section = Section("Group figures against the facilities found")
    if aggregates is None or aggregates.empty:
        section.paragraphs.append("The articles state no figures for groups of facilities.")
        return section
    rows = []
    by_group = {key: frame for key, frame in features.groupby(["kind", "province"])} if len(features) else {}
    checkable = aggregates[aggregates["attribute"].isin(["area_ha", "occupancy_pct", "projects", "enterprises",
                                                         "workers", "investment_usd", "investment_vnd"])]
    if len(checkable) > MAX_ROWS:
        section.paragraphs.append(f"The first {MAX_ROWS} of {len(checkable)} group figures are checked here.")
    for r in checkable.head(MAX_ROWS).to_dict("records"):
        same = by_group.get((r["group_kind"], r["province"]), features.iloc[0:0])
        rows.append(reconcile(r, _listed_members(same, r, canonical), titles))
    section.paragraphs.append(
        "Each row is a figure an article states for a group of facilities, set against the facilities "
        "of that kind and province this build found. A sum short of the total usually means the "
        "articles name only some members of the group, or state no figure for some of them."
    )
    section.table = pandas.DataFrame(rows)
    return section


def group_members(features: pandas.DataFrame, aggregate: dict,
                  canonical: Callable[[str, str], str] | None = None) -> pandas.DataFrame:
    """The facilities a group figure is about: the ones it lists when it lists them all,
    else every facility of its kind in its province."""
    same = features[(features["kind"] == aggregate["group_kind"]) & (features["province"] == aggregate["province"])]
    return _listed_members(same, aggregate, canonical)


def _listed_members(same: pandas.DataFrame, aggregate: dict,
                    canonical: Callable[[str, str], str] | None = None) -> pandas.DataFrame:
    """Of the facilities of a group's kind and province, the ones it lists, if it lists them all."""
    members = aggregate.get("members")
    if aggregate.get("members_complete") in (True, 1) and isinstance(members, str):
        # An entity's id ends with the slug of its name key (geo.resolve.entity_id).
        kind = aggregate["group_kind"]
        keys = [name_key(m, kind) for m in members.split("; ")]
        slugs = {(canonical(kind, k) if canonical else k).replace(" ", "-") for k in keys}
        return same[same["id"].str.rsplit(":", n=1).str[-1].isin(slugs)]
    return same


def reconcile(aggregate: dict, parts: pandas.DataFrame, titles: dict[str, str] | None = None) -> dict:
    """One group figure against the facilities found: the numbers and a verdict in words."""
    attribute = aggregate["attribute"]
    stated = float(aggregate["value"])
    count = aggregate.get("group_count")
    count = None if unknown(count) else int(count)
    column = parts[attribute] if attribute in parts else pandas.Series(dtype=float)
    known = pandas.to_numeric(column, errors="coerce").dropna()
    members = aggregate.get("members") if aggregate.get("members_complete") in (True, 1) else None
    row = {
        "province": aggregate["province"],
        "group": (f"{count} " if count else "") + _label(aggregate["group_kind"], plural=count != 1)
        + (f": {members}" if isinstance(members, str) else ""),
        "stated": format_value(stated, aggregate.get("unit"), aggregate.get("qualifier")),
        "article": f"{(titles or {}).get(aggregate['article'], aggregate['article'])} ({aggregate['published']})",
        "found": len(parts),
        "with_figure": len(known),
    }
    if attribute == "occupancy_pct":
        row["from_parts"] = f"mean {known.mean():.1f}%" if len(known) else "n/a"
        got = known.mean() if len(known) else None
    else:
        row["from_parts"] = format_value(known.sum(), aggregate.get("unit")) if len(known) else "n/a"
        got = known.sum() if len(known) else None
    row["verdict"] = _verdict(attribute, stated, got, count, len(parts), len(known))
    return row


def _verdict(attribute: str, stated: float, got: float | None, count: int | None, found: int, known: int) -> str:
    if got is None:
        return "cannot check: no facility found has this figure"
    close = stated and abs(got - stated) / abs(stated) <= ADDS_UP_WITHIN
    if close and (count is None or known >= count):
        return "adds up"
    reasons = []
    if count is not None and found < count:
        reasons.append(f"the articles name {found} of the {count}")
    elif count is not None and found > count:
        reasons.append(f"{found} found against {count} in the group: the articles also name facilities outside it")
    if known < found:
        reasons.append(f"{found - known} of those found have no figure")
    if attribute == "occupancy_pct":
        reasons.append("an unweighted mean of a few parks is not the group's average")
    elif not reasons:
        reasons.append("figures of different dates or definitions (e.g. planned vs built area)")
    share = f"{got / stated:.0%} of the stated figure" if stated else ""
    return f"does not add up ({share}): " + "; ".join(reasons)


# ---------------------------------------------------------------------------
# Formatting


def _pct(n: int, d: int) -> str:
    return f"{n / d:.0%}" if d else "n/a"


def _area_chart(features: pandas.DataFrame) -> bytes | None:
    if "area_ha" not in features:
        return None
    parks = features[features["kind"].isin(["industrial_park", "industrial_cluster"])].copy()
    parks["area_ha"] = pandas.to_numeric(parks["area_ha"], errors="coerce")
    parks = parks.dropna(subset=["area_ha"]).sort_values("area_ha")
    if parks.empty:
        return None
    title = "Industrial parks and clusters by area"
    if len(parks) > MAX_BARS:
        title = f"The {MAX_BARS} largest of {len(parks)} industrial parks and clusters with an area"
        parks = parks.tail(MAX_BARS)
    import matplotlib
    import matplotlib.patches

    matplotlib.use("Agg")
    from matplotlib import pyplot

    occupancy = pandas.to_numeric(parks.get("occupancy_pct"), errors="coerce")
    colours = [occupancy_colour(v) for v in occupancy]  # the map's classes, grey when not stated
    fig, ax = pyplot.subplots(figsize=(7, 0.28 * len(parks) + 1.2), dpi=110)
    ax.barh(parks["name"], parks["area_ha"], color=colours)
    ax.set_xlabel("area (ha)")
    ax.legend(handles=[matplotlib.patches.Patch(color=c, label=label) for _, c, label in OCCUPANCY_COLOURS]
              + [matplotlib.patches.Patch(color=UNKNOWN_COLOUR, label="not stated")],
              title="occupancy", loc="lower right", fontsize=8, title_fontsize=8)
    ax.set_title(title)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    pyplot.close(fig)
    return buffer.getvalue()


def _md_cell(value) -> str:
    if unknown(value):
        return ""
    text = str(value).replace("\n", " ")
    for char in "\\|*_`[]<>":
        text = text.replace(char, "\\" + char)
    return text


def to_markdown(report: Report) -> str:
    lines = [f"# {report.title}", ""]
    for section in report.sections:
        lines += [f"## {section.title}", ""]
        for paragraph in section.paragraphs:
            lines += [_md_cell(paragraph), ""]
        if section.table is not None and len(section.table):
            columns = [str(c) for c in section.table.columns]
            lines.append("| " + " | ".join(_md_cell(c) for c in columns) + " |")
            lines.append("|" + "---|" * len(columns))
            for row in section.table.itertuples(index=False):
                lines.append("| " + " | ".join(_md_cell(v) for v in row) + " |")
            lines.append("")
        if section.chart:
            lines += [f"![{section.title}]({section.chart})", ""]
    return "\n".join(lines)


def to_html(report: Report) -> str:
    esc = html.escape
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(report.title)}</title>",
        "<style>body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}"
        "table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:13px}"
        "td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}"
        "th{background:#f3f3f3}img{max-width:100%}</style></head><body>",
        f"<h1>{esc(report.title)}</h1>",
    ]
    for section in report.sections:
        parts.append(f"<h2>{esc(section.title)}</h2>")
        parts += [f"<p>{esc(p)}</p>" for p in section.paragraphs]
        if section.table is not None and len(section.table):
            parts.append(section.table.to_html(index=False, escape=True, na_rep="", border=0))
        if section.chart and section.chart in report.charts:
            data = base64.b64encode(report.charts[section.chart]).decode("ascii")
            parts.append(f'<img alt="{esc(section.title)}" src="data:image/png;base64,{data}">')
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(report: Report, folder: Path) -> list[Path]:
    """Write report.md (with its PNG charts) and report.html into ``folder``."""
    folder = Path(folder)
    written = []
    for name, png in report.charts.items():
        (folder / name).write_bytes(png)
        written.append(folder / name)
    (folder / "report.md").write_text(to_markdown(report), encoding="utf-8")
    (folder / "report.html").write_text(to_html(report), encoding="utf-8")
    return written + [folder / "report.md", folder / "report.html"]
