import numpy as np


def vae_elbo(x, W_mu, b_mu, W_lv, b_lv, W_dec, b_dec, eps):
    """ELBO of a one-layer VAE: Gaussian encoder with a log-variance head, Bernoulli decoder.

    x: (B, D) in [0, 1]. W_mu, W_lv: (D, Z); b_mu, b_lv: (Z,). W_dec: (Z, D); b_dec: (D,).
    eps: (B, Z) standard normal noise for the reparameterisation z = mu + exp(lv / 2) * eps.
    Returns (elbo, recon, kl) as floats, each a mean over the batch of per-example sums.
    """
    raise NotImplementedError


def vae_grads(x, W_mu, b_mu, W_lv, b_lv, W_dec, b_dec, eps):
    """Gradients of the mean negative ELBO (-elbo of vae_elbo) with respect to the parameters.

    Returns a dict with keys "W_mu", "b_mu", "W_lv", "b_lv", "W_dec", "b_dec", each an array of
    its parameter's shape.
    """
    raise NotImplementedError
