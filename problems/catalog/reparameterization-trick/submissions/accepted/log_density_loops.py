"""Accepted: one draw at a time, the score taken from the log-density in terms of z - mu, and the
pathwise gradient of sum(z**2) by the chain rule through z = mu + sigma * eps."""
import numpy as np


def pathwise_grad(mu, sigma, eps):
    g_mu = np.zeros_like(mu)
    g_sigma = np.zeros_like(sigma)
    for e in eps:
        z = mu + sigma * e
        df_dz = 2 * z
        g_mu += df_dz           # dz/dmu = 1
        g_sigma += df_dz * e    # dz/dsigma = eps
    return g_mu / len(eps), g_sigma / len(eps)


def score_function_grad(mu, sigma, eps):
    g_mu = np.zeros_like(mu)
    g_sigma = np.zeros_like(sigma)
    for e in eps:
        z = mu + sigma * e
        f = float(z @ z)
        r = z - mu
        g_mu += f * r / sigma ** 2
        g_sigma += f * (r ** 2 / sigma ** 3 - 1 / sigma)
    return g_mu / len(eps), g_sigma / len(eps)
