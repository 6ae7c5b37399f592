"""Accepted: ELBO = E_q log p(x|z) + E_q log p(z) + H(q); the evidence in latent space through the
matrix determinant lemma and Woodbury; Cholesky factors throughout."""
import numpy as np


def _logdet_chol(L):
    return 2.0 * np.sum(np.log(np.diag(L)))


def elbo_terms(x, W, b, s2, m, S):
    d, k = W.shape
    u = x - b
    LS = np.linalg.cholesky(S)
    WtW = W.T @ W

    r = u - W @ m
    ell = -0.5 * d * np.log(2 * np.pi * s2) - (r @ r + np.sum(WtW * S)) / (2 * s2)
    prior = -0.5 * k * np.log(2 * np.pi) - 0.5 * (np.trace(S) + m @ m)
    entropy = 0.5 * k * (1.0 + np.log(2 * np.pi)) + 0.5 * _logdet_chol(LS)
    elbo = ell + prior + entropy

    # C = s2 I + W W^T: det C = s2^(d-k) det(s2 I_k + W^T W),
    # C^{-1} = (I - W (s2 I_k + W^T W)^{-1} W^T) / s2.
    M = s2 * np.eye(k) + WtW
    LM = np.linalg.cholesky(M)
    logdet_c = (d - k) * np.log(s2) + _logdet_chol(LM)
    y = np.linalg.solve(LM, W.T @ u)
    quad = (u @ u - y @ y) / s2
    log_ev = -0.5 * (d * np.log(2 * np.pi) + logdet_c + quad)

    Lam = M / s2  # = I + W^T W / s2
    LL = np.linalg.cholesky(Lam)
    mu = np.linalg.solve(LL.T, np.linalg.solve(LL, W.T @ u / s2))
    diff = LL.T @ (mu - m)
    kl_post = 0.5 * (np.sum(Lam * S) + diff @ diff - k - _logdet_chol(LL) - _logdet_chol(LS))
    return float(elbo), float(log_ev), float(kl_post)
