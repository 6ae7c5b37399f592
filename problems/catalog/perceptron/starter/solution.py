import numpy as np


def perceptron_train(X, y, max_epochs):
    """The online perceptron with a bias, from w = 0 and b = 0.

    X: (N, D) float64. y: (N,) int64 labels, each -1 or +1. max_epochs: int >= 1.
    Each epoch visits the samples in the given order; a sample with y_i (w . x_i + b) <= 0 is a
    mistake and triggers w += y_i x_i, b += y_i. Stop after the first epoch with no mistake (its 0
    is recorded) or after max_epochs epochs.
    Returns the tuple (w, b, mistakes_per_epoch): w (D,) float array, b a float, and
    mistakes_per_epoch a list of int, one per epoch run.
    """
    raise NotImplementedError


def mistake_bound(X, y, w_star, b_star):
    """Novikoff's bound (R / gamma)^2 on the augmented vectors x~ = (x, 1), w~ = (w_star, b_star).

    R = max_i ||x~_i||; gamma = min_i y_i (w~ . x~_i) / ||w~||.
    Returns a float; float('inf') when min_i y_i (w~ . x~_i) <= 0 (w~ does not separate the data,
    w~ = 0 included).
    """
    raise NotImplementedError
