"""Wrong answer: the mean over models of each model's squared error stands in for the squared bias
of the mean prediction; expected_mse is then assembled from the terms, so the identity holds but
bias_sq (and expected_mse) are too large by the variance."""
import numpy as np


def bias_variance(preds, f_true, noise_var):
    per_model_mse = np.mean((preds - f_true) ** 2, axis=1)  # (M,)
    bias_sq = np.mean(per_model_mse)
    variance = np.mean(np.var(preds, axis=0))
    return float(bias_sq), float(variance), float(noise_var), float(bias_sq + variance + noise_var)
