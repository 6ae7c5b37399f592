import numpy as np


def grouped_query_attention(X, W_Q, W_K, W_V, W_O, n_heads, n_kv_heads, causal=False):
    """Grouped-query self-attention.

    X: (B, T, D) float64. W_Q: (D, H*d_k). W_K, W_V: (D, H_kv*d_k). W_O: (H*d_k, D).
    n_heads = H query heads; n_kv_heads = H_kv key/value heads, dividing H; d_k = W_Q.shape[1] // H.
    Query head h uses kv head h // (H // H_kv). causal: position t attends only to positions <= t.
    Returns the (B, T, D) output.
    """
    raise NotImplementedError
