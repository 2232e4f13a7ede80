"""The ``geo`` command line. Commands are thin: parse options, check paths, call one
library function, report. Progress goes to stderr (silence it with -q); results go
to stdout."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from . import settings
from .errors import GeoError

log = logging.getLogger("geo")

EPILOG_BUILD = """\b
Examples:
  geo build                              # seeds/ -> out/
  geo build --articles my_articles --out my_map
  geo build --online                     # also ask Nominatim (cached, 1 request/s)
"""


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="geo: %(levelname)s: %(message)s", stream=sys.stderr, force=True)


class _Ctx:
    def __init__(self, quiet: bool):
        self.quiet = quiet

    def progress(self, message: str) -> None:
        if not self.quiet:
            click.echo(f"geo: {message}", err=True)


def _run(func, *args, **kwargs):
    """Call a library function; a GeoError becomes a one-line message and exit 1."""
    try:
        return func(*args, **kwargs)
    except GeoError as err:
        raise click.ClickException(str(err)) from err
    except OSError as err:  # the file system said no: say what and where, in one line
        raise click.ClickException(f"{err.strerror or err}: {err.filename or ''}".rstrip(": ")) from err
    except KeyboardInterrupt:
        raise click.Abort() from None


def _set_verbose(ctx: click.Context, _param, value: int) -> None:
    if value:
        ctx.meta["geo.verbose"] = value
        _configure_logging(value, ctx.find_object(_Ctx).quiet if ctx.find_object(_Ctx) else False)


def _set_quiet(ctx: click.Context, _param, value: bool) -> None:
    if value:
        state = ctx.find_object(_Ctx)
        if state is not None:
            state.quiet = True
        _configure_logging(0, True)


def verbosity_options(command):
    """-q and -v where people type them: after the command too ("geo build -q")."""
    command = click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_set_quiet,
                           help="No progress messages, only results and errors.")(command)
    return click.option("-v", "--verbose", count=True, expose_value=False, callback=_set_verbose,
                        help="More log output (-vv for debug).")(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="No progress messages, only results and errors.")
@click.version_option(package_name="geo")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Turn news articles about Vietnamese industrial development into GIS layers and a map.

    \b
    geo fetch     download news pages into a folder of articles
    geo build     articles -> out/layers/*.geojson, out/geo.gpkg, out/map.html
    geo extract   print the facilities and figures found in articles
    geo eval      score the extractor against a gold file
    geo geocode   locate one facility name and show how
    geo validate  check the layers of a previous build

    Example: geo build --articles seeds --out out
    """
    _configure_logging(verbose, quiet)
    ctx.obj = _Ctx(quiet)


def articles_option(**kwargs):
    """The folder of articles, one option for every command (``--seeds`` is its old name)."""
    kwargs.setdefault("help", "Folder of articles (*.txt, *.md, *.html), with an optional sources.csv "
                              "(--seeds is the old name of this option).")
    return click.option("--articles", "--seeds", "articles", type=click.Path(path_type=Path), **kwargs)


def out_option(help_text: str):
    """The output folder of a build."""
    return click.option("--out", type=click.Path(path_type=Path), default=settings.DEFAULT_OUT, show_default=True,
                        help=help_text)


@main.command(epilog=EPILOG_BUILD)
@verbosity_options
@articles_option(default=settings.DEFAULT_SEEDS, show_default=True)
@out_option("Output folder; replaced only when the new build is complete.")
@click.option("--online", is_flag=True, help="Also geocode with Nominatim (OpenStreetMap); answers are cached.")
@click.option("--nominatim-url", default=None, metavar="URL",
              help="Nominatim server to use with --online (default: the public OpenStreetMap one).")
@click.option("--force", is_flag=True, help="Rebuild even if OUT is up to date with the articles.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes for reading more than 200 articles (default: one per CPU).")
@click.option("--no-cache", is_flag=True,
              help="Do not reuse or store per-article extractions (kept in $GEO_CACHE_DIR/extract; "
                   "default ~/.cache/geo/extract).")
