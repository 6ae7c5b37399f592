import numpy as np


def sliding_window_attention(Q, K, V, window, causal=False, global_tokens=()):
    """Sliding-window softmax attention with symmetric global tokens (Longformer style).

    Q, K, V: (B, T, d) float64 (code written for any leading axes works). Scores q_i . k_j / sqrt(d).
    Query i sees key j when |i - j| <= window, or when i or j is a global token; with causal,
    additionally only keys j <= i, for every query including the global ones.
    global_tokens: a list of positions in [0, T), read as a set (order and repeats do not matter).
    Memory must stay linear in T: never build a (T, T) matrix.
    Returns out: (B, T, d) float64.
    """
    raise NotImplementedError
