"""Wrong answer: both gradients are taken before either update, so G trains against the old D."""
import numpy as np


def softplus(x):
    return np.logaddexp(0.0, x)


def sigmoid(a):
    return np.exp(-softplus(-a))


def gan_train(Wg, bg, wd, bd, real, noise, lr_d, lr_g):
    Wg, bg, wd, bd = Wg.copy(), bg.copy(), wd.copy(), float(bd)
    d_losses, g_losses = [], []
    for x, z in zip(real, noise):
        n = len(x)
        fake = z @ Wg + bg
        a_real, a_fake = x @ wd + bd, fake @ wd + bd
        d_losses.append(softplus(-a_real).mean() + softplus(a_fake).mean())
        g_losses.append(softplus(-a_fake).mean())
        g_real, g_fake = -sigmoid(-a_real) / n, sigmoid(a_fake) / n
        g_x = np.outer(-sigmoid(-a_fake) / n, wd)
        # simultaneous updates
        wd, bd = wd - lr_d * (x.T @ g_real + fake.T @ g_fake), bd - lr_d * (g_real.sum() + g_fake.sum())
        Wg, bg = Wg - lr_g * (z.T @ g_x), bg - lr_g * g_x.sum(axis=0)
    return Wg, bg, wd, bd, np.array(d_losses), np.array(g_losses)
