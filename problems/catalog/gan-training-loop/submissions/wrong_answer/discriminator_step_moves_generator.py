"""Wrong answer: fakes not detached in the D step, so the D loss's gradient leaks into G's update."""
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
        g_real, g_fake = -sigmoid(-a_real) / n, sigmoid(a_fake) / n
        # the D loss also backpropagates into the generator; its gradient stays accumulated
        leak_x = np.outer(g_fake, wd)
        grad_Wg, grad_bg = z.T @ leak_x, leak_x.sum(axis=0)
        wd -= lr_d * (x.T @ g_real + fake.T @ g_fake)
        bd -= lr_d * (g_real.sum() + g_fake.sum())

        a = (z @ Wg + bg) @ wd + bd
        g_losses.append(softplus(-a).mean())
        g_x = np.outer(-sigmoid(-a) / n, wd)
        Wg -= lr_g * (grad_Wg + z.T @ g_x)
        bg -= lr_g * (grad_bg + g_x.sum(axis=0))
    return Wg, bg, wd, bd, np.array(d_losses), np.array(g_losses)
