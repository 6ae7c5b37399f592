"""Writes case*.npz: golden values of the pathwise and score-function gradient estimates for
f(z) = sum(z**2), z = mu + sigma * eps, the oracle of GaussianGradientEstimatorsTest.

Independent of the Java reference in form: z is formed first, the score function is the analytic
derivative of scipy.stats.norm.logpdf written in terms of (z - mu) and sigma, and the pathwise
gradient is the chain rule through z. Each file holds mu (d,), sigma (d,), eps (S, d) and
pathwise_g_mu, pathwise_g_sigma, score_g_mu, score_g_sigma (d,). Also checks, by central
differences of scipy's logpdf, that the score formulas are the derivatives of the log-density.
Run with NumPy and SciPy (made with NumPy 2.4.6, SciPy 1.17.1): python3 make_gaussian_estimators.py
"""
import numpy as np
from scipy.stats import norm

CASES = [  # (d, S, mu scale, sigma spec)
    (3, 5, 1.0, "uniform"),
    (1, 1, 1.0, "uniform"),
    (2, 1, 2.0, "uniform"),
    (4, 50, 3.0, 1e-4),
    (4, 50, 1.0, 1e3),
    (6, 200, 1.0, "mixed"),
]


def sigmas(rng, d, spec):
    if spec == "uniform":
        return rng.uniform(0.3, 2.0, d)
    if spec == "mixed":
        return np.array([1e-4, 1.0, 1e3] * (d // 3))
    return np.full(d, spec)


def estimates(mu, sigma, eps):
    z = mu + sigma * eps                         # (S, d)
    f = np.sum(z ** 2, axis=1, keepdims=True)    # (S, 1)
    dlog_dmu = (z - mu) / sigma ** 2
    dlog_dsigma = (z - mu) ** 2 / sigma ** 3 - 1.0 / sigma
    return {
        "pathwise_g_mu": np.mean(2 * z, axis=0),
        "pathwise_g_sigma": np.mean(2 * z * eps, axis=0),
        "score_g_mu": np.mean(f * dlog_dmu, axis=0),
        "score_g_sigma": np.mean(f * dlog_dsigma, axis=0),
    }


def check_score_formulas(rng):
    """The two score formulas against central differences of scipy's log-density."""
    for _ in range(20):
        mu, sigma, z = rng.normal(), rng.uniform(0.5, 2.0), rng.normal(0, 2)
        h = 1e-6
        dmu = (norm.logpdf(z, mu + h, sigma) - norm.logpdf(z, mu - h, sigma)) / (2 * h)
        dsig = (norm.logpdf(z, mu, sigma + h) - norm.logpdf(z, mu, sigma - h)) / (2 * h)
        assert abs(dmu - (z - mu) / sigma ** 2) < 1e-6
        assert abs(dsig - ((z - mu) ** 2 / sigma ** 3 - 1 / sigma)) < 1e-6


def main():
    rng = np.random.default_rng(20261216)
    check_score_formulas(rng)
    for i, (d, s, mu_scale, spec) in enumerate(CASES):
        mu = rng.normal(0.0, mu_scale, d)
        sigma = sigmas(rng, d, spec)
        eps = rng.standard_normal((s, d))
        np.savez(f"case{i:02d}.npz", mu=mu, sigma=sigma, eps=eps, **estimates(mu, sigma, eps))


if __name__ == "__main__":
    main()
