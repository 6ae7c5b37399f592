"""Accepted: plain loops over every distribution of the batch; solve and slogdet for Gaussians."""
import math

import numpy as np


def _kl(p_row, q_row):
    total = 0.0
    for pk, qk in zip(p_row, q_row):
        if pk == 0.0:
            continue  # 0 log(0 / q) = 0, whatever q is
        if qk == 0.0:
            return math.inf
        total += pk * (math.log(pk) - math.log(qk))
    return total


def kl_categorical(p, q):
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    flat_p = p.reshape(-1, p.shape[-1])
    flat_q = q.reshape(-1, q.shape[-1])
    out = np.array([_kl(a, b) for a, b in zip(flat_p, flat_q)])
    return out.reshape(p.shape[:-1])


def kl_gaussian(mu1, S1, mu2, S2):
    d = len(mu1)
    diff = mu2 - mu1
    trace = np.trace(np.linalg.solve(S2, S1))
    quad = diff @ np.linalg.solve(S2, diff)
    _, logdet1 = np.linalg.slogdet(S1)
    _, logdet2 = np.linalg.slogdet(S2)
    return float(0.5 * (trace + quad - d + logdet2 - logdet1))
