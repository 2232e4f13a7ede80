"""Score extraction against a gold file (docs/gold-format.md), and write predictions
in the same format.

Matching follows the spec exactly: same article, kind equal (or the predicted kind in
the gold entity's ``kind_alt``), and equal name keys (names.name_key) over the name
and every alias; one-to-one, a second prediction of one facility is spurious.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from .attributes import SCORED_ATTRIBUTES
from .boundaries import province_named
from .errors import GoldError
from .kinds import KINDS
from .model import ArticleExtraction
from .names import name_key, simplify
from .resolve import AliasIndex, ArticleEntity, article_entities


def _json_number(value: object) -> object:
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def entity_record(entity: ArticleEntity) -> dict:
    """One entity in the gold format."""
    facts = {k: _json_number(v) for k, v in sorted(entity.values().items())}
    record = {"name": entity.name, "kind": entity.kind}
    aliases = list(entity.names[1:])
    for name in entity.names:
        # "Industrial Cluster No. 2 in Hop Thanh commune" is also "Industrial Cluster No. 2".
        short = re.sub(r"\s+in\s+\S.*\b(?:commune|ward|town|district)$", "", name)
        if short != name and short not in aliases:
            aliases.append(short)
    if aliases:
        record["aliases"] = aliases
    record["province"] = entity.province
    record["facts"] = facts
    return record


def predictions(extractions: list[ArticleExtraction], aliases: AliasIndex | None = None) -> dict:
    """The extractor's output in the gold format (what ``geo extract --json`` prints)."""
    return {
        "version": 1,
        "articles": [
            {
                "file": ex.article.file,
                "entities": [entity_record(e) for e in article_entities(ex, aliases)],
            }
            for ex in extractions
        ],
    }


