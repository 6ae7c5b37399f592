"""Writes mog-<name>.npz, the oracle of MixtureEntropyTest, with NumPy and SciPy only.

Each file holds the inputs w (K,), means (K, D), covs (K, D, D), samples (S, D) and
  out_0   -mean log p(samples), log p from scipy.stats.multivariate_normal.logpdf and
          scipy.special.logsumexp
  out_1   the lower bound -sum_i w_i log sum_j w_j N(mu_i; mu_j, S_i + S_j) (SciPy logpdf, logsumexp)
  out_2   the upper bound sum_i w_i multivariate_normal(cov=S_i).entropy() + scipy.stats.entropy(w)
  ref_h, ref_se   a Monte Carlo estimate of the entropy from 100 000 fresh draws and its standard
                  error, to check lower <= H <= upper
The samples use a fixed seed. Run: python3 make_mog.py (made with NumPy 2.x, SciPy 1.17).
"""
import numpy as np
from scipy import stats
from scipy.special import logsumexp

REF_SAMPLES = 100_000


def log_p(x, w, means, covs):
    comps = [np.log(wi) + stats.multivariate_normal.logpdf(x, mean=mu, cov=c)
             for wi, mu, c in zip(w, means, covs)]
    return logsumexp(np.stack(comps, axis=-1).reshape(len(x), len(w)), axis=-1)


def draw(rng, n, w, means, covs):
    labels = rng.choice(len(w), size=n, p=w)
    out = np.empty((n, means.shape[1]))
    for i in range(len(w)):
        idx = labels == i
        out[idx] = rng.multivariate_normal(means[i], covs[i], size=idx.sum())
    return out


def bounds(w, means, covs):
    K = len(w)
    lower = -sum(w[i] * logsumexp([np.log(w[j]) + stats.multivariate_normal.logpdf(
        means[i], mean=means[j], cov=covs[i] + covs[j]) for j in range(K)]) for i in range(K))
    upper = sum(w[i] * stats.multivariate_normal(mean=means[i], cov=covs[i]).entropy()
                for i in range(K)) + stats.entropy(w)
    return lower, upper


def mixture(rng, K, D, spread, scale=1.0):
    w = rng.dirichlet(np.ones(K) * 2.0)
    means = spread * rng.standard_normal((K, D))
    covs = np.empty((K, D, D))
    for i in range(K):
        A = rng.standard_normal((D, D))
        covs[i] = scale * (A @ A.T / D + 0.2 * np.eye(D))
    return w, means, covs


CASES = {
    "one-component": (1, 3, 0.0),
    "overlapping": (3, 2, 0.5),
    "separated": (4, 2, 30.0),
    "moderate": (3, 4, 2.0),
    "many": (8, 3, 1.5),
    "scalar": (2, 1, 1.0),
}


def main():
    rng = np.random.default_rng(20261207)
    for name, (K, D, spread) in CASES.items():
        w, means, covs = mixture(rng, K, D, spread)
        samples = draw(rng, 300, w, means, covs)
        lower, upper = bounds(w, means, covs)
        ref = -log_p(draw(rng, REF_SAMPLES, w, means, covs), w, means, covs)
        np.savez(f"mog-{name}.npz", w=w, means=means, covs=covs, samples=samples,
                 out_0=np.float64(-log_p(samples, w, means, covs).mean()),
                 out_1=np.float64(lower), out_2=np.float64(upper),
                 ref_h=np.float64(ref.mean()), ref_se=np.float64(ref.std() / np.sqrt(REF_SAMPLES)))
    # identical components: the mixture is one Gaussian
    w = np.array([0.5, 0.3, 0.2])
    means = np.tile(rng.standard_normal(2), (3, 1))
    A = rng.standard_normal((2, 2))
    covs = np.tile(A @ A.T + 0.5 * np.eye(2), (3, 1, 1))
    samples = draw(rng, 300, w, means, covs)
    lower, upper = bounds(w, means, covs)
    ref = -log_p(draw(rng, REF_SAMPLES, w, means, covs), w, means, covs)
    np.savez("mog-identical.npz", w=w, means=means, covs=covs, samples=samples,
             out_0=np.float64(-log_p(samples, w, means, covs).mean()),
             out_1=np.float64(lower), out_2=np.float64(upper),
             ref_h=np.float64(ref.mean()), ref_se=np.float64(ref.std() / np.sqrt(REF_SAMPLES)))


if __name__ == "__main__":
    main()
