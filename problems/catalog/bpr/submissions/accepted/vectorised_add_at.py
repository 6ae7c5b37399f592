"""Accepted: every triple at once; np.add.at scatters the per-triple gradients, adding once per
occurrence of an index; np.logaddexp gives log(1 + exp(-x)) without overflow."""
import numpy as np


def bpr_loss_and_grads(U, V, triples, reg):
    u, i, j = triples[:, 0], triples[:, 1], triples[:, 2]
    Uu, Vi, Vj = U[u], V[i], V[j]
    m = len(triples)
    x = np.sum(Uu * (Vi - Vj), axis=1)
    penalty = np.sum(Uu * Uu, axis=1) + np.sum(Vi * Vi, axis=1) + np.sum(Vj * Vj, axis=1)
    loss = np.mean(np.logaddexp(0.0, -x) + 0.5 * reg * penalty)
    pull = np.exp(-np.logaddexp(0.0, x))[:, None]      # sigmoid(-x), never exp of a large number
    dU = np.zeros_like(U)
    dV = np.zeros_like(V)
    np.add.at(dU, u, (-pull * (Vi - Vj) + reg * Uu) / m)
    np.add.at(dV, i, (-pull * Uu + reg * Vi) / m)
    np.add.at(dV, j, (pull * Uu + reg * Vj) / m)
    return float(loss), dU, dV
