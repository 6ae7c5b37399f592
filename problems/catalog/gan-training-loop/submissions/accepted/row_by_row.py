"""Accepted: one row at a time with scalar math, softplus(x) = max(x, 0) + log1p(exp(-|x|))."""
import math

import numpy as np


def softplus(x):
    return max(x, 0.0) + math.log1p(math.exp(-abs(x)))


def sigmoid(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


def gan_train(Wg, bg, wd, bd, real, noise, lr_d, lr_g):
    Wg = np.array(Wg, dtype=float)
    bg = np.array(bg, dtype=float)
    wd = np.array(wd, dtype=float)
    bd = float(bd)
    S, N, _ = real.shape
    d_losses, g_losses = np.zeros(S), np.zeros(S)
    for s in range(S):
        grad_wd, grad_bd = np.zeros_like(wd), 0.0
        for i in range(N):
            fake = noise[s, i] @ Wg + bg
            a_r = float(real[s, i] @ wd) + bd
            a_f = float(fake @ wd) + bd
            d_losses[s] += (softplus(-a_r) + softplus(a_f)) / N
            grad_wd += (-sigmoid(-a_r) * real[s, i] + sigmoid(a_f) * fake) / N
            grad_bd += (-sigmoid(-a_r) + sigmoid(a_f)) / N
        wd = wd - lr_d * grad_wd
        bd = bd - lr_d * grad_bd

        grad_Wg, grad_bg = np.zeros_like(Wg), np.zeros_like(bg)
        for i in range(N):
            a = float((noise[s, i] @ Wg + bg) @ wd) + bd
            g_losses[s] += softplus(-a) / N
            g_x = -sigmoid(-a) / N * wd
            grad_Wg += np.outer(noise[s, i], g_x)
            grad_bg += g_x
        Wg = Wg - lr_g * grad_Wg
        bg = bg - lr_g * grad_bg
    return Wg, bg, wd, bd, d_losses, g_losses
