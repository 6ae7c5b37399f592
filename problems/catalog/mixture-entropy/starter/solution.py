import numpy as np


def mog_entropy_mc(w, means, covs, samples):
    """Monte Carlo estimate -mean(log p(samples)) for p(x) = sum_i w[i] N(x; means[i], covs[i]).

    w: (K,), means: (K, D), covs: (K, D, D), samples: (S, D). Returns a float (nats).
    """
    raise NotImplementedError


def mog_entropy_bounds(w, means, covs):
    """Returns the tuple (lower, upper) of floats bracketing the mixture's entropy (nats)."""
    raise NotImplementedError
