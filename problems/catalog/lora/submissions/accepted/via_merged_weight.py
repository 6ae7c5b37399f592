"""Accepted: the forward pass multiplies by the merged weight, and the gradients go through it."""
import numpy as np


def lora_merge(W, A, B, alpha):
    r = A.shape[0]
    return W + (alpha / r) * np.einsum("or,ri->oi", B, A)


def lora_forward(x, W, b, A, B, alpha):
    return x @ lora_merge(W, A, B, alpha).T + b


def lora_backward(x, A, B, alpha, grad_y):
    # dLoss/dW' = grad_y.T @ x, and W' depends on A and B only through (alpha / r) B @ A.
    r = A.shape[0]
    grad_merged = grad_y.T @ x  # (d_out, d_in)
    dA = (alpha / r) * B.T @ grad_merged
    dB = (alpha / r) * grad_merged @ A.T
    return dA, dB
