"""Accepted: one example at a time, log-likelihood through np.logaddexp, gradients accumulated."""
import numpy as np


def _example(x, W_mu, b_mu, W_lv, b_lv, W_dec, b_dec, e):
    mu = x @ W_mu + b_mu
    lv = x @ W_lv + b_lv
    sigma = np.exp(0.5 * lv)
    z = mu + sigma * e
    logits = z @ W_dec + b_dec
    # log sigmoid(l) = -log(1 + e^-l) and log(1 - sigmoid(l)) = -log(1 + e^l), both via logaddexp
    log_px = np.sum(-x * np.logaddexp(0.0, -logits) - (1 - x) * np.logaddexp(0.0, logits))
    kl = 0.5 * np.sum(np.exp(lv) + mu * mu - 1.0 - lv)
    return mu, lv, sigma, z, logits, log_px, kl


def vae_elbo(x, W_mu, b_mu, W_lv, b_lv, W_dec, b_dec, eps):
    recon = kl = 0.0
    for n in range(x.shape[0]):
        *_, log_px, kl_n = _example(x[n], W_mu, b_mu, W_lv, b_lv, W_dec, b_dec, eps[n])
        recon += log_px
        kl += kl_n
    B = x.shape[0]
    return (recon - kl) / B, recon / B, kl / B


def vae_grads(x, W_mu, b_mu, W_lv, b_lv, W_dec, b_dec, eps):
    grads = {k: np.zeros_like(v) for k, v in
             dict(W_mu=W_mu, b_mu=b_mu, W_lv=W_lv, b_lv=b_lv, W_dec=W_dec, b_dec=b_dec).items()}
    B = x.shape[0]
    for n in range(B):
        mu, lv, sigma, z, logits, _, _ = _example(x[n], W_mu, b_mu, W_lv, b_lv, W_dec, b_dec, eps[n])
        # d(-log p)/dl = sigmoid(l) - x; sigmoid(l) = exp(-softplus(-l)) stays in [0, 1]
        d_logits = np.exp(-np.logaddexp(0.0, -logits)) - x[n]
        d_z = W_dec @ d_logits
        d_mu = d_z + mu  # KL term: d/dmu of mu^2 / 2
        d_lv = 0.5 * d_z * eps[n] * sigma + 0.5 * (np.exp(lv) - 1.0)
        grads["W_dec"] += np.outer(z, d_logits)
        grads["b_dec"] += d_logits
        grads["W_mu"] += np.outer(x[n], d_mu)
        grads["b_mu"] += d_mu
        grads["W_lv"] += np.outer(x[n], d_lv)
        grads["b_lv"] += d_lv
    return {k: v / B for k, v in grads.items()}
