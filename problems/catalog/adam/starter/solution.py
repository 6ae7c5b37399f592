import numpy as np


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
              weight_decay=0.0, decoupled=False):
    """One Adam (decoupled=False, L2 decay in the gradient) or AdamW (decoupled=True) step.

    param, grad, m, v: (P,) arrays; m and v are the moment estimates after t - 1 steps.
    t: the 1-based number of this step.
    Returns the tuple (param, m, v) after the step, each (P,). Do not modify the inputs.
    """
    raise NotImplementedError
