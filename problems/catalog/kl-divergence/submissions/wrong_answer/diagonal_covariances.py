"""Wrong answer: treats the covariances as diagonal (a sum of one-dimensional KLs), dropping the
correlations. The categorical part is right."""
import numpy as np


def kl_categorical(p, q):
    support = p > 0
    terms = np.where(support, p * (np.log(np.where(support, p, 1.0)) - np.log(np.where(q > 0, q, 1.0))), 0.0)
    return np.where(np.any(support & (q == 0), axis=-1), np.inf, terms.sum(axis=-1))


def kl_gaussian(mu1, S1, mu2, S2):
    v1 = np.diag(S1)
    v2 = np.diag(S2)
    return float(0.5 * np.sum(v1 / v2 + (mu2 - mu1) ** 2 / v2 - 1 + np.log(v2 / v1)))
