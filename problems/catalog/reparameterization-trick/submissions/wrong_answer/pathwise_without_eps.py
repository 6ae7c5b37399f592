"""Wrong answer: the pathwise sigma-gradient forgets dz/dsigma = eps and averages 2 z."""
import numpy as np


def pathwise_grad(mu, sigma, eps):
    z = mu + sigma * eps
    return np.mean(2 * z, axis=0), np.mean(2 * z, axis=0)


def score_function_grad(mu, sigma, eps):
    z = mu + sigma * eps
    f = np.sum(z * z, axis=1, keepdims=True)
    return np.mean(f * eps / sigma, axis=0), np.mean(f * (eps ** 2 - 1) / sigma, axis=0)
