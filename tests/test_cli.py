"""The geo command line: exit codes, messages, and outputs read back as a GIS user would."""

from __future__ import annotations

import os

import json

import geopandas
import pytest

from geo.cli import main

from .conftest import GOLD, SEEDS


def test_build_writes_layers_geopackage_csv_and_map(built):
    for name in ("map.html", "geo.gpkg", "entities.csv", "layers/industrial_parks.geojson"):
        assert (built / name).exists(), name
    parks = geopandas.read_file(built / "layers" / "industrial_parks.geojson")
    dong_banh = parks.set_index("name").loc["Dong Banh Industrial Park"]
    assert dong_banh["area_ha"] == 162 and dong_banh["occupancy_pct"] == 60
    assert dong_banh["province"] == "Lang Son"


def test_build_prints_a_summary(runner, tmp_path):
    result = runner.invoke(main, ["-q", "build", "--seeds", str(SEEDS), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "Read 5 articles" in result.output
    assert "Found " in result.output and "industrial_park" in result.output
    assert "Map: " in result.output


def test_build_replaces_its_own_previous_output(runner, tmp_path):
    out = tmp_path / "o"
    for _ in range(2):
        result = runner.invoke(main, ["-q", "build", "--seeds", str(SEEDS), "--out", str(out), "--force"])
        assert result.exit_code == 0, result.output
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".o.")]  # no temporary folder left


def test_build_refuses_a_folder_that_is_not_a_geo_output(runner, tmp_path):
    out = tmp_path / "precious"
    out.mkdir()
    (out / "thesis.docx").write_text("do not delete")
    result = runner.invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 1
    assert "not a previous geo output" in result.output
    assert (out / "thesis.docx").read_text() == "do not delete"


def test_build_refuses_an_output_path_that_is_a_file(runner, tmp_path):
    out = tmp_path / "file.txt"
    out.write_text("x")
    result = runner.invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 1 and "is a file" in result.output


