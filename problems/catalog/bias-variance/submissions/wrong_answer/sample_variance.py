"""Wrong answer: the variance over models with ddof=1 (divides by M - 1); expected_mse computed
directly, so the four numbers no longer add up (and M = 1 gives nan)."""
import numpy as np


def bias_variance(preds, f_true, noise_var):
    mean_pred = preds.mean(axis=0)
    bias_sq = np.mean((mean_pred - f_true) ** 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        variance = np.mean(np.var(preds, axis=0, ddof=1))
    expected_mse = np.mean((preds - f_true) ** 2) + noise_var
    return float(bias_sq), float(variance), float(noise_var), float(expected_mse)
