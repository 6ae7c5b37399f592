"""Wrong answer: the update is scaled by alpha instead of alpha / r, everywhere."""
import numpy as np


def lora_forward(x, W, b, A, B, alpha):
    return x @ W.T + b + alpha * ((x @ A.T) @ B.T)


def lora_merge(W, A, B, alpha):
    return W + alpha * (B @ A)


def lora_backward(x, A, B, alpha, grad_y):
    dB = alpha * grad_y.T @ (x @ A.T)
    dA = alpha * (grad_y @ B).T @ x
    return dA, dB
