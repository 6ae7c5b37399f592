"""Accepted: vectorised with NumPy. Every product A[i,k] * B[k,j] is listed as a (row, column,
value) triple; a stable sort by (row, column) brings equal positions together, np.add.reduceat
sums them, and the sums equal to 0.0 are dropped. Memory is linear in the number of products."""
import numpy as np


def csr_matmul(a_data, a_indices, a_indptr, a_shape, b_data, b_indices, b_indptr, b_shape):
    m, n = a_shape[0], b_shape[1]
    a_rows = np.repeat(np.arange(m, dtype=np.int64), np.diff(a_indptr))
    b_counts = np.diff(b_indptr)[a_indices]            # products each stored A[i,k] makes
    total = int(b_counts.sum())
    if total == 0:
        return np.zeros(0), np.zeros(0, np.int64), np.zeros(m + 1, np.int64), (m, n)
    owner = np.repeat(np.arange(len(a_data)), b_counts)   # which A entry made each product
    starts = np.cumsum(b_counts) - b_counts
    q = b_indptr[a_indices][owner] + (np.arange(total) - starts[owner])
    rows, cols = a_rows[owner], b_indices[q]
    values = a_data[owner] * b_data[q]
    order = np.lexsort((cols, rows))
    rows, cols, values = rows[order], cols[order], values[order]
    first = np.ones(total, dtype=bool)
    first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
    heads = np.flatnonzero(first)
    sums = np.add.reduceat(values, heads)
    keep = sums != 0.0
    rows, cols, sums = rows[heads][keep], cols[heads][keep], sums[keep]
    indptr = np.zeros(m + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=m), out=indptr[1:])
    return sums, cols.astype(np.int64), indptr, (m, n)
