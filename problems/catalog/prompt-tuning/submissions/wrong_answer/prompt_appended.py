"""Wrong answer: the soft prompt placed after the tokens, x = [E[ids]; P] + Pos[:n+T], so the prompt
reads positions T..T+n-1 instead of 0..n-1 (the pooled mean alone would not notice the order; the
positions do)."""
import numpy as np


def prompt_tuning_loss_and_grad(P, token_ids, labels, E, Pos, W, b):
    n, D = P.shape
    B, T = token_ids.shape
    prompt = np.broadcast_to(P, (B, n, D))
    x = np.concatenate([E[token_ids], prompt], axis=1) + Pos[: n + T]
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
    dP = np.einsum("bsd,bd->sd", 1.0 - a[:, T:] ** 2, dh) / (n + T)
    return float(loss), dP
