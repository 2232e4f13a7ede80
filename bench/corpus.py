"""A synthetic corpus for the scale benchmark (issue 8), made from the seeds' real sentences.

The seed articles are split into sentences. An article is a run of paragraphs, each a
few consecutive seed sentences (so "The industrial park ..." still follows the park it
refers to), until it is about as long as a seed article. In every sentence:

- the seeds' facility place names ("Dong Mai", "Vân Đồn", "Texhong Hai Ha", ...) become
  generated Vietnamese-style two-syllable names ("Phú Thạnh", "Tan Hoa"), the same
  seed name getting the same generated name throughout one article; about a third of
  the articles are written with diacritics, the rest without;
- the province the seed names ("Quang Ninh", "Lang Son") becomes the article's province,
  one of the 63 in data/boundaries/provinces.geojson (``name_ascii``);
- areas (ha), percentages and money (VND/USD) get random values.

Everything is drawn from ``random.Random(seed)``: the same (n, seed) gives the same files, as long
as seeds/ and the gazetteer (whose names generated names avoid) are unchanged.

Ground truth: a generated name directly followed by a facility head noun ("... Industrial
Park", "... Coastal Economic Zone", "... Border Gate", "... Airport", "... Port") is a
facility the article names. Their distinct (kind, province, folded name) triples are the
facilities a perfect extractor would find; :class:`Corpus` lists them, with the article
each first appears in.

This module does not import ``geo``: the corpus and its ground truth do not depend on the
code being measured.

    python bench/corpus.py 100 /tmp/corpus100       # write 100 articles + sources.csv + truth.json
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PROVINCES = ROOT / "data" / "boundaries" / "provinces.geojson"
GAZETTEER = ROOT / "data" / "gazetteer" / "facilities.csv"

#: Syllables of Vietnamese place names, with their diacritics (folded for the ASCII spelling).
SYLLABLES = (
    "An Bình Bảo Cát Châu Chí Đại Điền Định Đông Đức Gia Giang Hà Hải Hậu Hiệp Hòa Hồng Hưng "
    "Hương Khánh Kim Lạc Lâm Liên Linh Lộc Long Lợi Mỹ Nam Nghĩa Ngọc Nhân Phát Phong Phú Phúc "
    "Phước Quế Sơn Tân Tây Thạch Thái Thanh Thành Thạnh Thịnh Thuận Thủy Tiến Trà Trung Trường "
    "Tường Vạn Văn Việt Vĩnh Xuân Yên"
).split()

#: The place names of the seeds' facilities, as the seeds spell them (longest first when
#: replaced). "Northern Vân Đồn Airport" and "Texhong Hai Ha" are replaced whole.
SEED_FACILITY_NAMES = (
    "Northern Vân Đồn Airport", "Texhong Hai Ha", "Eastern Dam Ha B", "Hoanh Mo - Dong Van",
    "Bac Phong Sinh", "Bac Tien Phong", "Nam Tien Phong",
    "Đông Mai", "Dong Mai", "Đông Triều", "Hải Hà", "Hai Ha", "Vân Đồn", "Van Don",
    "Quảng Yên", "Quang Yen", "Song Khoai", "Viet Hung", "Cai Lan", "Hai Yen", "Nam Son",
    "Yen Than", "Quang Duc", "Quang Thanh", "Bach Dang", "Dong Banh", "Huu Lung", "Hong Phong",
    "Mong Cai", "Hoanh Mo", "Co To", "Ao Tien", "Dong Dang",
)

#: The provinces the seeds are about; each becomes the article's province.
SEED_PROVINCES = ("Quảng Ninh", "Quang Ninh", "Lạng Sơn", "Lang Son")

#: Head nouns after a name, longest first, and the kind they make.
HEADS = (
    ("border gate economic zone", "economic_zone"), ("border-gate economic zone", "economic_zone"),
    ("coastal economic zone", "economic_zone"), ("special economic zone", "economic_zone"),
    ("economic zone", "economic_zone"),
    ("industrial park", "industrial_park"), ("industrial zone", "industrial_park"),
    ("industrial cluster", "industrial_cluster"),
    ("international border gate", "border_gate"), ("border gate", "border_gate"),
    ("international airport", "airport"), ("airport", "airport"),
    ("high-class port", "seaport"), ("international port", "seaport"), ("seaport", "seaport"),
    ("port", "seaport"),
)
_HEAD_RE = re.compile(r"\s+(" + "|".join(re.escape(h) for h, _ in HEADS) + r")\b", re.IGNORECASE)
_KIND_OF_HEAD = dict(HEADS)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-ZÀ-ỸĐ0-9])")
_ABBREV = re.compile(r"\b(?:No|Mr|Mrs|Ms|Dr|St|Co|Ltd|Corp|Inc|vs|approx)\.$")
_AREA = re.compile(r"\b\d{1,3}(?:,\d{3})*(?:\.\d+)?(?=(?:\s*-\s*|\s+)(?:hectares?|ha)\b)")
_PERCENT = re.compile(r"\b\d{1,3}(?:\.\d+)?(?=\s*(?:%|per cent|percent)(?!\w))")
_MONEY = re.compile(r"\b\d{1,3}(?:,\d{3})*(?:\.\d+)?(?=\s+(trillion|billion|million)\s+(VND|USD|dong)\b)")


def fold(text: str) -> str:
    """ASCII spelling of Vietnamese text: "Đông Triều" -> "Dong Trieu"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _compact(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text).lower())


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``: a newline always ends one; "No. 2" does not."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        parts = _SENTENCE_END.split(line)
        merged: list[str] = []
        for part in parts:
            if merged and _ABBREV.search(merged[-1]):
                merged[-1] += " " + part
            else:
                merged.append(part)
        out.extend(p.strip() for p in merged if p.strip())
    return out


