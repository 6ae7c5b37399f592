"""Wrong answer: t is read as the paper's 1-based step, so every lookup uses index t - 1."""
import numpy as np


def ddpm_schedule(T, schedule="linear", beta_start=1e-4, beta_end=0.02):
    if schedule == "linear":
        betas = np.linspace(beta_start, beta_end, T)
    else:
        f = np.cos((np.arange(T + 1) / T + 0.008) / 1.008 * np.pi / 2) ** 2
        betas = np.minimum(1 - f[1:] / f[:-1], 0.999)
    return betas, np.cumprod(1 - betas)


def q_sample(x0, t, noise, alphas_cumprod):
    abar = alphas_cumprod[t - 1][:, None]
    return np.sqrt(abar) * x0 + np.sqrt(1 - abar) * noise


def q_posterior(x0, x_t, t, betas):
    abar = np.cumprod(1 - betas)
    i = t - 1
    beta, a = betas[i], abar[i]
    ap = np.where(t == 1, 1.0, abar[t - 2])
    mean = ((beta * np.sqrt(ap) / (1 - a))[:, None] * x0
            + ((1 - ap) * np.sqrt(1 - beta) / (1 - a))[:, None] * x_t)
    return mean, (1 - ap) / (1 - a) * beta
