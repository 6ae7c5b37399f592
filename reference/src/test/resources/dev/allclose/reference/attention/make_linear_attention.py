"""Writes linear-attention-<name>.npz, the oracle of LinearAttentionTest, with NumPy only.

Katharopoulos et al. (ICML 2020) write linear attention as a kernel smoother: the weight of key j
for query i is phi(q_i) . phi(k_j), and the output is the weighted sum of the values divided by
the sum of the weights. This script evaluates exactly that quadratic form, with the whole (T, T)
kernel matrix A[i, j] = phi(q_i) . phi(k_j) (lower triangle only when causal, the diagonal
included), where the reference computes the linear-time form with running sums:

  out = (A @ V) / (A.sum(-1) + eps)

phi is elu(x) + 1 written as the ELU is defined (x above zero, expm1(x) at or below it) plus one.
Each file holds the inputs of linear_attention (Q, K, V, causal, eps) and out_0, the output. As a
second, independent check the script also evaluates the prefix-sum form with np.cumsum and
refuses to write a case where the two forms disagree beyond rounding.
Run: python3 make_linear_attention.py (made with NumPy 2.4).
"""
import numpy as np


def phi(x):
    return np.where(x > 0, x, np.expm1(np.minimum(x, 0))) + 1


def quadratic_form(Q, K, V, causal, eps):
    A = phi(Q) @ np.swapaxes(phi(K), -1, -2)
    if causal:
        A = A * np.tril(np.ones(A.shape[-2:]))
    return (A @ V) / (A.sum(axis=-1, keepdims=True) + eps)


def prefix_sum_form(Q, K, V, causal, eps):
    fq, fk = phi(Q), phi(K)
    outer = fk[..., :, :, None] * V[..., :, None, :]
    if causal:
        S, z = np.cumsum(outer, axis=-3), np.cumsum(fk, axis=-2)
    else:
        S = np.broadcast_to(outer.sum(axis=-3, keepdims=True), outer.shape)
        z = np.broadcast_to(fk.sum(axis=-2, keepdims=True), fk.shape)
    num = np.einsum("...tk,...tkv->...tv", fq, S)
    den = np.einsum("...tk,...tk->...t", fq, z)
    return num / (den[..., None] + eps)


# name: (B, T, d_k, d_v, causal, eps, mean and spread of Q and K)
CASES = {
    "small": (1, 6, 3, 2, False, 1e-6, (0.0, 1.0)),
    "small-causal": (1, 6, 3, 2, True, 1e-6, (0.0, 1.0)),
    "batch": (3, 17, 8, 5, False, 1e-6, (0.0, 1.0)),
    "batch-causal": (2, 23, 8, 5, True, 1e-6, (0.0, 1.0)),
    "single-position": (2, 1, 4, 3, False, 1e-6, (0.0, 1.0)),
    "single-position-causal": (1, 1, 4, 3, True, 1e-6, (0.0, 1.0)),
    "negative-inputs-causal": (1, 12, 4, 4, True, 1e-6, (-3.0, 1.0)),
    # phi near exp(-8) = 3e-4: the denominators are a few times eps, so eps changes the output.
    "tiny-features": (1, 6, 4, 3, False, 1e-6, (-8.0, 0.5)),
    "tiny-features-causal": (1, 6, 4, 3, True, 1e-6, (-8.0, 0.5)),
    "custom-eps": (2, 9, 5, 4, True, 0.1, (0.0, 1.0)),
    "wide-range-causal": (1, 15, 6, 4, True, 1e-6, (0.0, 20.0)),
}


def main():
    rng = np.random.default_rng(20261209)
    for name, (b, t, dk, dv, causal, eps, (mean, spread)) in CASES.items():
        Q = mean + spread * rng.standard_normal((b, t, dk))
        K = mean + spread * rng.standard_normal((b, t, dk))
        V = rng.standard_normal((b, t, dv))
        out = quadratic_form(Q, K, V, causal, eps)
        check = prefix_sum_form(Q, K, V, causal, eps)
        assert np.allclose(out, check, rtol=1e-12, atol=1e-14), name
        np.savez(f"linear-attention-{name}.npz", Q=Q, K=K, V=V, causal=np.bool_(causal),
                 eps=np.float64(eps), out_0=out)


if __name__ == "__main__":
    main()
