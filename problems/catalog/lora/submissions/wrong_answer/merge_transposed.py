"""Wrong answer: the merge adds A.T @ B.T, the update in the x @ W layout, to a PEFT-layout W."""
import numpy as np


def lora_forward(x, W, b, A, B, alpha):
    scale = alpha / A.shape[0]
    return x @ W.T + b + scale * ((x @ A.T) @ B.T)


def lora_merge(W, A, B, alpha):
    scale = alpha / A.shape[0]
    return W + scale * (A.T @ B.T)  # (d_in, d_out): the transpose of the update W needs


def lora_backward(x, A, B, alpha, grad_y):
    scale = alpha / A.shape[0]
    dB = scale * grad_y.T @ (x @ A.T)
    dA = scale * (grad_y @ B).T @ x
    return dA, dB
