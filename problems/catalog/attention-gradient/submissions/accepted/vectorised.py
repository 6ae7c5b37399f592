"""Accepted: the matrix form, batched over the leading axes with swapaxes and matmul."""
import numpy as np


def attention_backward(Q, K, V, dO, causal=False):
    d = Q.shape[-1]
    T = Q.shape[-2]
    scale = 1.0 / np.sqrt(d)
    S = scale * (Q @ np.swapaxes(K, -1, -2))
    if causal:
        S = np.where(np.tril(np.ones((T, T), dtype=bool)), S, -np.inf)
    S = S - S.max(axis=-1, keepdims=True)
    P = np.exp(S)
    P /= P.sum(axis=-1, keepdims=True)
    O = P @ V
    dV = np.swapaxes(P, -1, -2) @ dO
    dP = dO @ np.swapaxes(V, -1, -2)
    D = np.sum(dO * O, axis=-1, keepdims=True)  # rowsum(dP * P)
    dS = P * (dP - D)
    dQ = scale * (dS @ K)
    dK = scale * (np.swapaxes(dS, -1, -2) @ Q)
    return dQ, dK, dV