def _usable(sentence: str) -> bool:
    """Body sentences only: no source lines, bylines, dates or page furniture."""
    return len(sentence) >= 40 and "http" not in sentence and not sentence.startswith("Source:")


@dataclass
class Seeds:
    """The seed articles as paragraphs of usable sentences, and their titles and sizes."""

    paragraphs: list[list[str]]
    titles: list[str]
    sizes: list[int]

    @classmethod
    def load(cls, folder: Path = SEEDS) -> Seeds:
        paragraphs, sizes = [], []
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            sizes.append(len(text))
            for line in text.splitlines():
                sentences = [s for s in split_sentences(line) if _usable(s)]
                if sentences:
                    paragraphs.append(sentences)
        titles = []
        sources = folder / "sources.csv"
        if sources.exists():
            with sources.open(newline="", encoding="utf-8") as handle:
                titles = [row["title"] for row in csv.DictReader(handle) if row.get("title")]
        return cls(paragraphs, titles or ["Industrial development"], sizes)


def _excluded_names() -> set[str]:
    """Compact ASCII forms a generated name must not take: provinces (a name would then
    count as the province) and every word pair of the gazetteer and the seeds' names."""
    out = set()
    provinces = json.loads(PROVINCES.read_text(encoding="utf-8"))["features"]
    out |= {_compact(f["properties"]["name_ascii"]) for f in provinces}
    words = re.findall(r"[^\W\d_]+", fold(GAZETTEER.read_text(encoding="utf-8")) + " "
                       + fold(" ".join(SEED_FACILITY_NAMES)))
    out |= {(a + b).lower() for a, b in zip(words, words[1:])}
    return out


def province_names() -> list[str]:
    return sorted(f["properties"]["name_ascii"]
                  for f in json.loads(PROVINCES.read_text(encoding="utf-8"))["features"])


@dataclass
class Corpus:
    """What :func:`generate` wrote: file names, and the ground truth."""

    folder: Path
    files: list[str]
    chars: int
    #: (kind, province, folded lower-case name) -> the first file that names it.
    facilities: dict[tuple[str, str, str], str] = field(default_factory=dict)
    #: file -> [(kind, generated name as written)] directly followed by a head noun.
    truth_by_file: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: file -> the province it is about.
    province_by_file: dict[str, str] = field(default_factory=dict)
    #: every distinct generated name (folded), facility or not.
    names: set[str] = field(default_factory=set)

    def to_json(self) -> dict:
        return {
            "articles": len(self.files),
            "chars": self.chars,
            "distinct_generated_names": len(self.names),
            "distinct_facilities": len(self.facilities),
            "facilities": [{"kind": k, "province": p, "name": n, "first_file": f}
                           for (k, p, n), f in sorted(self.facilities.items())],
        }


