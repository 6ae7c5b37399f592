"""Accepted: inverse covariances and slogdet once, then np.logaddexp.reduce sample by sample."""
import math

import numpy as np


def _components(means, covs):
    out = []
    for mu, c in zip(means, covs):
        sign, logdet = np.linalg.slogdet(c)
        out.append((mu, np.linalg.inv(c), logdet))
    return out


def _log_pdf(x, mu, prec, logdet):
    r = x - mu
    return -0.5 * (len(x) * math.log(2 * math.pi) + logdet + r @ prec @ r)


def mog_entropy_mc(w, means, covs, samples):
    comps = _components(means, covs)
    log_w = np.log(w)
    total = 0.0
    for x in samples:
        total += np.logaddexp.reduce([lw + _log_pdf(x, *c) for lw, c in zip(log_w, comps)])
    return -total / len(samples)


def mog_entropy_bounds(w, means, covs):
    K, D = means.shape
    log_w = np.log(w)
    upper = 0.0
    for i in range(K):
        h_i = 0.5 * (D * (1 + math.log(2 * math.pi)) + np.linalg.slogdet(covs[i])[1])
        upper += w[i] * (h_i - log_w[i])
    lower = 0.0
    for i in range(K):
        terms = []
        for j in range(K):
            s = covs[i] + covs[j]
            terms.append(log_w[j] + _log_pdf(means[i], means[j], np.linalg.inv(s), np.linalg.slogdet(s)[1]))
        lower -= w[i] * np.logaddexp.reduce(terms)
    return float(lower), float(upper)
