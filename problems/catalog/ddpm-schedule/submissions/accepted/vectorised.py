"""Accepted: NumPy linspace and cumprod, with fancy indexing by t broadcast over the features."""
import numpy as np


def ddpm_schedule(T, schedule="linear", beta_start=1e-4, beta_end=0.02):
    if schedule == "linear":
        betas = np.linspace(beta_start, beta_end, T)
    elif schedule == "cosine":
        s = 0.008
        f = np.cos((np.arange(T + 1) / T + s) / (1 + s) * np.pi / 2) ** 2
        betas = np.minimum(1 - f[1:] / f[:-1], 0.999)
    else:
        raise ValueError("unknown schedule " + schedule)
    return betas, np.cumprod(1 - betas)


def q_sample(x0, t, noise, alphas_cumprod):
    abar = alphas_cumprod[t][:, None]  # one step per example, broadcast over the features
    return np.sqrt(abar) * x0 + np.sqrt(1 - abar) * noise


def q_posterior(x0, x_t, t, betas):
    abar = np.cumprod(1 - betas)
    abar_prev = np.concatenate([[1.0], abar[:-1]])  # abar_{-1} = 1
    beta, a, ap = betas[t], abar[t], abar_prev[t]
    coef_x0 = beta * np.sqrt(ap) / (1 - a)
    coef_xt = (1 - ap) * np.sqrt(1 - beta) / (1 - a)
    mean = coef_x0[:, None] * x0 + coef_xt[:, None] * x_t
    variance = (1 - ap) / (1 - a) * beta
    return mean, variance
