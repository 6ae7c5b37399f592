"""Wrong answer: losses as np.log(sigmoid(.)) and np.log(1 - sigmoid(.)), -inf at large logits."""
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gan_train(Wg, bg, wd, bd, real, noise, lr_d, lr_g):
    Wg, bg, wd, bd = Wg.copy(), bg.copy(), wd.copy(), float(bd)
    d_losses, g_losses = [], []
    for x, z in zip(real, noise):
        n = len(x)
        fake = z @ Wg + bg
        d_real, d_fake = sigmoid(x @ wd + bd), sigmoid(fake @ wd + bd)
        d_losses.append(-np.log(d_real).mean() - np.log(1 - d_fake).mean())
        g_real, g_fake = (d_real - 1) / n, d_fake / n
        wd -= lr_d * (x.T @ g_real + fake.T @ g_fake)
        bd -= lr_d * (g_real.sum() + g_fake.sum())

        d_gen = sigmoid((z @ Wg + bg) @ wd + bd)
        g_losses.append(-np.log(d_gen).mean())
        g_x = np.outer((d_gen - 1) / n, wd)
        Wg -= lr_g * (z.T @ g_x)
        bg -= lr_g * g_x.sum(axis=0)
    return Wg, bg, wd, bd, np.array(d_losses), np.array(g_losses)
