"""Accepted: one triple at a time, adding into the gradient rows, with the log-sigmoid split by
the sign of the margin so that no exponent is positive."""
import math

import numpy as np


def neg_log_sigmoid(x):
    if x >= 0:
        return math.log1p(math.exp(-x))
    return -x + math.log1p(math.exp(x))


def sigmoid(x):
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def bpr_loss_and_grads(U, V, triples, reg):
    m = len(triples)
    dU = np.zeros(U.shape)
    dV = np.zeros(V.shape)
    total = 0.0
    for u, i, j in triples.tolist():
        diff = V[i] - V[j]
        x = float(U[u] @ diff)
        total += neg_log_sigmoid(x) + 0.5 * reg * float(U[u] @ U[u] + V[i] @ V[i] + V[j] @ V[j])
        g = -sigmoid(-x)
        dU[u] += (g * diff + reg * U[u]) / m
        dV[i] += (g * U[u] + reg * V[i]) / m
        dV[j] += (-g * U[u] + reg * V[j]) / m
    return total / m, dU, dV
