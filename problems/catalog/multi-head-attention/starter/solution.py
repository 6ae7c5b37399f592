import numpy as np


def multi_head_attention(X, W_Q, W_K, W_V, W_O, n_heads, causal=False):
    """Multi-head scaled dot-product self-attention.

    X: (B, T, D) float64. W_Q, W_K, W_V, W_O: (D, D). n_heads divides D.
    causal: when True, position t attends only to positions <= t.
    Returns the (B, T, D) output.
    """
    raise NotImplementedError
