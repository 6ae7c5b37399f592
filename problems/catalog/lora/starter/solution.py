import numpy as np


def lora_forward(x, W, b, A, B, alpha):
    """Adapted linear layer y = x @ W.T + b + (alpha / r) * (x @ A.T) @ B.T.

    x: (N, d_in). W: (d_out, d_in), frozen. b: (d_out,). A: (r, d_in). B: (d_out, r).
    alpha: float; the rank r is A.shape[0].
    Returns y, shape (N, d_out).
    """
    raise NotImplementedError


def lora_merge(W, A, B, alpha):
    """The single weight W + (alpha / r) * B @ A, shape (d_out, d_in), equivalent to the adapter."""
    raise NotImplementedError


def lora_backward(x, A, B, alpha, grad_y):
    """Gradients of the loss with respect to the adapter factors, given grad_y = dLoss/dy (N, d_out).

    Returns the tuple (dA, dB) with dA of shape (r, d_in) and dB of shape (d_out, r).
    """
    raise NotImplementedError
