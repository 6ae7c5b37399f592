"""Wrong answer: the score-function estimate averages the score alone, without the factor f(z)."""
import numpy as np


def pathwise_grad(mu, sigma, eps):
    z = mu + sigma * eps
    return np.mean(2 * z, axis=0), np.mean(2 * z * eps, axis=0)


def score_function_grad(mu, sigma, eps):
    return np.mean(eps / sigma, axis=0), np.mean((eps ** 2 - 1) / sigma, axis=0)