@click.pass_obj
def build(obj: _Ctx, articles: Path, out: Path, online: bool, nominatim_url: str | None, force: bool,
          jobs: int | None, no_cache: bool) -> None:
    """Build layers, a GeoPackage, a report and map.html from a folder of articles.

    Offline by default: facilities are placed from the gazetteer shipped in data/,
    then at the commune, district or province the article names. If OUT was built
    from the same articles by the same geo and reference data, nothing is redone.
    """
    from .pipeline import build as run_build

    geocoder = _online_geocoder(nominatim_url) if online else None
    summary = _run(run_build, articles, out, online=geocoder, progress=obj.progress, force=force, jobs=jobs,
                   cache_dir=None if no_cache else settings.CACHE_DIR)
    if summary.up_to_date:
        click.echo(f"{out} is up to date with {articles} (same articles, reference data and geo); "
                   "nothing to do (--force rebuilds it).")
        return
    for problem in summary.problems:
        click.echo(f"geo: warning: skipped {problem.file}: {problem.reason}", err=True)
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(summary.by_kind.items()))
    click.echo(f"Read {summary.articles} articles ({len(summary.problems)} skipped).")
    click.echo(f"Found {sum(summary.by_kind.values())} facilities: {kinds or 'none'}.")
    click.echo(f"Located {summary.located}; not located {len(summary.unlocated)}"
               + (": " + ", ".join(i for i, _ in summary.unlocated) if summary.unlocated else "") + ".")
    if summary.coarse:
        click.echo(f"Placed only at district or province: {', '.join(i for i, _ in summary.coarse)}.")
    if summary.outside_province:
        click.echo(f"Outside their province polygon: {', '.join(summary.outside_province)}.")
    if summary.online_failures:
        click.echo(f"Nominatim failed for {len(summary.online_failures)} queries; used offline answers.")
    click.echo(f"Map: {summary.map_path}")
    click.echo(f"Report: {summary.out / 'report.html'}")


def _online_geocoder(url: str | None):
    from urllib.parse import urlparse

    from .geocoders import make_nominatim

    if url is None:
        return make_nominatim()
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="--nominatim-url")
    return make_nominatim(domain=parsed.netloc + parsed.path.rstrip("/"), scheme=parsed.scheme)


@main.command()
@verbosity_options
@click.argument("folder", type=click.Path(path_type=Path), required=False)
@articles_option(default=None, help="Folder of articles (or give it as FOLDER).")
@click.option("--json", "as_json", is_flag=True, help="Print the gold format (docs/gold-format.md).")
@click.pass_obj
def extract(obj: _Ctx, folder: Path | None, articles: Path | None, as_json: bool) -> None:
    """Print the facilities each article in FOLDER names, and their figures.

    Example: geo extract --articles seeds --json > predictions.json
    """
    folder = folder or articles
    if folder is None:
        raise click.UsageError("give the folder of articles: geo extract --articles FOLDER")
    from .evaluate import predictions
    from .geocoders import FacilityGazetteer
    from .pipeline import extractions_from_folder

    extractions, problems = _run(extractions_from_folder, folder, progress=obj.progress)
    for problem in problems:
        click.echo(f"geo: warning: skipped {problem.file}: {problem.reason}", err=True)
    result = predictions(extractions, _run(FacilityGazetteer).alias_index())
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    for article in result["articles"]:
        click.echo(article["file"])
        for entity in article["entities"]:
            facts = ", ".join(f"{k}={v}" for k, v in entity["facts"].items())
            click.echo(f"  {entity['kind']:<19} {entity['name']}" + (f"  [{facts}]" if facts else ""))


@main.command(epilog="From links to a map: geo fetch --from links.txt --into articles && "
                     "geo build --articles articles --out out")
