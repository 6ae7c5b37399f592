"""Wrong answer: the row-by-row product with a dict per row, emitted in the dict's insertion order,
which is the order the products first reach each column, not sorted. The values are right; the
result is not canonical CSR (and its column indices differ from the canonical ones)."""
import numpy as np


def csr_matmul(a_data, a_indices, a_indptr, a_shape, b_data, b_indices, b_indptr, b_shape):
    data, indices, indptr = [], [], [0]
    for i in range(a_shape[0]):
        row = {}
        for p in range(a_indptr[i], a_indptr[i + 1]):
            k = a_indices[p]
            for q in range(b_indptr[k], b_indptr[k + 1]):
                j = int(b_indices[q])
                row[j] = row.get(j, 0.0) + a_data[p] * b_data[q]
        for j, value in row.items():
            if value != 0.0:
                indices.append(j)
                data.append(value)
        indptr.append(len(data))
    return (np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64),
            np.array(indptr, dtype=np.int64), (a_shape[0], b_shape[1]))