def load_gold(path: Path) -> dict:
    """Read and check a gold file; raise :class:`GoldError` naming what is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise GoldError(f"gold file {path} does not exist") from err
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GoldError(f"gold file {path} is not valid JSON: {err}") from err
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise GoldError(f"gold file {path} has no 'articles' list (see docs/gold-format.md)")
    for i, article in enumerate(data["articles"]):
        if not isinstance(article, dict) or not isinstance(article.get("file"), str):
            raise GoldError(f"gold file {path}: article #{i} has no 'file'")
        entities = article.get("entities", [])
        if not isinstance(entities, list):
            raise GoldError(f"gold file {path}: {article['file']} has 'entities' that is not a list")
        for j, entity in enumerate(entities):
            if not isinstance(entity, dict) or not isinstance(entity.get("name"), str) or not entity["name"]:
                raise GoldError(f"gold file {path}: {article['file']} entity #{j} has no 'name'")
            where = f"gold file {path}: {article['file']} entity {entity['name']!r}"
            if entity.get("kind") not in KINDS:
                raise GoldError(f"{where} has kind {entity.get('kind')!r}; valid kinds: {', '.join(KINDS)}")
            aliases = entity.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise GoldError(f"{where}: 'aliases' must be a list of names")
            kind_alt = entity.get("kind_alt", [])
            if not isinstance(kind_alt, list) or any(k not in KINDS for k in kind_alt):
                raise GoldError(f"{where}: 'kind_alt' must be a list of kinds ({', '.join(KINDS)})")
            facts = entity.get("facts", {})
            if not isinstance(facts, dict):
                raise GoldError(f"{where}: 'facts' must be an object")
            for name in SCORED_ATTRIBUTES:
                value = facts.get(name)
                if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
                    raise GoldError(f"{where}: {name} must be a number, not {value!r}")
    return data


def _keys(entity: dict, kind: str) -> set[str]:
    names = [entity["name"], *entity.get("aliases", [])]
    return {k for k in (name_key(n, kind) for n in names) if k}


def _matches(gold: dict, pred: dict) -> bool:
    kinds = {gold["kind"], *gold.get("kind_alt", [])}
    if pred["kind"] not in kinds:
        return False
    return bool(_keys(gold, pred["kind"]) & _keys(pred, pred["kind"]))


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score(gold: dict, predicted: dict) -> dict:
    """Compare a prediction file with a gold file (both in the gold format)."""
    pred_by_file = {a["file"]: a.get("entities", []) for a in predicted["articles"]}
    counts = defaultdict(lambda: [0, 0, 0])  # kind -> tp, fp, fn
    facts = {k: {"correct": 0, "total": 0} for k in SCORED_ATTRIBUTES}
    provinces = {"correct": 0, "total": 0}
    missed, spurious, wrong_facts, wrong_provinces = [], [], [], []
    for article in gold["articles"]:
        preds = list(pred_by_file.get(article["file"], []))
        used = [False] * len(preds)
        for g in article.get("entities", []):
            match = next((i for i, p in enumerate(preds) if not used[i] and _matches(g, p)), None)
            if match is None:
                counts[g["kind"]][2] += 1
                missed.append({"file": article["file"], "name": g["name"], "kind": g["kind"]})
                for attr in SCORED_ATTRIBUTES:
                    if attr in g.get("facts", {}):
                        facts[attr]["total"] += 1
                continue
            used[match] = True
            counts[g["kind"]][0] += 1
            if g.get("province"):
                provinces["total"] += 1
                # A route through several provinces is right in any of those its gold lists ("Hanoi, Hung Yen").
                wanted = {_province_key(p) for p in g["province"].split(",")}
                if _province_key(preds[match].get("province") or "") in wanted:
                    provinces["correct"] += 1
                else:
                    wrong_provinces.append({"file": article["file"], "name": g["name"], "gold": g["province"],
                                            "predicted": preds[match].get("province")})
            for attr in SCORED_ATTRIBUTES:
                if attr not in g.get("facts", {}):
                    continue
                facts[attr]["total"] += 1
                want, got = g["facts"][attr], preds[match].get("facts", {}).get(attr)
                if isinstance(got, (int, float)) and abs(got - want) <= 0.01 * abs(want):
                    facts[attr]["correct"] += 1
                else:
                    wrong_facts.append({"file": article["file"], "name": g["name"], "attribute": attr,
                                        "gold": want, "predicted": got})
        for i, p in enumerate(preds):
            if not used[i]:
                counts[p["kind"]][1] += 1
                spurious.append({"file": article["file"], "name": p["name"], "kind": p["kind"]})
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    result = {
        "entities": {**_prf(tp, fp, fn), "by_kind": {k: _prf(*counts[k]) for k in sorted(counts)}},
        "facts": facts,
        "province": provinces,
        "missed": missed,
        "spurious": spurious,
        "wrong_facts": wrong_facts,
        "wrong_provinces": wrong_provinces,
    }
    return result


_PROVINCE_WORD = re.compile(r"\s+(?:city|province)$", re.IGNORECASE)


def _province_key(name: str) -> str:
    """One spelling of a province ("Hanoi", "Ha Noi", "Ba Ria-Vung Tau"); other places simplified."""
    return province_named(name) or province_named(_PROVINCE_WORD.sub("", name)) or simplify(name)


def format_report(result: dict) -> str:
    """The scores as a short human-readable table."""
    e = result["entities"]
    lines = [
        f"entities  P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}  "
        f"(tp {e['tp']}, fp {e['fp']}, fn {e['fn']})",
    ]
    for kind, k in e["by_kind"].items():
        lines.append(f"  {kind:<19} P {k['precision']:.3f}  R {k['recall']:.3f}  F1 {k['f1']:.3f}")
    for attr, f in result["facts"].items():
        share = f["correct"] / f["total"] if f["total"] else 1.0
        lines.append(f"facts {attr:<14} {f['correct']}/{f['total']} right ({share:.0%})")
    p = result.get("province", {"correct": 0, "total": 0})
    if p["total"]:
        lines.append(f"province {'':<14} {p['correct']}/{p['total']} right ({p['correct'] / p['total']:.0%})")
    for m in result["missed"]:
        lines.append(f"missed    {m['file']}: {m['name']} ({m['kind']})")
    for s in result["spurious"]:
        lines.append(f"spurious  {s['file']}: {s['name']} ({s['kind']})")
    for w in result["wrong_facts"]:
        lines.append(f"wrong     {w['file']}: {w['name']} {w['attribute']} gold {w['gold']} got {w['predicted']}")
    for w in result.get("wrong_provinces", []):
        lines.append(f"province  {w['file']}: {w['name']} gold {w['gold']} got {w['predicted']}")
    return "\n".join(lines)
