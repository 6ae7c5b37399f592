"""Accepted: one example at a time, the gradient as -(1/p_y) times row y of the softmax Jacobian
diag(p) - p p^T, written out without forming the matrix; logaddexp for the log-sum-exp."""
import numpy as np


def softmax_cross_entropy(logits, labels):
    n, c = logits.shape
    total = 0.0
    grad = np.zeros((n, c))
    for i in range(n):
        z = logits[i]
        lse = np.logaddexp.reduce(z)  # stable log-sum-exp
        y = int(labels[i])
        total += lse - z[y]
        p = np.exp(z - lse)
        # d(-log p_y)/dz_j = -(1/p_y) * p_y * ([y == j] - p_j) = p_j - [y == j]
        row = p.copy()
        row[y] = p[y] - 1.0
        grad[i] = row / n
    return total / n, grad
