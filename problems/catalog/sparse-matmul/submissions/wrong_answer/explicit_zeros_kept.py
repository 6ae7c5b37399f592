"""Wrong answer: every column a product reaches is stored, even when the products cancel to
exactly 0.0. The dense matrix is the same, but the CSR arrays hold stored zeros (as SciPy does
after some operations until eliminate_zeros() is called), so nnz and the arrays differ."""
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
        for j in sorted(row):
            indices.append(j)
            data.append(row[j])
        indptr.append(len(data))
    return (np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64),
            np.array(indptr, dtype=np.int64), (a_shape[0], b_shape[1]))
