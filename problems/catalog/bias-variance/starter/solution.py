import numpy as np


def bias_variance(preds, f_true, noise_var):
    """Bias-variance decomposition of the expected squared error, averaged over the N points.

    preds: (M, N), preds[m, n] is model m's prediction at point n.
    f_true: (N,), the noise-free function at the points.
    noise_var: float, the variance of the target noise.
    Returns the tuple (bias_sq, variance, noise, expected_mse) of floats.
    """
    raise NotImplementedError
