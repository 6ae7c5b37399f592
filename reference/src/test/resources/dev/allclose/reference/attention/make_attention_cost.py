"""Writes attention-cost.tsv and max-seq-len.tsv, the oracle of AttentionCostTest, by counting
rather than by formula.

attention-cost.tsv: `batch seq_len d_model n_heads qkv score mix out total score_elements`. The
forward pass of multi-head self-attention is written out once, calling `mm` for every matrix
product; `mm` adds 2 m k n for an (m, k) @ (k, n) product. For small sizes the pass runs on real
NumPy arrays (so NumPy checks every shape and the output is a real attention output); for large
ones it runs on shape-only stand-ins, the same code path. Counting is per batch element and per
head, in Python integers (no overflow).

max-seq-len.tsv: `memory_bytes batch n_heads bytes_per_element T`, T found by binary search on
the exact integer condition batch * n_heads * T * T * bytes_per_element <= memory_bytes.

Run with Python 3 and NumPy (made with 2.4.6): python3 make_attention_cost.py
"""
import numpy as np


class Shape:
    """A stand-in for an array: only its shape, enough to count a product."""

    def __init__(self, *shape):
        self.shape = tuple(shape)

    @property
    def T(self):
        return Shape(*self.shape[::-1])

    def cols(self, lo, hi):
        return Shape(self.shape[0], hi - lo)


def cols(a, lo, hi):
    return a.cols(lo, hi) if isinstance(a, Shape) else a[:, lo:hi]


class Counter:
    def __init__(self):
        self.flops = {"qkv": 0, "score": 0, "mix": 0, "out": 0}
        self.score_elements = 0

    def mm(self, kind, a, b):
        m, k = a.shape
        k2, n = b.shape
        assert k == k2, (a.shape, b.shape)
        self.flops[kind] += 2 * m * k * n
        if isinstance(a, Shape):
            return Shape(m, n)
        return a @ b


def softmax_rows(s):
    if isinstance(s, Shape):
        return s
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def forward(counter, xs, wq, wk, wv, wo, n_heads):
    """Multi-head self-attention on each (T, D) element of xs; returns the outputs."""
    outs = []
    for x in xs:
        q = counter.mm("qkv", x, wq)
        k = counter.mm("qkv", x, wk)
        v = counter.mm("qkv", x, wv)
        d = wq.shape[1]
        dk = d // n_heads
        heads = []
        for h in range(n_heads):
            qh, kh, vh = (cols(t, h * dk, (h + 1) * dk) for t in (q, k, v))
            scores = counter.mm("score", qh, kh.T)
            counter.score_elements += scores.shape[0] * scores.shape[1]
            if not isinstance(scores, Shape):
                scores = scores / np.sqrt(dk)
            heads.append(counter.mm("mix", softmax_rows(scores), vh))
        concat = (Shape(x.shape[0], d) if isinstance(x, Shape)
                  else np.concatenate(heads, axis=1))
        outs.append(counter.mm("out", concat, wo))
    return outs


def count(batch, seq_len, d_model, n_heads, real):
    c = Counter()
    if real:
        rng = np.random.default_rng(batch * 1000 + seq_len)
        xs = [rng.standard_normal((seq_len, d_model)) for _ in range(batch)]
        ws = [rng.standard_normal((d_model, d_model)) for _ in range(4)]
    else:
        xs = [Shape(seq_len, d_model) for _ in range(batch)]
        ws = [Shape(d_model, d_model) for _ in range(4)]
    forward(c, xs, *ws, n_heads)
    f = c.flops
    return [f["qkv"], f["score"], f["mix"], f["out"], sum(f.values()), c.score_elements]


def max_seq_len(memory, batch, heads, bpe):
    def fits(t):
        return batch * heads * t * t * bpe <= memory
    lo, hi = 0, 1
    while fits(hi):
        hi *= 2
    while hi - lo > 1:  # fits(lo), not fits(hi)
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    return lo


def main():
    small = [(1, 1, 1, 1), (2, 8, 16, 4), (3, 5, 12, 3), (1, 7, 8, 8), (2, 16, 32, 1),
             (4, 10, 24, 6)]
    large = [(1, 1024, 768, 12), (8, 4096, 4096, 32), (32, 2048, 12288, 96),
             (16, 8_000_001, 2048, 16), (1, 3_000_000, 64, 2)]
    with open("attention-cost.tsv", "w") as out:
        for sizes in small:
            out.write("\t".join(map(str, list(sizes) + count(*sizes, real=True))) + "\n")
        for sizes in large:
            out.write("\t".join(map(str, list(sizes) + count(*sizes, real=False))) + "\n")
    c = 4 * 32 * 2
    budgets = [(0, 1, 1, 4), (3, 1, 1, 4), (4, 1, 1, 4), (4095, 2, 8, 2), (4096, 2, 8, 2),
               (80 * 10**9, 8, 32, 2), (16 * 2**30, 1, 12, 2),
               (3_000_000_001**2, 1, 1, 1), (3_000_000_001**2 - 1, 1, 1, 1),
               (c * 1_234_567**2, 4, 32, 2), (c * 1_234_567**2 - 1, 4, 32, 2),
               (2**63 - 1, 1, 1, 1), (2**63 - 1, 3, 5, 7), (10**18, 10**6, 10**6, 10**6)]
    with open("max-seq-len.tsv", "w") as out:
        for b in budgets:
            out.write("\t".join(map(str, list(b) + [max_seq_len(*b)])) + "\n")


if __name__ == "__main__":
    main()