@verbosity_options
@click.argument("urls", nargs=-1)
@click.option("--from", "from_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="A text file of links, one a line (# starts a comment).")
@click.option("--into", type=click.Path(path_type=Path), default=Path("articles"), show_default=True,
              help="Folder the pages and their sources.csv rows go to.")
@click.pass_obj
def fetch(obj: _Ctx, urls: tuple[str, ...], from_file: Path | None, into: Path) -> None:
    """Download news pages (URLS and --from FILE) into a folder of articles, once each.

    Each page is saved as HTML and its link added to the folder's sources.csv; its title,
    date and outlet are read from the page when the folder is built. A link fetched
    before is skipped. Example: geo fetch https://example.org/news/park.html --into articles
    """
    from .fetch import fetch_pages, read_url_list

    links = list(urls)
    if from_file is not None:
        try:
            links += read_url_list(from_file)
        except (OSError, UnicodeDecodeError) as err:
            raise click.UsageError(f"cannot read the links in {from_file}: {getattr(err, 'strerror', None) or err}")
    if not links:
        raise click.UsageError("give links to fetch: geo fetch URL... or geo fetch --from FILE")
    results = _run(fetch_pages, links, into, progress=obj.progress)
    for result in results:
        if result.problem:
            click.echo(f"geo: warning: {result.url}: {result.problem}", err=True)
    saved = sum(1 for r in results if r.file and not r.skipped)
    skipped = sum(1 for r in results if r.skipped)
    click.echo(f"Saved {saved} pages into {into} ({skipped} fetched before, "
               f"{sum(1 for r in results if r.problem)} failed).")
    if not saved and not skipped:
        raise SystemExit(1)


@main.command(name="eval")
@verbosity_options
@click.argument("gold", type=click.Path(path_type=Path))
@articles_option(required=True, help="Folder holding the articles the gold file names.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.pass_obj
def evaluate(obj: _Ctx, gold: Path, articles: Path, as_json: bool) -> None:
    """Score the extractor against GOLD (docs/gold-format.md).

    Example: geo eval tests/gold/seeds.json --articles seeds
    """
    from .evaluate import format_report, load_gold, predictions, score
    from .geocoders import FacilityGazetteer
    from .pipeline import extractions_from_folder

    gold_data = _run(load_gold, gold)
    extractions, _problems = _run(extractions_from_folder, articles)
    result = score(gold_data, predictions(extractions, _run(FacilityGazetteer).alias_index()))
    click.echo(json.dumps(result, indent=1) if as_json else format_report(result))


@main.command()
@verbosity_options
@click.argument("name")
@click.option("--kind", type=click.Choice(sorted(__import__("geo.kinds", fromlist=["KINDS"]).KINDS)),
              default="industrial_park", show_default=True, help="Kind of facility.")
@click.option("--province", default=None, help="Province the facility is in, e.g. 'Quang Ninh'.")
@click.option("--commune", default=None, help="Commune, to fall back to its centre.")
@click.option("--district", default=None, help="District, to fall back to its centre.")
def geocode(name: str, kind: str, province: str | None, commune: str | None, district: str | None) -> None:
    """Locate one facility NAME offline and print the answer with its provenance.

    Example: geo geocode "Dong Mai Industrial Park" --province "Quang Ninh"
    """
    from .geocode import Locator
    from .model import Entity
    from .names import name_key
    from .resolve import entity_id

    key = name_key(name, kind)
    entity = Entity(id=entity_id(kind, province, key), kind=kind, name=name, key=key, province=province,
                    commune=commune, district=district)
    placement = _run(Locator().locate, entity)
    if placement is None:
        raise click.ClickException(f"could not locate {name!r} ({kind}); give --province, --commune or --district")
    geom = placement.geometry
    where = f"{geom.y:.5f}, {geom.x:.5f}" if geom.geom_type == "Point" else f"line of {len(geom.coords)} waypoints"
    click.echo(f"{name}: {where}")
    click.echo(f"  precision: {placement.precision}\n  method: {placement.method}\n  source: {placement.source}")
    click.echo(f"  note: {placement.note}")
    if placement.in_province is False:
        click.echo(f"  warning: outside the {province} polygon")


@main.command()
@verbosity_options
@out_option("Output folder of a previous build.")
def validate(out: Path) -> None:
    """Check a build's layers: geometry, schema, sources, points inside their province.

    Exits 1 and lists the problems if there are any. Example: geo validate --out out
    """
    from .validate import validate_output

    problems = _run(validate_output, out)
    if problems:
        for problem in problems:
            click.echo(problem)
        raise click.ClickException(f"{len(problems)} problem(s) in {out}")
    click.echo(f"{out}: all layers valid")


if __name__ == "__main__":  # pragma: no cover
    main()