def test_build_with_a_missing_seeds_folder_says_so(runner, tmp_path):
    result = runner.invoke(main, ["build", "--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "does not exist" in result.output
    assert "Traceback" not in result.output


def test_a_failed_build_keeps_the_previous_output(runner, tmp_path):
    out = tmp_path / "o"
    assert runner.invoke(main, ["-q", "build", "--seeds", str(SEEDS), "--out", str(out)]).exit_code == 0
    before = (out / "map.html").read_bytes()
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(main, ["build", "--seeds", str(empty), "--out", str(out)])
    assert result.exit_code == 1 and "holds no article" in result.output
    assert (out / "map.html").read_bytes() == before


def test_extract_json_follows_the_gold_format(runner):
    result = runner.invoke(main, ["-q", "extract", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["version"] == 1
    assert [a["file"] for a in data["articles"]] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for article in data["articles"]:
        for entity in article["entities"]:
            assert set(entity) >= {"name", "kind", "province", "facts"}


def test_eval_prints_scores(runner):
    result = runner.invoke(main, ["eval", str(GOLD / "seeds.json"), "--articles", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) >= {"entities", "facts", "missed", "spurious"}
    assert set(scores["entities"]) >= {"precision", "recall", "f1", "by_kind"}


@pytest.mark.parametrize("content, message", [("{not json", "not valid JSON"), ('{"version": 1}', "no 'articles'"),
                                               ('{"articles": [{"file": "a.txt", "entities": [{"name": "X", "kind": "castle"}]}]}',
                                                "valid kinds")])
def test_eval_rejects_a_malformed_gold_file(runner, tmp_path, content, message):
    gold = tmp_path / "gold.json"
    gold.write_text(content)
    result = runner.invoke(main, ["eval", str(gold), "--articles", str(SEEDS)])
    assert result.exit_code == 1
    assert message in result.output


def test_geocode_prints_the_answer_and_its_provenance(runner):
    result = runner.invoke(main, ["geocode", "Van Don International Airport", "--kind", "airport",
                                  "--province", "Quang Ninh"])
    assert result.exit_code == 0, result.output
    assert "precision: site" in result.output and "source:" in result.output


def test_geocode_falls_back_to_the_province(runner):
    result = runner.invoke(main, ["geocode", "Nowhere Known Industrial Park", "--province", "Lang Son"])
    assert result.exit_code == 0, result.output
    assert "precision: province" in result.output


def test_validate_passes_on_a_fresh_build(runner, built):
    result = runner.invoke(main, ["validate", "--out", str(built)])
    assert result.exit_code == 0, result.output
    assert "all layers valid" in result.output


def test_validate_lists_a_point_moved_out_of_its_province(runner, built, tmp_path):
    import json
    import shutil

    out = tmp_path / "out"
    shutil.copytree(built, out)
    path = out / "layers" / "border_gates.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    moved = data["features"][0]
    moved["geometry"]["coordinates"] = [105.85, 21.03]  # Hanoi, far from Quang Ninh
    path.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(main, ["validate", "--out", str(out)])
    assert result.exit_code == 1
    assert f"border_gates.geojson: {moved['id']}: outside its province (Quang Ninh)" in result.output
    assert "1 problem(s)" in result.output


@pytest.mark.parametrize("command", [[], ["build"], ["extract"], ["eval"], ["geocode"], ["validate"]])
def test_every_command_explains_itself_with_an_example(runner, command):
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_an_unknown_kind_is_a_usage_error(runner):
    result = runner.invoke(main, ["geocode", "X", "--kind", "castle"])
    assert result.exit_code == 2


def test_an_output_folder_that_cannot_be_written_is_one_line_and_exit_1(runner):
    # /sys refuses new entries even to root, so this holds on every Linux machine.
    result = runner.invoke(main, ["build", "--seeds", str(SEEDS), "--out", "/sys/geo-out"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip().startswith("Error: cannot write next to /sys/geo-out")


def test_the_output_folder_is_readable_by_others(runner, tmp_path):
    import stat

    out = tmp_path / "o"
    previous = os.umask(0o022)  # the usual umask: others may read
    try:
        assert runner.invoke(main, ["-q", "build", "--seeds", str(SEEDS), "--out", str(out)]).exit_code == 0
    finally:
        os.umask(previous)
    assert out.stat().st_mode & stat.S_IROTH and out.stat().st_mode & stat.S_IXOTH


def test_a_folder_where_no_article_can_be_read_is_an_error_and_the_last_build_stays(tmp_path):
    from click.testing import CliRunner

    from geo.cli import main

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Dong Mai Industrial Park covers 100 ha.", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["-q", "build", "--seeds", str(folder), "--out", str(out)]).exit_code == 0
    before = (out / "map.html").read_bytes()
    (folder / "a.txt").write_bytes(b"\x00\x01\x02" * 10)  # no longer text
    result = CliRunner().invoke(main, ["-q", "build", "--seeds", str(folder), "--out", str(out)])
    assert result.exit_code == 1 and "no article" in result.output and "Traceback" not in result.output
    assert (out / "map.html").read_bytes() == before


@pytest.mark.parametrize("args", [["-q", "build"], ["build", "-q"]])
def test_quiet_works_before_or_after_the_command_results_on_stdout_progress_silenced(tmp_path, args):
    from click.testing import CliRunner

    from geo.cli import main

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Dong Mai Industrial Park covers 100 ha.", encoding="utf-8")
    result = CliRunner().invoke(main, [*args, "--seeds", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Map:" in result.stdout and result.stderr == ""


def test_progress_goes_to_stderr_and_results_to_stdout(tmp_path):
    from click.testing import CliRunner

    from geo.cli import main

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Dong Mai Industrial Park covers 100 ha.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--seeds", str(folder), "--out", str(tmp_path / "out")])
    assert "Map:" in result.stdout and "Map:" not in result.stderr
    assert "geo:" in result.stderr and "geo:" not in result.stdout


def test_articles_is_the_articles_option_of_every_command_and_seeds_its_old_name(runner, tmp_path):
    new = runner.invoke(main, ["-q", "extract", "--articles", str(SEEDS), "--json"])
    positional = runner.invoke(main, ["-q", "extract", str(SEEDS), "--json"])
    assert new.exit_code == positional.exit_code == 0 and new.output == positional.output
    old = runner.invoke(main, ["-q", "eval", "tests/gold/seeds.json", "--seeds", str(SEEDS), "--json"])
    assert old.exit_code == 0 and '"f1": 1.0' in old.output
    missing = runner.invoke(main, ["extract"])
    assert missing.exit_code == 2 and "geo extract --articles FOLDER" in missing.output
