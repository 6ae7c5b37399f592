"""Wrong answer: the overlap z_ij uses the covariance of component j only, not Sigma_i + Sigma_j."""
import numpy as np


def _log_normal(x, mu, chol):
    # log N(x; mu, L L^T) for the rows of x
    D = mu.shape[0]
    y = np.linalg.solve(chol, (x - mu).T)
    return -0.5 * (D * np.log(2 * np.pi) + 2 * np.log(np.diag(chol)).sum() + np.sum(y * y, axis=0))


def _logsumexp(a, axis):
    m = np.max(a, axis=axis, keepdims=True)
    return np.squeeze(m, axis=axis) + np.log(np.sum(np.exp(a - m), axis=axis))


def mog_entropy_mc(w, means, covs, samples):
    a = np.stack([np.log(w[i]) + _log_normal(samples, means[i], np.linalg.cholesky(covs[i]))
                  for i in range(len(w))], axis=1)  # (S, K)
    return float(-np.mean(_logsumexp(a, axis=1)))


def mog_entropy_bounds(w, means, covs):
    K, D = means.shape
    logdets = np.array([np.linalg.slogdet(c)[1] for c in covs])
    upper = np.sum(w * 0.5 * (D * np.log(2 * np.pi * np.e) + logdets)) - np.sum(w * np.log(w))
    log_z = np.array([[_log_normal(means[i][None, :], means[j], np.linalg.cholesky(covs[j]))[0]
                       for j in range(K)] for i in range(K)])
    lower = -np.sum(w * _logsumexp(np.log(w)[None, :] + log_z, axis=1))
    return float(lower), float(upper)
