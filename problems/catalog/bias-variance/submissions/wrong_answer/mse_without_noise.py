"""Wrong answer: expected_mse measured against f instead of the noisy targets (no noise_var)."""
import numpy as np


def bias_variance(preds, f_true, noise_var):
    mean_pred = preds.mean(axis=0)
    bias_sq = np.mean((mean_pred - f_true) ** 2)
    variance = np.mean(np.var(preds, axis=0))
    expected_mse = np.mean((preds - f_true) ** 2)
    return float(bias_sq), float(variance), float(noise_var), float(expected_mse)
