"""Writes csr-<name>.npz, the SciPy/NumPy oracle of CsrProductTest.

The product comes from scipy.sparse (csr_matrix @ csr_matrix), brought to the canonical form of
the contract with eliminate_zeros() and sort_indices() (SciPy 1.17's product already drops sums
that cancel to 0.0, but other SciPy routes, such as adding matrices or a COO->CSR conversion that
sums duplicates, keep them as stored zeros, so the oracle does not rely on it); every case small enough is also checked against the dense NumPy
product, whose nonzero pattern (np.nonzero, row-major) is the canonical one. The cancellation
cases use small integers, so every sum is exact in floating point whatever the order.

Each file holds the inputs a_data, a_indices, a_indptr, a_shape, b_data, b_indices, b_indptr,
b_shape (indices, pointers and shapes int64) and out_0 .. out_3: data, indices, indptr, shape of
the product. Run: python3 make_sparse_matmul.py (NumPy 2.x, SciPy 1.17).
"""
import numpy as np
import scipy.sparse as sp


def canonical_product(a, b):
    c = (a @ b).tocsr()
    c.eliminate_zeros()
    c.sort_indices()
    return c


def check_against_dense(a, b, c):
    dense = a.toarray() @ b.toarray()
    rows, cols = np.nonzero(dense)
    assert np.array_equal(c.indices, cols), "column pattern differs from the dense product"
    assert np.array_equal(np.diff(c.indptr), np.bincount(rows, minlength=dense.shape[0]))
    assert np.allclose(c.data, dense[rows, cols], rtol=1e-12, atol=0)


def random_csr(rng, rows, cols, density, integers=False):
    m = sp.random(rows, cols, density=density, format="csr", random_state=rng,
                  data_rvs=(lambda n: rng.integers(-3, 4, n).astype(float)) if integers
                  else rng.standard_normal)
    m.eliminate_zeros()           # an integer draw of 0 is not a stored entry
    m.sort_indices()
    return m


def cancelling(rng):
    """Row i of A has +1 and -1 on columns k, k' whose B rows are equal: C[i, :] cancels to 0
    except where other entries add in."""
    b = random_csr(rng, 6, 7, 0.5, integers=True).toarray()
    b[3] = b[1]
    b[5] = 2 * b[4]
    a = np.zeros((4, 6))
    a[0, [1, 3]] = [1, -1]         # row 0 of C is exactly 0
    a[1, [4, 5]] = [2, -1]         # row 1 too: 2 B[4] - 2 B[4]
    a[2, [0, 1, 3]] = [1, 1, -1]   # row 2 is B[0]
    a[3, [0, 2]] = [1, 1]
    return sp.csr_matrix(a), sp.csr_matrix(b)


def main():
    rng = np.random.default_rng(20261205)
    cases = {
        "small": (random_csr(rng, 4, 5, 0.4), random_csr(rng, 5, 3, 0.5)),
        "rectangular": (random_csr(rng, 7, 12, 0.25), random_csr(rng, 12, 9, 0.2)),
        "integers-cancel": (random_csr(rng, 30, 20, 0.2, True), random_csr(rng, 20, 25, 0.2, True)),
        "constructed-cancel": cancelling(rng),
        "empty-rows": (random_csr(rng, 10, 10, 0.05), random_csr(rng, 10, 10, 0.3)),
        "zero-product": (sp.csr_matrix(np.array([[1.0, 0, 0], [2.0, 0, 0], [0, 0, 0]])),
                         sp.csr_matrix(np.vstack([np.zeros((1, 4)), np.ones((2, 4))]))),
        "one-by-one": (sp.csr_matrix([[2.5]]), sp.csr_matrix([[-4.0]])),
        "outer": (sp.csr_matrix(np.arange(1.0, 6.0)[:, None]),
                  sp.csr_matrix(np.array([[0.0, 1.5, 0.0, -2.0]]))),
        "medium": (random_csr(rng, 300, 400, 0.01), random_csr(rng, 400, 250, 0.01)),
    }
    for name, (a, b) in cases.items():
        a.sort_indices()
        b.sort_indices()
        c = canonical_product(a, b)
        check_against_dense(a, b, c)
        i64 = lambda x: np.asarray(x, dtype=np.int64)
        np.savez(f"csr-{name}.npz",
                 a_data=a.data.astype(np.float64), a_indices=i64(a.indices),
                 a_indptr=i64(a.indptr), a_shape=i64(a.shape),
                 b_data=b.data.astype(np.float64), b_indices=i64(b.indices),
                 b_indptr=i64(b.indptr), b_shape=i64(b.shape),
                 out_0=c.data.astype(np.float64), out_1=i64(c.indices), out_2=i64(c.indptr),
                 out_3=i64(c.shape))
        touched = (abs(a) @ abs(b)).nnz    # entries some product reaches
        print(name, "nnz(A)", a.nnz, "nnz(B)", b.nnz, "nnz(C)", c.nnz,
              "cancelled to 0", touched - c.nnz)


if __name__ == "__main__":
    main()
