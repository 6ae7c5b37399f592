import numpy as np


def ddpm_schedule(T, schedule="linear", beta_start=1e-4, beta_end=0.02):
    """The variance schedule of a T-step diffusion, steps t = 0 .. T-1.

    schedule: "linear" (T evenly spaced betas from beta_start to beta_end inclusive) or "cosine"
    (Nichol and Dhariwal; the beta bounds are not used).
    Returns (betas, alphas_cumprod), each (T,) float64.
    """
    raise NotImplementedError


def q_sample(x0, t, noise, alphas_cumprod):
    """A draw of x_t given x_0: x0 and noise (N, D), t (N,) int64 with one step per example.

    Returns x_t, (N, D).
    """
    raise NotImplementedError


def q_posterior(x0, x_t, t, betas):
    """Mean (N, D) and variance (N,) of q(x_{t-1} | x_t, x_0) for each example at its step t."""
    raise NotImplementedError
