"""Writes hungarian-<name>.npz, the oracle of LinearSumAssignmentTest, with NumPy and SciPy.

Each case is solved by scipy.optimize.linear_sum_assignment. A matrix with at most 8 rows and 8
columns is also solved by brute force written here: every injective map from the shorter side to
the longer one (itertools.permutations), costs +inf for a forbidden pair, the matrix negated to
maximise. The script refuses to write a case where the two disagree on the optimum total or on
whether SciPy raised, and it counts the optimal maps, so `unique` is true exactly when brute
force found one optimal assignment. Larger matrices have continuous random costs, where a tie
between two assignments has probability zero, and are marked unique as well.

Each file holds `cost` (n, m) float64, `maximize` (bool), `raises` (bool: SciPy raised
ValueError), and when it did not, out_0 = row_ind and out_1 = col_ind (int64) and `total`, the sum
of the chosen entries. Run: python3 make_hungarian.py (made with NumPy 2.4, SciPy 1.17).
"""
import itertools

import numpy as np
from scipy.optimize import linear_sum_assignment

INF = np.inf
BRUTE_FORCE_MAX = 8


def brute_force(cost, maximize):
    """(optimum, number of optimal assignments), or None when no finite assignment exists.

    Raises ValueError where the contract does (NaN; -inf minimising, +inf maximising)."""
    c = -cost if maximize else cost
    if np.isnan(c).any() or (c == -INF).any():
        raise ValueError("invalid entries")
    if c.shape[0] > c.shape[1]:
        c = c.T
    n, m = c.shape
    if n == 0:
        return 0.0, 1
    rows = np.arange(n)
    totals = np.array([c[rows, list(cols)].sum() for cols in itertools.permutations(range(m), n)])
    best = totals.min()
    if not np.isfinite(best):
        return None
    count = int(np.sum(np.abs(totals - best) <= 1e-12 * max(1.0, abs(best))))
    return (-best if maximize else best), count


def cases(rng):
    classic = np.array([[4.0, 1, 3], [2, 0, 5], [3, 2, 2]])
    yield "classic-3x3", classic, False
    yield "classic-3x3-maximize", classic, True
    yield "one-by-one", np.array([[-2.5]]), False
    yield "empty-0x4", np.zeros((0, 4)), False
    yield "empty-3x0", np.zeros((3, 0)), False
    yield "all-ties", np.ones((4, 4)), False
    yield "integer-ties", rng.integers(0, 3, (6, 6)).astype(float), False
    wide = rng.uniform(-5, 5, (3, 5))
    yield "wide-3x5", wide, False
    yield "wide-3x5-maximize", wide, True
    yield "tall-5x3", wide.T.copy(), False
    yield "tall-6x2-maximize", rng.uniform(0, 1, (6, 2)), True
    yield "negative-costs", rng.uniform(-100, -1, (5, 5)), False
    # Greedy row by row takes (0, 0) at cost 1 and then pays 100 for row 1.
    yield "greedy-trap", np.array([[1.0, 2, 50], [1.5, 100, 60], [40, 45, 3]]), False
    forbidden = np.array([[INF, 7, 1, INF], [2, INF, INF, 4], [INF, 3, INF, 8], [5, INF, 6, INF]])
    yield "forbidden-feasible", forbidden, False
    yield "forbidden-maximize-minus-inf", np.where(np.isinf(forbidden), -INF, forbidden), True
    yield "tall-with-forbidden-row", np.array([[INF, INF], [1, 2], [3, 1], [INF, INF]]), False
    yield "infeasible-row", np.array([[1.0, 2, 3], [INF, INF, INF], [4, 5, 6]]), False
    yield "infeasible-hall", np.array([[1.0, INF, INF], [2, INF, INF], [3, 4, 5]]), False
    yield "infeasible-single-inf", np.array([[INF]]), False
    yield "nan-entry", np.array([[1.0, np.nan], [2, 3]]), False
    yield "minus-inf-minimize", np.array([[1.0, -INF], [2, 3]]), False
    yield "plus-inf-maximize", np.array([[1.0, INF], [2, 3]]), True
    yield "random-8x8", rng.uniform(0, 10, (8, 8)), False
    yield "random-7x8-maximize", rng.normal(size=(7, 8)), True
    yield "random-40x60", rng.uniform(0, 1, (40, 60)), False
    yield "random-90x50-maximize", rng.normal(size=(90, 50)), True
    yield "random-120x120", rng.uniform(0, 1000, (120, 120)), False
    sparse = rng.uniform(0, 1, (60, 60))
    sparse[rng.uniform(size=sparse.shape) < 0.8] = INF
    np.fill_diagonal(sparse, rng.uniform(0, 1, 60))  # the identity stays a finite assignment
    yield "random-60x60-mostly-forbidden", sparse, False


def main():
    rng = np.random.default_rng(20261205)
    for name, cost, maximize in cases(rng):
        cost = np.asarray(cost, dtype=np.float64)
        try:
            rows, cols = linear_sum_assignment(cost, maximize=maximize)
            raised = False
        except ValueError:
            raised = True
        unique = True
        if max(cost.shape) <= BRUTE_FORCE_MAX:
            try:
                found = brute_force(cost, maximize)
            except ValueError:
                found = None
                assert raised, name
            if found is None:
                assert raised, name
            else:
                assert not raised, name
                optimum, count = found
                assert np.isclose(cost[rows, cols].sum(), optimum, rtol=1e-12, atol=1e-12), name
                unique = count == 1
        out = dict(cost=cost, maximize=np.bool_(maximize), raises=np.bool_(raised))
        if not raised:
            out.update(out_0=rows.astype(np.int64), out_1=cols.astype(np.int64),
                       total=np.float64(cost[rows, cols].sum()), unique=np.bool_(unique))
        np.savez(f"hungarian-{name}.npz", **out)


if __name__ == "__main__":
    main()
