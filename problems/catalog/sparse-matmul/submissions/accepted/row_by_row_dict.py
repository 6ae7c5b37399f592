"""Accepted: Gustavson's row-by-row product in plain Python. Each row of C is accumulated in a dict
keyed by column, then its keys are sorted and the entries that summed to exactly 0.0 dropped."""
import numpy as np


def csr_matmul(a_data, a_indices, a_indptr, a_shape, b_data, b_indices, b_indptr, b_shape):
    a_data, a_indices, a_indptr = a_data.tolist(), a_indices.tolist(), a_indptr.tolist()
    b_data, b_indices, b_indptr = b_data.tolist(), b_indices.tolist(), b_indptr.tolist()
    data, indices, indptr = [], [], [0]
    for i in range(a_shape[0]):
        row = {}
        for p in range(a_indptr[i], a_indptr[i + 1]):
            k, value = a_indices[p], a_data[p]
            for q in range(b_indptr[k], b_indptr[k + 1]):
                j = b_indices[q]
                row[j] = row.get(j, 0.0) + value * b_data[q]
        for j in sorted(row):
            if row[j] != 0.0:
                indices.append(j)
                data.append(row[j])
        indptr.append(len(data))
    return (np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64),
            np.array(indptr, dtype=np.int64), (a_shape[0], b_shape[1]))
