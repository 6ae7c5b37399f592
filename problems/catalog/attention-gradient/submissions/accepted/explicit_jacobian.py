"""Accepted: head by head and row by row, multiplying by the full softmax Jacobian diag(p) - p p^T."""
import math

import numpy as np


def _head(q, k, v, do, causal):
    T, d = q.shape
    scale = 1.0 / math.sqrt(d)
    dq = np.zeros_like(q)
    dk = np.zeros_like(k)
    dv = np.zeros_like(v)
    for i in range(T):
        n = i + 1 if causal else T  # keys visible to query i
        s = scale * (k[:n] @ q[i])
        p = np.exp(s - s.max())
        p /= p.sum()
        dv[:n] += np.outer(p, do[i])
        dp = v[:n] @ do[i]
        jac = np.diag(p) - np.outer(p, p)
        ds = jac @ dp
        dq[i] = scale * (ds @ k[:n])
        dk[:n] += scale * np.outer(ds, q[i])
    return dq, dk, dv


def attention_backward(Q, K, V, dO, causal=False):
    lead = Q.shape[:-2]
    T, d = Q.shape[-2:]
    flat = [a.reshape(-1, T, d) for a in (Q, K, V, dO)]
    grads = [np.empty_like(flat[0]) for _ in range(3)]
    for h in range(flat[0].shape[0]):
        for g, x in zip(grads, _head(*(a[h] for a in flat), causal)):
            g[h] = x
    return tuple(g.reshape(*lead, T, d) for g in grads)
