"""Near-duplicate detection at scale: is finding wire copies sub-quadratic?

Run: PYTHONPATH=. python benchmarks/bench_independence.py [--sizes 10000 30000 100000]

Generates documents of ~300 words drawn from a Zipf-like vocabulary of 30,000 words, in
paragraphs, with numbers; one in ten is a reprint of an earlier document (a wire copy):
paragraphs dropped, an own paragraph added, its figures edited. Then times
`CopyFinder.passages` and reports, per size, seconds, microseconds a document, the ratio to
the previous size (linear: the size ratio; quadratic: its square), and the recall and
precision of the planted copies (pairs sharing 30 words or more, `copy_pairs`). With
`datasketch` installed it also times document-level MinHash LSH on the smallest size for
comparison (pip install datasketch).
"""

from __future__ import annotations

import argparse
import itertools
import random
import time

from claimrecon.independence import CopyFinder, copy_pairs
from claimrecon.models import Document


def vocabulary(size: int, rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choices(letters, k=rng.randint(3, 9))))
    return sorted(words)


def corpus(n: int, seed: int = 7) -> tuple[list[Document], set[tuple[str, str]]]:
    rng = random.Random(seed)
    vocab = vocabulary(30_000, rng)
    weights = list(itertools.accumulate(1 / (i + 1) for i in range(len(vocab))))
    docs: list[Document] = []
    planted: set[tuple[str, str]] = set()
    paragraphs_of: list[list[str]] = []
    for i in range(n):
        doc_id = f"d{i:06d}"
        if i > 10 and rng.random() < 0.1:
            source = rng.randrange(len(paragraphs_of))
            paras = [p for p in paragraphs_of[source] if rng.random() > 0.2] or paragraphs_of[
                source
            ][:1]
            paras = [p.replace(" 40 ", f" {rng.randint(41, 60)} ") for p in paras]
            paras.append(" ".join(rng.choices(vocab, cum_weights=weights, k=40)) + ".")
            a, b = sorted((f"d{source:06d}", doc_id))
            planted.add((a, b))
        else:
            paras = []
            for _ in range(rng.randint(4, 7)):
                words = rng.choices(vocab, cum_weights=weights, k=rng.randint(35, 60))
                words.insert(rng.randrange(len(words)), "40")
                paras.append(" ".join(words) + ".")
        paragraphs_of.append(paras)
        docs.append(Document(id=doc_id, text="\n\n".join(paras)))
    return docs, planted


def measure(n: int) -> float:
    docs, planted = corpus(n)
    start = time.perf_counter()
    passages = CopyFinder().passages(docs)
    seconds = time.perf_counter() - start
    found = set(copy_pairs(passages))
    # Copies of one source are copies of one another too: count those as right.
    sources: dict[str, str] = {}
    for a, b in sorted(planted, key=lambda p: p[1]):
        sources[b] = sources.get(a, a)

    def root(d: str) -> str:
        return sources.get(d, d)

    right = {p for p in found if root(p[0]) == root(p[1])}
    recall = len(planted & found) / len(planted) if planted else 1.0
    precision = len(right) / len(found) if found else 1.0
    print(
        f"{n:>7} docs: {seconds:7.1f} s, {seconds / n * 1e6:6.0f} us a doc, "
        f"{len(planted)} planted copies, recall {recall:.3f}, precision {precision:.3f}"
    )
    return seconds


def minhash_lsh(n: int) -> None:
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        print("datasketch not installed: no MinHash LSH comparison")
        return
    docs, planted = corpus(n)
    finder = CopyFinder()
    start = time.perf_counter()
    lsh = MinHashLSH(threshold=0.3, num_perm=128)
    pairs: set[tuple[str, str]] = set()
    for d in docs:
        m = MinHash(num_perm=128)
        m.update_batch([str(h).encode() for h in finder.shingles(d.text).hashes])
        for other in lsh.query(m):
            pairs.add((other, d.id))
        lsh.insert(d.id, m)
    seconds = time.perf_counter() - start
    recall = len(planted & pairs) / len(planted)
    print(
        f"{n:>7} docs: datasketch MinHashLSH (document level, threshold 0.3) {seconds:.1f} s, "
        f"recall {recall:.3f}, {len(pairs)} pairs"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    args = parser.parse_args()
    previous: tuple[int, float] | None = None
    for n in args.sizes:
        seconds = measure(n)
        if previous:
            size_ratio, time_ratio = n / previous[0], seconds / previous[1]
            print(
                f"          size x{size_ratio:.1f}: time x{time_ratio:.1f} "
                f"(linear x{size_ratio:.1f}, quadratic x{size_ratio**2:.1f})"
            )
        previous = (n, seconds)
    minhash_lsh(args.sizes[0])


if __name__ == "__main__":
    main()
