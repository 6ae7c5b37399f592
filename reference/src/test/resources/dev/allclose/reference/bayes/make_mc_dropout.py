"""Writes case*.npz: golden MC-dropout predictions, the oracle of McDropoutTest.

Written independently of the Java reference with NumPy's einsum and np.var (population variance,
ddof=0). Each file holds x (N, D), W1 (D, H), b1 (H,), W2 (H, O), b2 (O,), masks (S, N, H) of 0/1,
p (0-d), and the outputs mean and var (N, O). The cases cover p = 0 (all-ones masks), p = 0.9,
S = 1, rows of a mask that drop every unit, and a large output offset.
Run with NumPy (made with NumPy 2.4.6): python3 make_mc_dropout.py
"""
import numpy as np

CASES = [  # (N, D, H, O, S, p, b2 offset, zero rows)
    (3, 4, 8, 2, 5, 0.5, 0.0, False),
    (2, 3, 6, 1, 4, 0.0, 0.0, False),
    (4, 5, 10, 3, 30, 0.9, 0.0, False),
    (3, 4, 8, 2, 1, 0.5, 0.0, False),
    (5, 3, 6, 2, 12, 0.5, 0.0, True),
    (3, 4, 8, 2, 20, 0.3, 1e6, False),
]


def predict(x, W1, b1, W2, b2, masks, p):
    h = np.maximum(x @ W1 + b1, 0.0)                                   # (N, H)
    y = np.einsum("snh,ho->sno", masks * h[None] / (1.0 - p), W2) + b2  # (S, N, O)
    return y.mean(axis=0), y.var(axis=0)


def main():
    rng = np.random.default_rng(20261222)
    for i, (n, d, hdim, o, s, p, offset, zero_rows) in enumerate(CASES):
        x = rng.standard_normal((n, d))
        W1 = rng.standard_normal((d, hdim)) / np.sqrt(d)
        b1 = rng.standard_normal(hdim) * 0.1
        W2 = rng.standard_normal((hdim, o)) / np.sqrt(hdim)
        b2 = rng.standard_normal(o) + offset
        masks = (rng.random((s, n, hdim)) < 1.0 - p).astype(np.float64)
        if zero_rows:
            masks[0, :, :] = 0.0
            masks[1:, 0, :] = 0.0
        mean, var = predict(x, W1, b1, W2, b2, masks, p)
        np.savez(f"case{i:02d}.npz", x=x, W1=W1, b1=b1, W2=W2, b2=b2, masks=masks,
                 p=np.float64(p), mean=mean, var=var)


if __name__ == "__main__":
    main()
