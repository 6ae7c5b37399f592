"""Wrong answer: the variance as mean(y**2) - mean(y)**2, which cancels when |y| is large."""
import numpy as np


def mc_dropout_predict(x, W1, b1, W2, b2, masks, p):
    h = np.maximum(x @ W1 + b1, 0.0)
    y = (masks * h / (1.0 - p)) @ W2 + b2
    mean = y.mean(axis=0)
    return mean, (y ** 2).mean(axis=0) - mean ** 2
