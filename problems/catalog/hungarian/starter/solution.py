import numpy as np


def linear_sum_assignment(cost, maximize=False):
    """Solve the linear sum assignment problem, as scipy.optimize.linear_sum_assignment does.

    cost: (n, m) float64 array; +inf marks a forbidden pair (-inf when maximize is True).
    maximize: find the assignment of greatest total instead of least.

    Returns (row_ind, col_ind): int64 arrays of length min(n, m), row_ind ascending, col_ind[t]
    the column assigned to row row_ind[t]; every row (n <= m) or every column (n > m) is used once.
    Raises ValueError for a NaN entry, -inf when minimizing, +inf when maximizing, or when no
    complete assignment of finite cost exists.
    """
    raise NotImplementedError
