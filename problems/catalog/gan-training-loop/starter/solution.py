import numpy as np


def gan_train(Wg, bg, wd, bd, real, noise, lr_d, lr_g):
    """S alternating SGD steps of a linear generator and a logistic discriminator.

    Wg: (z_dim, x_dim), bg: (x_dim,), wd: (x_dim,), bd: float.
    real: (S, N, x_dim), noise: (S, N, z_dim). lr_d, lr_g: floats.
    Step s: one D step on real[s] against the fakes G(noise[s]), then one non-saturating G step
    on noise[s] against the updated D.
    Returns (Wg, bg, wd, bd, d_losses, g_losses): the final parameters (bd a float) and the (S,)
    losses, each recorded before its own update.
    """
    raise NotImplementedError
