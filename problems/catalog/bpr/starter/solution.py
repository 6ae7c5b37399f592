import numpy as np


def bpr_loss_and_grads(U, V, triples, reg):
    """The mean BPR loss of a batch of triples and its gradients.

    U: (n_users, k) user factors. V: (n_items, k) item factors.
    triples: (M, 3) int64, rows (u, i, j): user u prefers item i to item j (i == j allowed).
    reg: the L2 coefficient; each triple is penalised reg/2 (|U_u|^2 + |V_i|^2 + |V_j|^2).
    Returns (loss, dU, dV): the mean loss (a float) and dL/dU, dL/dV of the shapes of U and V.
    """
    raise NotImplementedError
