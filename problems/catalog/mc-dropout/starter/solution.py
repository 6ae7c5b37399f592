import numpy as np


def mc_dropout_predict(x, W1, b1, W2, b2, masks, p):
    """Predictive mean and variance of S dropout passes through a one-hidden-layer ReLU network.

    x (N, D), W1 (D, H), b1 (H,), W2 (H, O), b2 (O,).
    masks (S, N, H) of 0.0/1.0, 1 keeps a hidden unit; p in [0, 1) the drop probability.
    Returns the tuple (mean, var), each (N, O); var is the population variance over the S passes.
    """
    raise NotImplementedError
