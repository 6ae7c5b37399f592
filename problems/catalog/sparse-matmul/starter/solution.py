import numpy as np


def csr_matmul(a_data, a_indices, a_indptr, a_shape, b_data, b_indices, b_indptr, b_shape):
    """C = A @ B for A (M, K) and B (K, N) in CSR form (canonical: sorted, distinct column indices
    in each row, no stored zeros). Row i of A is a_data[a_indptr[i]:a_indptr[i+1]] at columns
    a_indices[a_indptr[i]:a_indptr[i+1]]; likewise B.

    Returns (data, indices, indptr, shape) of C in canonical CSR form: within each row the column
    indices strictly increase and no stored value is 0.0 (sums that cancel are dropped); shape is
    the tuple (M, N). Never form a dense (M, N) array.
    """
    raise NotImplementedError
