import numpy as np


def projected_sgd(x0, A, b, noise, lr, radius):
    """Projected SGD on f(x) = x'Ax/2 - b'x over the ball |x| <= radius.

    x0: (d,), A: (d, d), b: (d,), noise: (T, d) (row t is added to the gradient at step t).
    Returns (iterates, x_avg): iterates (T + 1, d) = x_0 .. x_T with x_0 = x0 as given,
    x_avg (d,) = the mean of x_0 .. x_{T-1}.
    """
    raise NotImplementedError


def sgd_bound(D, G, T):
    """The bound D * G / sqrt(T) on E f(x_avg) - f(x*), as a float."""
    raise NotImplementedError
