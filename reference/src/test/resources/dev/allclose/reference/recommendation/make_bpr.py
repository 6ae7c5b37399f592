"""Writes bpr-<name>.npz, the NumPy/SciPy oracle of BayesianPersonalizedRankingTest.

Written from the formulas, independently of the Java reference: the loss uses
scipy.special.log_expit (SciPy's own stable log-sigmoid), the margin's derivative
scipy.special.expit, and the per-triple gradients are scattered with np.add.at, which adds once
per occurrence of an index. It complements the PyTorch golden cases (oracles/bpr), whose margins
stay within +-30: these cases push the margins to +-1000, where log(sigmoid(x)) is log 0 in
doubles, and cover a triple with i == j, a user and an item in every triple, reg = 0, and rows
no triple touches.

Each file holds the inputs U (n_users, k), V (n_items, k), triples (M, 3) int64, reg (0-d) and
out_0 (the mean loss), out_1 (dU), out_2 (dV). Run: python3 make_bpr.py (NumPy 2.x, SciPy 1.17).
"""
import numpy as np
from scipy.special import expit, log_expit


def bpr(U, V, triples, reg):
    u, i, j = triples.T
    margin = np.einsum("mk,mk->m", U[u], V[i] - V[j])
    sq = (U[u] ** 2).sum(1) + (V[i] ** 2).sum(1) + (V[j] ** 2).sum(1)
    m = len(triples)
    loss = np.mean(-log_expit(margin) + reg / 2 * sq)
    w = -expit(-margin)[:, None] / m          # d(-log sigmoid(x))/dx, over the batch mean
    dU, dV = np.zeros_like(U), np.zeros_like(V)
    np.add.at(dU, u, w * (V[i] - V[j]) + reg * U[u] / m)
    np.add.at(dV, i, w * U[u] + reg * V[i] / m)
    np.add.at(dV, j, -w * U[u] + reg * V[j] / m)
    return loss, dU, dV


def random_case(rng, n_users, n_items, k, m, reg, scale=1.0):
    U = scale * rng.standard_normal((n_users, k))
    V = scale * rng.standard_normal((n_items, k))
    triples = np.stack([rng.integers(0, n_users, m), rng.integers(0, n_items, m),
                        rng.integers(0, n_items, m)], axis=1).astype(np.int64)
    return U, V, triples, reg


def huge_margins(rng):
    """Margins near +1000 and -1000: V_i - V_j along +-U_u with |U_u| |V_i - V_j| = 1000."""
    k = 3
    U = rng.standard_normal((2, k))
    U /= np.linalg.norm(U, axis=1, keepdims=True)
    V = np.zeros((4, k))
    V[0], V[1] = 500 * U[0], -500 * U[0]     # U_0 . (V_0 - V_1) = +1000
    V[2], V[3] = 400 * U[1], -600 * U[1]     # U_1 . (V_2 - V_3) = +1000
    triples = np.array([[0, 0, 1], [0, 1, 0], [1, 2, 3], [1, 3, 2], [1, 2, 2]], dtype=np.int64)
    return U, V, triples, 1e-3


def main():
    rng = np.random.default_rng(20261220)
    cases = {
        "small": random_case(rng, 3, 5, 2, 8, 0.05),
        "repeats": random_case(rng, 2, 3, 4, 12, 0.1),
        "no-reg": random_case(rng, 4, 6, 3, 10, 0.0),
        "one-triple": random_case(rng, 3, 4, 2, 1, 0.2),
        "untouched-rows": random_case(rng, 9, 12, 5, 3, 0.3),
        "huge-margins": huge_margins(rng),
    }
    U, V, triples, reg = random_case(rng, 4, 5, 3, 6, 0.1)
    triples[:, 2] = triples[:, 1]             # every triple compares an item with itself
    cases["same-item"] = (U, V, triples, reg)
    for name, (U, V, triples, reg) in cases.items():
        loss, dU, dV = bpr(U, V, triples, reg)
        np.savez(f"bpr-{name}.npz", U=U, V=V, triples=triples, reg=np.float64(reg),
                 out_0=np.float64(loss), out_1=dU, out_2=dV)


if __name__ == "__main__":
    main()
