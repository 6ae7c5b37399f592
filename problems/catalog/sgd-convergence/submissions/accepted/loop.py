"""Accepted: the loop of equation (1), the average over rows 0..T-1."""
import numpy as np


def projected_sgd(x0, A, b, noise, lr, radius):
    xs = [np.asarray(x0, dtype=float)]
    for xi in noise:
        y = xs[-1] - lr * (A @ xs[-1] - b + xi)
        n = np.linalg.norm(y)
        xs.append(y if n <= radius else y * (radius / n))
    iterates = np.array(xs)
    return iterates, iterates[:-1].mean(axis=0)


def sgd_bound(D, G, T):
    return D * G / np.sqrt(T)
