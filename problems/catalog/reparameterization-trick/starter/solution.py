import numpy as np


def pathwise_grad(mu, sigma, eps):
    """Reparameterization estimate of the gradient of E[sum(z**2)], z = mu + sigma * eps.

    mu, sigma: (d,), sigma the standard deviation. eps: (S, d) standard normal draws.
    Returns the tuple (g_mu, g_sigma), each (d,): means over the S draws.
    """
    raise NotImplementedError


def score_function_grad(mu, sigma, eps):
    """Score-function estimate, mean over draws of f(z) * grad log N(z; mu, sigma^2), no baseline.

    Same arguments and results as pathwise_grad; f(z) = sum(z**2) over all d coordinates.
    """
    raise NotImplementedError
