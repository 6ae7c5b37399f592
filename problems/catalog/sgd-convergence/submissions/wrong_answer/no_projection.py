"""Wrong answer: plain SGD, the iterates never projected back onto the ball."""
import numpy as np


def projected_sgd(x0, A, b, noise, lr, radius):
    xs = [np.asarray(x0, dtype=float)]
    for xi in noise:
        xs.append(xs[-1] - lr * (A @ xs[-1] - b + xi))
    iterates = np.array(xs)
    return iterates, iterates[:-1].mean(axis=0)


def sgd_bound(D, G, T):
    return D * G / np.sqrt(T)
