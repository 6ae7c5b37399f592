import numpy as np


def elbo_terms(x, W, b, s2, m, S):
    """ELBO of q = N(m, S) for one observation x in the model
    z ~ N(0, I_k), x | z ~ N(W z + b, s2 I_d).

    x: (d,), W: (d, k), b: (d,), s2: float > 0, m: (k,), S: (k, k) positive definite.
    Returns the tuple (elbo, log_evidence, kl_to_posterior) of three floats.
    """
    raise NotImplementedError
