"""Extraction throughput (issue 3): articles per second on one core.

Builds N articles by recombining real sentences of the seeds (deterministic shuffle),
then times ``extract_article`` over them. A benchmark, not a test: run it with
``make bench`` or ``.venv/bin/python bench/bench_extract.py [N]``. Target: >= 200
seed-sized articles per second on one core.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

from geo.articles import read_articles
from geo.extract import extract_article, sentence_spans
from geo.model import Article

ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int, seed: int = 7) -> list[Article]:
    articles, _ = read_articles(ROOT / "seeds")
    sentences = [a.text[s:e] for a in articles for s, e in sentence_spans(a.text)]
    size = round(statistics.mean(len(sentence_spans(a.text)) for a in articles))
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = "\n".join(rng.sample(sentences, min(size, len(sentences))))
        out.append(Article(file=f"bench_{i:05d}.txt", text=text, sha256=str(i)))
    return out


def main(n: int = 1000) -> None:
    articles = corpus(n)
    chars = sum(len(a.text) for a in articles)
    start, cpu_start = time.perf_counter(), time.process_time()
    mentions = 0
    for article in articles:
        mentions += len(extract_article(article).mentions)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    # CPU time is what one core spends; wall time also counts whatever else the machine runs.
    print(f"{n} articles ({chars / n:,.0f} chars each), {mentions} mentions: "
          f"{cpu:.2f} s CPU ({elapsed:.2f} s wall), {n / cpu:,.0f} articles per CPU-second on one core")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
