"""Accepted: masked terms for the categorical sum; Cholesky factors for the Gaussian."""
import numpy as np


def kl_categorical(p, q):
    support = p > 0
    safe_p = np.where(support, p, 1.0)
    safe_q = np.where(q > 0, q, 1.0)
    terms = np.where(support, p * (np.log(safe_p) - np.log(safe_q)), 0.0)
    kl = terms.sum(axis=-1)
    impossible = np.any(support & (q == 0), axis=-1)  # P puts mass where Q has none
    return np.where(impossible, np.inf, kl)


def kl_gaussian(mu1, S1, mu2, S2):
    d = mu1.shape[0]
    L1 = np.linalg.cholesky(S1)
    L2 = np.linalg.cholesky(S2)
    M = np.linalg.solve(L2, L1)  # L2^{-1} L1: tr(S2^{-1} S1) = ||M||_F^2
    z = np.linalg.solve(L2, mu2 - mu1)
    log_det_ratio = 2.0 * (np.log(np.diag(L2)).sum() - np.log(np.diag(L1)).sum())
    return 0.5 * (np.sum(M * M) + z @ z - d + log_det_ratio)
