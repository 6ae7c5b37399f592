"""Accepted: keeps the adapter factored, so the forward pass never forms the (d_out, d_in) update."""
import numpy as np


def lora_forward(x, W, b, A, B, alpha):
    scale = alpha / A.shape[0]  # alpha / r, section 4.1
    return x @ W.T + b + scale * ((x @ A.T) @ B.T)  # eq. 3 with row vectors


def lora_merge(W, A, B, alpha):
    return W + (alpha / A.shape[0]) * (B @ A)


def lora_backward(x, A, B, alpha, grad_y):
    scale = alpha / A.shape[0]
    hidden = x @ A.T  # (N, r), the down-projected input
    dB = scale * grad_y.T @ hidden  # (d_out, r)
    dA = scale * (grad_y @ B).T @ x  # (r, d_in)
    return dA, dB
