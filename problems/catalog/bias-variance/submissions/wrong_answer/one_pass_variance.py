"""Wrong answer: the variance as mean(p^2) - mean(p)^2 in one pass; near 1e7 the two terms agree
to about 14 digits and the difference is mostly rounding error."""
import numpy as np


def bias_variance(preds, f_true, noise_var):
    mean_pred = preds.mean(axis=0)
    bias_sq = np.mean((mean_pred - f_true) ** 2)
    variance = np.mean(np.mean(preds ** 2, axis=0) - mean_pred ** 2)
    expected_mse = np.mean((preds - f_true) ** 2) + noise_var
    return float(bias_sq), float(variance), float(noise_var), float(expected_mse)
