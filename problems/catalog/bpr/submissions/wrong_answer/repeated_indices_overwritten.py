"""Wrong answer: `dU[u] += ...` with an index array. NumPy evaluates the right side, then writes
each selected row once, so a user or item that occurs in several triples (or as both i and j)
keeps one triple's contribution instead of the sum."""
import numpy as np


def bpr_loss_and_grads(U, V, triples, reg):
    u, i, j = triples[:, 0], triples[:, 1], triples[:, 2]
    Uu, Vi, Vj = U[u], V[i], V[j]
    m = len(triples)
    x = np.sum(Uu * (Vi - Vj), axis=1)
    penalty = np.sum(Uu * Uu, axis=1) + np.sum(Vi * Vi, axis=1) + np.sum(Vj * Vj, axis=1)
    loss = np.mean(np.logaddexp(0.0, -x) + 0.5 * reg * penalty)
    pull = np.exp(-np.logaddexp(0.0, x))[:, None]
    dU = np.zeros_like(U)
    dV = np.zeros_like(V)
    dU[u] += (-pull * (Vi - Vj) + reg * Uu) / m
    dV[i] += (-pull * Uu + reg * Vi) / m
    dV[j] += (pull * Uu + reg * Vj) / m
    return float(loss), dU, dV
