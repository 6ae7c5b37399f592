"""Wrong answer: the second head is read as log sigma, so z uses exp(lv) and the KL uses 2 lv."""
import numpy as np


def _softplus(l):
    return np.maximum(l, 0.0) + np.log1p(np.exp(-np.abs(l)))


def _sigmoid(l):
    e = np.exp(-np.abs(l))  # never overflows
    return np.where(l >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _forward(x, W_mu, b_mu, W_lv, b_lv, W_dec, b_dec, eps):
    mu = x @ W_mu + b_mu
    lv = x @ W_lv + b_lv  # log sigma^2
    sigma = np.exp(lv)  # lv = log sigma
    z = mu + sigma * eps  # reparameterisation
    logits = z @ W_dec + b_dec
    return mu, lv, sigma, z, logits


def vae_elbo(x, W_mu, b_mu, W_lv, b_lv, W_dec, b_dec, eps):
    mu, lv, sigma, z, logits = _forward(x, W_mu, b_mu, W_lv, b_lv, W_dec, b_dec, eps)
    recon = np.mean(np.sum(x * logits - _softplus(logits), axis=1))  # log p(x|z)
    kl = np.mean(np.sum(0.5 * (np.exp(2 * lv) + mu**2 - 1.0) - lv, axis=1))  # KL(q || N(0, I))
    return float(recon - kl), float(recon), float(kl)


def vae_grads(x, W_mu, b_mu, W_lv, b_lv, W_dec, b_dec, eps):
    mu, lv, sigma, z, logits = _forward(x, W_mu, b_mu, W_lv, b_lv, W_dec, b_dec, eps)
    B = x.shape[0]
    d_logits = (_sigmoid(logits) - x) / B
    d_z = d_logits @ W_dec.T
    d_mu = d_z + mu / B
    d_lv = d_z * eps * sigma + (np.exp(2 * lv) - 1.0) / B
    return {
        "W_mu": x.T @ d_mu,
        "b_mu": d_mu.sum(axis=0),
        "W_lv": x.T @ d_lv,
        "b_lv": d_lv.sum(axis=0),
        "W_dec": z.T @ d_logits,
        "b_dec": d_logits.sum(axis=0),
    }