class _Generator:
    def __init__(self, seed: int, pool: int | None = None):
        self.rng = random.Random(seed)
        #: With a pool, each province has ``pool`` place names and its articles draw from them,
        #: as news keeps naming the same parks; without, every article names new places.
        self.pool = pool
        self.pools: dict[str, list[str]] = {}
        self.seeds = Seeds.load()
        self.provinces = province_names()
        self.excluded = _excluded_names()
        names = sorted(SEED_FACILITY_NAMES, key=len, reverse=True)
        self.seed_name_re = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")
        self.province_re = re.compile(r"\b(" + "|".join(re.escape(n) for n in SEED_PROVINCES) + r")\b")
        # Paragraphs that name a seed province: an article opens with one, so it names its province.
        self.leads = [i for i, p in enumerate(self.seeds.paragraphs)
                      if any(self.province_re.search(s) for s in p)]

    def name(self, taken: set[str], province: str | None = None) -> str:
        if self.pool and province is not None:
            if province not in self.pools:
                names: set[str] = set()
                self.pools[province] = [self._fresh(names) for _ in range(self.pool)]
            free = [n for n in self.pools[province] if _compact(n) not in taken]
            if free:
                return self.rng.choice(free)
        return self._fresh(taken)

    def _fresh(self, taken: set[str]) -> str:
        while True:
            a, b = self.rng.sample(SYLLABLES, 2)
            name = f"{a} {b}"
            compact = _compact(name)
            if fold(a) != fold(b) and compact not in self.excluded and compact not in taken:
                taken.add(compact)
                return name

    def area(self) -> str:
        value = self.rng.choice((self.rng.uniform(5, 120), self.rng.uniform(100, 1500), self.rng.uniform(1000, 30000)))
        return f"{value:,.{self.rng.choice((0, 0, 1, 2))}f}"

    def percent(self) -> str:
        return str(self.rng.randint(5, 99)) if self.rng.random() < 0.7 else f"{self.rng.uniform(5, 99):.1f}"

    def money(self, scale: str, unit: str) -> str:
        rng = self.rng
        if unit == "USD" and scale != "million":  # billions of USD: a few, not thousands
            return f"{rng.uniform(0.1, 9.9):.1f}"
        if scale == "trillion":
            return rng.choice((f"{rng.randint(1, 300)}", f"{rng.uniform(1, 99):.1f}"))
        return rng.choice((f"{rng.randint(2, 999):,}", f"{rng.uniform(1, 99):.1f}", f"{rng.randint(1000, 90000):,}"))

    def article(self) -> tuple[str, str, list[str], list[tuple[str, str]]]:
        """(text, province, the names it generated, [(kind, name) of its facilities])."""
        rng = self.rng
        province = rng.choice(self.provinces)
        diacritics = rng.random() < 1 / 3
        target = rng.choice(self.seeds.sizes) * rng.uniform(0.8, 1.2)
        mapping: dict[str, str] = {}  # folded seed name -> generated name (one article)
        taken: set[str] = set()

        def generated(match: re.Match) -> str:
            key = fold(match.group(1))
            if key not in mapping:
                name = self.name(taken, province)
                taken.add(_compact(name))
                mapping[key] = name if diacritics else fold(name)
            return mapping[key]

        def rewrite(sentence: str) -> str:
            s = self.province_re.sub(province, sentence)
            s = self.seed_name_re.sub(generated, s)
            s = _AREA.sub(lambda m: self.area(), s)
            s = _PERCENT.sub(lambda m: self.percent(), s)
            return _MONEY.sub(lambda m: self.money(m.group(1), m.group(2)), s)

        lines = [f"{rng.choice(self.seeds.titles)} in {province}"]
        size = len(lines[0])
        first = True
        while size < target:
            paragraph = self.seeds.paragraphs[rng.choice(self.leads) if first else rng.randrange(len(self.seeds.paragraphs))]
            first = False
            length = rng.randint(1, min(5, len(paragraph)))
            start = rng.randrange(len(paragraph) - length + 1)
            line = " ".join(rewrite(s) for s in paragraph[start:start + length])
            lines.append(line)
            size += len(line) + 1
        text = "\n".join(lines) + "\n"

        truth = []
        for name in mapping.values():
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
                head = _HEAD_RE.match(text, m.end())
                if head:
                    truth.append((_KIND_OF_HEAD[head.group(1).lower()], name))
        return text, province, list(mapping.values()), sorted(set(truth))


def generate(n: int, folder: Path, seed: int = 8, pool: int | None = None) -> Corpus:
    """Write ``n`` articles (and a sources.csv) into ``folder``; return the ground truth.

    ``pool``: place names per province that articles draw from (None: every article new ones).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    gen = _Generator(seed, pool)
    corpus = Corpus(folder, [], 0)
    rows = []
    for i in range(n):
        text, province, names, truth = gen.article()
        file = f"synthetic_{i:05d}.txt"
        (folder / file).write_text(text, encoding="utf-8")
        corpus.files.append(file)
        corpus.chars += len(text)
        corpus.truth_by_file[file] = truth
        corpus.province_by_file[file] = province
        for kind, name in truth:
            corpus.facilities.setdefault((kind, province, fold(name).lower()), file)
        corpus.names |= {fold(name).lower() for name in names}
        rows.append({
            "file": file,
            "title": text.split("\n", 1)[0],
            "publisher": "synthetic (bench/corpus.py)",
            "url": "",
            "published": f"{gen.rng.randint(2018, 2025)}-{gen.rng.randint(1, 12):02d}-{gen.rng.randint(1, 28):02d}",
            "date_basis": f"generated, seed {seed}",
            "language": "en",
        })
    with (folder / "sources.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["file"])
        writer.writeheader()
        writer.writerows(rows)
    return corpus


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("corpus")
    result = generate(count, out)
    (out / "truth.json").write_text(json.dumps(result.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{count} articles ({result.chars / max(count, 1):,.0f} chars each) in {out}; "
          f"{len(result.names)} generated names, {len(result.facilities)} distinct facilities")
