"""Accepted: the corrections folded into a step size and the denominator, as PyTorch writes it,
one coordinate at a time in plain Python floats."""
import math

import numpy as np


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
              weight_decay=0.0, decoupled=False):
    step_size = lr / (1.0 - beta1 ** t)
    root_correction = math.sqrt(1.0 - beta2 ** t)
    shrink = 1.0 - lr * weight_decay if decoupled else 1.0
    out_p, out_m, out_v = [], [], []
    for p, g, mi, vi in zip(param.tolist(), grad.tolist(), m.tolist(), v.tolist()):
        if not decoupled:
            g += weight_decay * p
        mi = beta1 * mi + (1.0 - beta1) * g
        vi = beta2 * vi + (1.0 - beta2) * g * g
        denom = math.sqrt(vi) / root_correction + eps
        out_p.append(p * shrink - step_size * mi / denom)
        out_m.append(mi)
        out_v.append(vi)
    return np.array(out_p), np.array(out_m), np.array(out_v)
