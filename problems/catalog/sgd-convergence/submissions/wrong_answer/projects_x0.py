"""Wrong answer: projects x0 onto the ball before starting (the contract keeps x0 as given)."""
import numpy as np


def _project(y, radius):
    n = np.linalg.norm(y)
    return y if n <= radius else y * (radius / n)


def projected_sgd(x0, A, b, noise, lr, radius):
    xs = [_project(np.asarray(x0, dtype=float), radius)]
    for xi in noise:
        xs.append(_project(xs[-1] - lr * (A @ xs[-1] - b + xi), radius))
    iterates = np.array(xs)
    return iterates, iterates[:-1].mean(axis=0)


def sgd_bound(D, G, T):
    return D * G / np.sqrt(T)
