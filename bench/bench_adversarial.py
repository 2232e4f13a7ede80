"""Adversarial article shapes: every pattern must be linear in its input.

Each shape is a few hundred kilobytes of text built to make a backtracking pattern try
every position of a long run (spaces, a list, a name, a number). The bench reports the
CPU seconds per shape and fails (exit 1) when one takes more than ``--budget`` seconds
per 100 KB, a generous bound that linear code meets by orders of magnitude and quadratic
code misses by orders of magnitude. It is a benchmark, not a test: machines differ.

    .venv/bin/python bench/bench_adversarial.py [--size 100000] [--budget 2.0]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time

from geo.extract import extract_article
from geo.model import Article


def shapes(n: int) -> dict[str, str]:
    return {
        "name, spaces, head": "Dong Mai" + " " * n + "Industrial Park covers 100 ha.",
        "head, spaces, figure": "Dong Mai Industrial Park" + " " * n + "covers 100 ha.",
        "head, tabs and spaces, place": "Dong Mai Industrial Park" + " \t" * (n // 2) + "in Quang Ninh province",
        "capitalised words then a head": "Dong Mai " * (n // 9) + "Industrial Park",
        "comma list before a head": "A, " * (n // 3) + "and B industrial parks",
        "list after a head": "industrial parks such as " + "A, " * (n // 3) + "and B",
        "figured list": "industrial parks including " + "Dong Mai (12 ha), " * (n // 18) + "and B (3 ha)",
        "digits": "1" * n + " ha",
        "grouped number": "1," * (n // 2) + "000 ha",
        "dash route": "Ha Long - " * (n // 10) + "Mong Cai corridor",
        "location": "in " + "Dong Mai " * (n // 9) + "commune",
        "parentheses": "(" * (n // 2) + "100 ha",
        "one word": "The " + "x" * n + " Industrial Park",
        "no sentence end": "the park grew and " * (n // 18) + "covers 100 ha",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="characters per shape")
    parser.add_argument("--budget", type=float, default=2.0, help="CPU seconds allowed per 100 KB")
    args = parser.parse_args()
    worst = 0.0
    for label, text in shapes(args.size).items():
        article = Article(file="adversarial.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
        start = time.process_time()
        extract_article(article)
        seconds = time.process_time() - start
        per_100kb = seconds / (len(text) / 100_000)
        worst = max(worst, per_100kb)
        print(f"{label:34s} {len(text):>9,} chars  {seconds:7.3f} s CPU  ({per_100kb:.3f} s per 100 KB)")
    print(f"worst {worst:.3f} s per 100 KB (budget {args.budget})")
    return 0 if worst <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
