"""Wrong answer: the log of a ratio of determinants; det overflows to inf for d = 120 with
variances near 1e4, and inf / inf is nan. The categorical part is right."""
import numpy as np


def kl_categorical(p, q):
    support = p > 0
    terms = np.where(support, p * (np.log(np.where(support, p, 1.0)) - np.log(np.where(q > 0, q, 1.0))), 0.0)
    return np.where(np.any(support & (q == 0), axis=-1), np.inf, terms.sum(axis=-1))


def kl_gaussian(mu1, S1, mu2, S2):
    d = len(mu1)
    S2_inv = np.linalg.inv(S2)
    diff = mu2 - mu1
    with np.errstate(invalid="ignore", over="ignore"):
        log_ratio = np.log(np.linalg.det(S2) / np.linalg.det(S1))
    return float(0.5 * (np.trace(S2_inv @ S1) + diff @ S2_inv @ diff - d + log_ratio))
