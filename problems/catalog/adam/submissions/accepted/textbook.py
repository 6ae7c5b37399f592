"""Accepted: Algorithm 1 of Kingma and Ba as written, with the decay chosen by `decoupled`."""
import numpy as np


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
              weight_decay=0.0, decoupled=False):
    param = np.asarray(param, dtype=np.float64)
    g = np.asarray(grad, dtype=np.float64)
    if decoupled:
        param = param * (1.0 - lr * weight_decay)
    else:
        g = g + weight_decay * param
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g * g
    m_hat = m / (1.0 - beta1 ** t)
    v_hat = v / (1.0 - beta2 ** t)
    return param - lr * m_hat / (np.sqrt(v_hat) + eps), m, v
