"""Wrong answer: p * log(p / q) everywhere; where p = 0 this is 0 * -inf = nan."""
import numpy as np


def kl_categorical(p, q):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.sum(p * np.log(p / q), axis=-1)


def kl_gaussian(mu1, S1, mu2, S2):
    d = len(mu1)
    diff = mu2 - mu1
    return float(0.5 * (np.trace(np.linalg.solve(S2, S1)) + diff @ np.linalg.solve(S2, diff) - d
                        + np.linalg.slogdet(S2)[1] - np.linalg.slogdet(S1)[1]))
