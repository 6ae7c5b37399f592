"""Wrong answer: computes KL(q || p) in both functions (the expectation under the wrong one)."""
import numpy as np


def kl_categorical(p, q):
    p, q = q, p
    support = p > 0
    terms = np.where(support, p * (np.log(np.where(support, p, 1.0)) - np.log(np.where(q > 0, q, 1.0))), 0.0)
    return np.where(np.any(support & (q == 0), axis=-1), np.inf, terms.sum(axis=-1))


def kl_gaussian(mu1, S1, mu2, S2):
    mu1, S1, mu2, S2 = mu2, S2, mu1, S1
    d = len(mu1)
    diff = mu2 - mu1
    return float(0.5 * (np.trace(np.linalg.solve(S2, S1)) + diff @ np.linalg.solve(S2, diff) - d
                        + np.linalg.slogdet(S2)[1] - np.linalg.slogdet(S1)[1]))
