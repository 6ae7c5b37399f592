"""Wrong answer: the prompt and the tokens each get positions counted from 0, as if the prompt were
a separate segment: the tokens read Pos[0:T] instead of Pos[n:n+T]. The contract counts positions
from the first prompt vector, so token t sits at position n + t."""
import numpy as np


def prompt_tuning_loss_and_grad(P, token_ids, labels, E, Pos, W, b):
    n, D = P.shape
    B, T = token_ids.shape
    prompt = np.broadcast_to(P + Pos[:n], (B, n, D))
    x = np.concatenate([prompt, E[token_ids] + Pos[:T]], axis=1)
    a = np.tanh(x)
    h = a.mean(axis=1)
    z = h @ W + b
    top = z.max(axis=1, keepdims=True)
    lse = top[:, 0] + np.log(np.exp(z - top).sum(axis=1))
    rows = np.arange(B)
    loss = np.mean(lse - z[rows, labels])
    dz = np.exp(z - lse[:, None])
    dz[rows, labels] -= 1.0
    dh = dz @ W.T / B
    dP = np.einsum("bsd,bd->sd", 1.0 - a[:, :n] ** 2, dh) / (n + T)
    return float(loss), dP
