import numpy as np


def kl_categorical(p, q):
    """KL(p || q) along the last axis, in nats.

    p, q: arrays of the same shape (..., K) whose last-axis slices are probability vectors.
    Conventions: 0 * log(0 / q) = 0, and p * log(p / 0) = inf for p > 0.
    Returns an array of shape (...).
    """
    raise NotImplementedError


def kl_gaussian(mu1, S1, mu2, S2):
    """KL(N(mu1, S1) || N(mu2, S2)) in nats, as a float.

    mu1, mu2: (d,). S1, S2: (d, d), symmetric positive definite.
    """
    raise NotImplementedError
