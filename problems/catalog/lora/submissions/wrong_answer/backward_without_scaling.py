"""Wrong answer: the forward pass and merge scale by alpha / r, but the gradients forget it."""
import numpy as np


def lora_forward(x, W, b, A, B, alpha):
    scale = alpha / A.shape[0]
    return x @ W.T + b + scale * ((x @ A.T) @ B.T)


def lora_merge(W, A, B, alpha):
    return W + (alpha / A.shape[0]) * (B @ A)


def lora_backward(x, A, B, alpha, grad_y):
    hidden = x @ A.T
    dB = grad_y.T @ hidden
    dA = (grad_y @ B).T @ x
    return dA, dB
