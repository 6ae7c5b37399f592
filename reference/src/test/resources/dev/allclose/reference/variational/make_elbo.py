"""Writes elbo-<name>.npz, the oracle of LinearGaussianElboTest, with NumPy and SciPy only.

Each file holds the inputs of elbo_terms (x, W, b, s2, m, S) and
  out_1     log p(x) = scipy.stats.multivariate_normal.logpdf(x, b, W W^T + s2 I)
  out_2     KL(q || p(z|x)): the exact posterior in covariance form, inv(I + W^T W / s2), and the
            Gaussian KL written with np.linalg.inv and np.linalg.slogdet
  out_0     out_1 - out_2 (the identity the ELBO satisfies)
  mc_elbo, mc_elbo_se   Monte Carlo mean and standard error of log p(x, z) - log q(z), z ~ q
  mc_ell, mc_ell_se     the same for log p(x | z), the expected log-likelihood
The Monte Carlo samples use a fixed seed. Run: python3 make_elbo.py (made with NumPy 2.x, SciPy 1.17).
"""
import numpy as np
from scipy import stats

SAMPLES = 200_000


def posterior(x, W, b, s2):
    k = W.shape[1]
    cov = np.linalg.inv(np.eye(k) + W.T @ W / s2)
    return cov @ W.T @ (x - b) / s2, cov


def kl_gauss(m1, S1, m2, S2):
    k = len(m1)
    inv2 = np.linalg.inv(S2)
    diff = m2 - m1
    return 0.5 * (np.trace(inv2 @ S1) + diff @ inv2 @ diff - k
                  + np.linalg.slogdet(S2)[1] - np.linalg.slogdet(S1)[1])


def random_spd(rng, k, scale):
    A = rng.standard_normal((k, k))
    return scale * (A @ A.T / k + 0.3 * np.eye(k))


def case(rng, d, k, s2, q="random", w_scale=1.0):
    W = w_scale * rng.standard_normal((d, k))
    b = rng.standard_normal(d)
    z = rng.standard_normal(k)
    x = W @ z + b + np.sqrt(s2) * rng.standard_normal(d)
    mu, cov = posterior(x, W, b, s2)
    if q == "posterior":
        m, S = mu, cov
    else:
        m, S = mu + 0.5 * rng.standard_normal(k), random_spd(rng, k, 0.5)
    return dict(x=x, W=W, b=b, s2=np.float64(s2), m=m, S=S)


def outputs(rng, c):
    x, W, b, s2, m, S = (c[n] for n in ("x", "W", "b", "s2", "m", "S"))
    d, k = W.shape
    log_ev = stats.multivariate_normal.logpdf(x, mean=b, cov=W @ W.T + s2 * np.eye(d))
    mu, cov = posterior(x, W, b, s2)
    kl = kl_gauss(m, S, mu, cov)
    z = stats.multivariate_normal.rvs(mean=m, cov=S, size=SAMPLES, random_state=rng).reshape(SAMPLES, k)
    ell = stats.norm.logpdf(x, loc=z @ W.T + b, scale=np.sqrt(s2)).sum(axis=1)
    joint = ell + stats.multivariate_normal.logpdf(z, mean=np.zeros(k), cov=np.eye(k)).reshape(SAMPLES)
    elbo = joint - stats.multivariate_normal.logpdf(z, mean=m, cov=S).reshape(SAMPLES)
    se = lambda a: a.std() / np.sqrt(SAMPLES)
    return dict(out_0=np.float64(log_ev - kl), out_1=np.float64(log_ev), out_2=np.float64(kl),
                mc_elbo=elbo.mean(), mc_elbo_se=se(elbo), mc_ell=ell.mean(), mc_ell_se=se(ell))


CASES = {
    "small": (3, 2, 0.5, "random"),
    "posterior": (4, 2, 0.3, "posterior"),
    "k-above-d": (2, 5, 0.7, "random"),
    "k-above-d-posterior": (3, 6, 0.2, "posterior"),
    "k-below-d": (9, 2, 0.1, "random"),
    "square": (4, 4, 1.5, "random"),
    "scalar": (1, 1, 0.4, "random"),
    "tiny-noise": (6, 2, 1e-6, "random"),
    "tiny-noise-posterior": (64, 3, 1e-6, "posterior"),
}


def main():
    rng = np.random.default_rng(20261205)
    for name, (d, k, s2, q) in CASES.items():
        c = case(rng, d, k, s2, q)
        np.savez(f"elbo-{name}.npz", **c, **outputs(rng, c))


if __name__ == "__main__":
    main()
