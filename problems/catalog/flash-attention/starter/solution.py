import numpy as np


def flash_attention(Q, K, V, block_size=64, causal=False):
    """Exact scaled dot-product attention, computed tile by tile with an online softmax.

    Q, K, V: (B, H, T, d) float64. block_size: rows per query block and per key block (the last
    block may be shorter). causal: when True, query t attends only to keys <= t.
    Extra memory must stay O(block_size^2 + T d) per head: never build a (T, T) score matrix.
    Returns (O, L): O (B, H, T, d) the attention output, L (B, H, T) the log-sum-exp of each row
    of scaled (and masked) scores.
    """
    raise NotImplementedError
