"""Wrong answer: each coordinate's score is multiplied by its own z_j**2 instead of the whole
f(z) = sum_k z_k**2 (right only when d = 1)."""
import numpy as np


def pathwise_grad(mu, sigma, eps):
    z = mu + sigma * eps
    return np.mean(2 * z, axis=0), np.mean(2 * z * eps, axis=0)


def score_function_grad(mu, sigma, eps):
    z = mu + sigma * eps
    f = z * z
    return np.mean(f * eps / sigma, axis=0), np.mean(f * (eps ** 2 - 1) / sigma, axis=0)
