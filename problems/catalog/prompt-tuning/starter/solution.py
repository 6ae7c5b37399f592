import numpy as np


def prompt_tuning_loss_and_grad(P, token_ids, labels, E, Pos, W, b):
    """The mean cross-entropy of a frozen classifier that reads [P; E[ids]] + Pos[:n+T], and its
    gradient with respect to the soft prompt P only.

    P: (n, D) soft prompt. token_ids: (B, T) int64. labels: (B,) int64 in [0, C).
    E: (V, D) embeddings. Pos: (L, D) positions, L >= n + T. W: (D, C), b: (C,) the head.
    Returns (loss, dP): the mean loss over the batch (a float) and dL/dP of P's shape.
    """
    raise NotImplementedError
