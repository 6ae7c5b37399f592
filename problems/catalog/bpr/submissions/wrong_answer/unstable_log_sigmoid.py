"""Wrong answer: the loss as -log(sigmoid(x)) with sigmoid = 1 / (1 + exp(-x)). For a margin of
-1000, exp(1000) overflows to inf, sigmoid is 0 and the loss is inf instead of about 1000."""
import numpy as np


def bpr_loss_and_grads(U, V, triples, reg):
    u, i, j = triples[:, 0], triples[:, 1], triples[:, 2]
    Uu, Vi, Vj = U[u], V[i], V[j]
    m = len(triples)
    x = np.sum(Uu * (Vi - Vj), axis=1)
    sig = 1.0 / (1.0 + np.exp(-x))
    penalty = np.sum(Uu * Uu, axis=1) + np.sum(Vi * Vi, axis=1) + np.sum(Vj * Vj, axis=1)
    loss = np.mean(-np.log(sig) + 0.5 * reg * penalty)
    pull = (1.0 - sig)[:, None]
    dU = np.zeros_like(U)
    dV = np.zeros_like(V)
    np.add.at(dU, u, (-pull * (Vi - Vj) + reg * Uu) / m)
    np.add.at(dV, i, (-pull * Uu + reg * Vi) / m)
    np.add.at(dV, j, (pull * Uu + reg * Vj) / m)
    return float(loss), dU, dV
