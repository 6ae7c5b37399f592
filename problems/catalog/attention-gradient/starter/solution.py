import numpy as np


def attention_backward(Q, K, V, dO, causal=False):
    """Gradients of a loss through O = softmax(Q K^T / sqrt(d)) V.

    Q, K, V, dO: (..., T, d) float64, dO = dLoss/dO; the leading axes are independent heads.
    causal: when True, query i attends to keys j <= i only.
    Returns the tuple (dQ, dK, dV), each shaped like Q.
    """
    raise NotImplementedError
