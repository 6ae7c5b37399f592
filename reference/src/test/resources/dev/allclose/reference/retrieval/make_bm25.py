"""Writes bm25-<name>.npz, the NumPy oracle of Bm25Test, independently of the Java reference.

rank_bm25 is not installed, so its BM25Okapi formulas are written out here with the contract's
idf, ln(1 + (N - n_t + 0.5) / (n_t + 0.5)) (Lucene's variant; BM25Okapi uses the idf without
the 1 + and floors negative values at an epsilon). The corpus becomes a (N, V) term-frequency
matrix over the sorted vocabulary, and a query is a count vector over that vocabulary, so a term
repeated r times weighs r times and a term outside the vocabulary weighs nothing:

    score = (tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / avgdl))) @ (idf * query_counts)

top_n is np.lexsort on (index, -score), a stable order with ties to the lower index.

Each file holds corpus ((N, L) str, rows padded with ""), query ((Q,) str), k1, b, n (0-d) and
out_0 (scores, (N,)), out_1 (top indices, int64). The "hand" case is also checked against numbers
worked out by hand below. Run: python3 make_bm25.py (NumPy 2.x).
"""
import math

import numpy as np


def bm25(corpus, query, k1, b, n):
    vocab = sorted({t for doc in corpus for t in doc})
    col = {t: j for j, t in enumerate(vocab)}
    tf = np.zeros((len(corpus), len(vocab)))
    for d, doc in enumerate(corpus):
        for t in doc:
            tf[d, col[t]] += 1
    lengths = tf.sum(axis=1)
    avgdl = lengths.mean()
    q = np.zeros(len(vocab))
    for t in query:
        if t in col:
            q[col[t]] += 1
    if avgdl == 0:
        scores = np.zeros(len(corpus))
    else:
        df = (tf > 0).sum(axis=0)
        idf = np.log1p((len(corpus) - df + 0.5) / (df + 0.5))
        denom = tf + k1 * (1 - b + b * lengths[:, None] / avgdl)   # 0 where b = 1, |D| = 0, f = 0
        sat = np.divide(tf * (k1 + 1), denom, out=np.zeros_like(tf), where=tf > 0)
        scores = sat @ (idf * q)
    order = np.lexsort((np.arange(len(corpus)), -scores))
    return scores, order[:n]


def padded(corpus):
    width = max([len(d) for d in corpus] + [0])
    return np.array([d + [""] * (width - len(d)) for d in corpus], dtype=str).reshape(len(corpus), width)


def hand_case():
    corpus = [["a", "b", "a"], ["b", "c"], ["c"], ["a"]]
    # N = 4, avgdl = 7/4; n_a = 2, n_b = 2, n_c = 2: idf = ln(1 + 2.5/2.5) = ln 2 for each term.
    # Query ["a", "a"]: doc 0 has f = 2, |D| = 3: 2 * ln2 * 2 * 2.2 / (2 + 1.2 * (0.25 + 0.75 * 12/7))
    # doc 3 has f = 1, |D| = 1: 2 * ln2 * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 4/7)); docs 1, 2 score 0.
    s0 = 2 * math.log(2) * 2 * 2.2 / (2 + 1.2 * (0.25 + 0.75 * 12 / 7))
    s3 = 2 * math.log(2) * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 4 / 7))
    # s3 > s0: the one-token document beats the longer one with twice the count (1.681 vs 1.587).
    return corpus, ["a", "a"], 1.2, 0.75, 3, np.array([s0, 0.0, 0.0, s3]), [3, 0, 1]


def cases(rng):
    vocab = [f"w{i}" for i in range(30)]
    weights = 1.0 / np.arange(1, 31)
    weights /= weights.sum()

    def corpus(n_docs, max_len):
        return [list(rng.choice(vocab, size=rng.integers(0, max_len + 1), p=weights)) for _ in range(n_docs)]

    random = corpus(40, 25)
    common = [["the"] + doc if i % 5 else doc for i, doc in enumerate(corpus(20, 10))]  # "the" in 80%
    twins = corpus(6, 8)
    twins = twins + [twins[1], twins[3], twins[1]]                                          # exact ties
    return {
        "random": (random, ["w0", "w3", "w3", "w17", "missing"], 1.2, 0.75, 10),
        "common-term": (common, ["the", "w2"], 1.5, 0.75, 5),
        "b-zero": (random, ["w1", "w5"], 0.9, 0.0, 40),
        "b-one": (random, ["w1", "w5", "w1"], 2.0, 1.0, 3),
        "ties": (twins, ["w0", "w1"], 1.2, 0.75, 4),
        "n-above-corpus": (twins, ["w2"], 1.2, 0.75, 50),
        "all-empty": ([[], [], []], ["w0"], 1.2, 0.75, 2),
    }


def main():
    rng = np.random.default_rng(20261246)
    corpus, query, k1, b, n, expected_scores, expected_top = hand_case()
    scores, top = bm25(corpus, query, k1, b, n)
    assert np.allclose(scores, expected_scores, rtol=1e-14, atol=0) and list(top) == expected_top
    all_cases = {"hand": (corpus, query, k1, b, n), **cases(rng)}
    for name, (corpus, query, k1, b, n) in all_cases.items():
        scores, top = bm25(corpus, query, k1, b, n)
        np.savez(f"bm25-{name}.npz", corpus=padded(corpus), query=np.array(query, dtype=str),
                 k1=np.float64(k1), b=np.float64(b), n=np.int64(n), out_0=scores,
                 out_1=top.astype(np.int64))


if __name__ == "__main__":
    main()
