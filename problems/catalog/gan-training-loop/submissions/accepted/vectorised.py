"""Accepted: each step vectorised over the batch, softplus through np.logaddexp."""
import numpy as np


def softplus(x):
    return np.logaddexp(0.0, x)  # log(1 + e^x) without overflow


def sigmoid(a):
    return np.exp(-softplus(-a))  # exp(log sigmoid(a)), never exp of a large positive number


def gan_train(Wg, bg, wd, bd, real, noise, lr_d, lr_g):
    Wg, bg, wd, bd = Wg.copy(), bg.copy(), wd.copy(), float(bd)
    d_losses, g_losses = [], []
    for x, z in zip(real, noise):
        n = len(x)
        fake = z @ Wg + bg  # a constant for the D step
        a_real, a_fake = x @ wd + bd, fake @ wd + bd
        d_losses.append(softplus(-a_real).mean() + softplus(a_fake).mean())
        g_real, g_fake = -sigmoid(-a_real) / n, sigmoid(a_fake) / n  # dL_D / d logit
        wd -= lr_d * (x.T @ g_real + fake.T @ g_fake)
        bd -= lr_d * (g_real.sum() + g_fake.sum())

        a = (z @ Wg + bg) @ wd + bd  # the updated discriminator
        g_losses.append(softplus(-a).mean())
        g_x = np.outer(-sigmoid(-a) / n, wd)  # dL_G / dG(z), (N, x_dim)
        Wg -= lr_g * (z.T @ g_x)
        bg -= lr_g * g_x.sum(axis=0)
    return Wg, bg, wd, bd, np.array(d_losses), np.array(g_losses)
