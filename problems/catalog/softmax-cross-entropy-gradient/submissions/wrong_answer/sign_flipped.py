"""Wrong answer: the gradient written as onehot - softmax, the direction of descent."""
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    rows = np.arange(n)
    onehot = np.zeros_like(logits)
    onehot[rows, labels] = 1.0
    return float(-log_p[rows, labels].mean()), (onehot - np.exp(log_p)) / n
