"""Wrong answer: heads split by a bare reshape, which mixes positions and heads."""
import numpy as np


def multi_head_attention(X, W_Q, W_K, W_V, W_O, n_heads, causal=False):
    B, T, D = X.shape
    d_k = D // n_heads

    def split(M):  # (B, T, D) -> (B, h, T, d_k)
        return M.reshape(B, n_heads, T, d_k)

    Q, K, V = split(X @ W_Q), split(X @ W_K), split(X @ W_V)
    scores = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(d_k)  # (B, h, T, T), eq. 2
    if causal:
        scores = np.where(np.triu(np.ones((T, T), dtype=bool), k=1), -np.inf, scores)
    scores = scores - scores.max(axis=-1, keepdims=True)  # stable softmax, eq. 3
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = weights @ V  # eq. 4
    return heads.transpose(0, 2, 1, 3).reshape(B, T, D) @ W_O  # eq. 5
