"""Accepted: plain Python loops with the math module, one example at a time."""
import math

import numpy as np


def ddpm_schedule(T, schedule="linear", beta_start=1e-4, beta_end=0.02):
    def f(step):
        return math.cos((step / T + 0.008) / 1.008 * math.pi / 2) ** 2

    if schedule == "cosine":
        betas = [min(1 - f(i + 1) / f(i), 0.999) for i in range(T)]
    elif T == 1:
        betas = [beta_start]
    else:
        betas = [beta_start + i * (beta_end - beta_start) / (T - 1) for i in range(T)]
    return np.array(betas), np.array(cumulative_product(betas))


def cumulative_product(betas):
    """abar_t = (1 - beta_0) (1 - beta_1) ... (1 - beta_t)."""
    abar, running = [], 1.0
    for b in betas:
        running *= 1 - b
        abar.append(running)
    return abar


def q_sample(x0, t, noise, alphas_cumprod):
    out = np.empty_like(x0)
    for n in range(len(x0)):
        abar = alphas_cumprod[t[n]]
        out[n] = math.sqrt(abar) * x0[n] + math.sqrt(1 - abar) * noise[n]
    return out


def q_posterior(x0, x_t, t, betas):
    abar = cumulative_product(betas)
    mean = np.empty_like(x0)
    variance = np.empty(len(x0))
    for n in range(len(x0)):
        k = int(t[n])
        prev = abar[k - 1] if k > 0 else 1.0
        denom = 1 - abar[k]
        mean[n] = (betas[k] * math.sqrt(prev) / denom * x0[n]
                   + (1 - prev) * math.sqrt(1 - betas[k]) / denom * x_t[n])
        variance[n] = (1 - prev) / denom * betas[k]
    return mean, variance

