"""Writes scan-<name>.npz, the oracle of BlellochScanTest, with NumPy only.

Each file holds the input x and
  tree           the up-sweep array, from a literal transcription of Blelloch's loop
                 (for d in range(log2 P): for k in range(0, P, 2^(d+1)): a[k+2^(d+1)-1] += a[k+2^d-1])
                 on x padded with zeros to the next power of two P >= N
  exclusive      the first N entries after the literal down-sweep loop
  exclusive_ref  the exclusive scan by np.cumsum: concatenate([0], cumsum(x)[:-1])
  inclusive_ref  np.cumsum(x)
  block_sums     tree[i] recomputed as np.sum of the block of x it covers: the block ending at i
                 whose length is the largest power of two dividing i + 1
The literal loops add in the same order as the reference, so tree and exclusive are expected
bit for bit; the np.cumsum and np.sum forms add in other orders and agree up to rounding.
Run: python3 make_prefix_scan.py (made with NumPy 2.x).
"""
import numpy as np


def padded_length(n):
    p = 1
    while p < n:
        p *= 2
    return p


def upsweep(x):
    P = padded_length(len(x))
    a = np.zeros(P)
    a[: len(x)] = x
    d = 0
    while 2 ** d < P:
        for k in range(0, P, 2 ** (d + 1)):
            a[k + 2 ** (d + 1) - 1] += a[k + 2 ** d - 1]
        d += 1
    return a


def downsweep(tree):
    a = tree.copy()
    P = len(a)
    a[P - 1] = 0.0
    d = P.bit_length() - 2
    while d >= 0:
        for k in range(0, P, 2 ** (d + 1)):
            t = a[k + 2 ** d - 1]
            a[k + 2 ** d - 1] = a[k + 2 ** (d + 1) - 1]
            a[k + 2 ** (d + 1) - 1] += t
        d -= 1
    return a


def block_sums(x, P):
    padded = np.zeros(P)
    padded[: len(x)] = x
    out = np.empty(P)
    for i in range(P):
        length = (i + 1) & -(i + 1)
        out[i] = np.sum(padded[i + 1 - length : i + 1])
    return out


CASES = {
    "blelloch-example": lambda r: np.array([3.0, 1, 7, 0, 4, 1, 6, 3]),
    "one": lambda r: np.array([-2.5]),
    "two": lambda r: np.array([0.75, -1.25]),
    "three": lambda r: r.standard_normal(3),
    "power-of-two": lambda r: r.standard_normal(64),
    "power-plus-one": lambda r: r.standard_normal(33),
    "integers": lambda r: r.integers(-1000, 1000, 1000).astype(np.float64),
    "uniform-large": lambda r: r.uniform(-1, 1, 5000),
    "gaussian-4097": lambda r: r.standard_normal(4097) * 3 + 0.5,
}


def main():
    rng = np.random.default_rng(20261233)
    for name, make in CASES.items():
        x = make(rng)
        tree = upsweep(x)
        exclusive = downsweep(tree)[: len(x)]
        inclusive = np.cumsum(x)
        exclusive_ref = np.concatenate([[0.0], inclusive[:-1]])
        np.savez(f"scan-{name}.npz", x=x, tree=tree, exclusive=exclusive,
                 exclusive_ref=exclusive_ref, inclusive_ref=inclusive,
                 block_sums=block_sums(x, len(tree)))
        print(name, len(x), len(tree), "max |excl - cumsum excl|", np.max(np.abs(exclusive - exclusive_ref)),
              "max |tree - block sums|", np.max(np.abs(tree - block_sums(x, len(tree)))))


if __name__ == "__main__":
    main()
