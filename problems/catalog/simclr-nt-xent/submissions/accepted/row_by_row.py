"""Accepted: one anchor row at a time, chain rule through each row's normalisation Jacobian."""
import numpy as np


def _unit_rows(z1, z2):
    z = np.vstack([z1, z2])
    norms = np.sqrt(np.sum(z * z, axis=1))
    return z / norms[:, None], norms


def _anchor(u, i, temperature):
    """Loss of anchor i and d loss_i / d s_i (zero at k = i), one row of the softmax."""
    n2 = u.shape[0]
    sims = u @ u[i] / temperature
    others = np.arange(n2) != i
    m = sims[others].max()
    lse = m + np.log(np.sum(np.exp(sims[others] - m)))
    p = (i + n2 // 2) % n2
    d_sims = np.where(others, np.exp(sims - lse), 0.0)
    d_sims[p] -= 1.0
    return lse - sims[p], d_sims


def nt_xent_loss(z1, z2, temperature):
    u, _ = _unit_rows(z1, z2)
    return float(np.mean([_anchor(u, i, temperature)[0] for i in range(len(u))]))


def nt_xent_grad(z1, z2, temperature):
    u, norms = _unit_rows(z1, z2)
    n2, d = u.shape
    du = np.zeros_like(u)
    for i in range(n2):
        _, g = _anchor(u, i, temperature)
        g = g / (n2 * temperature)
        du[i] += g @ u  # s_ik = u_i . u_k / tau moves u_i ...
        du += np.outer(g, u[i])  # ... and every u_k
    dz = np.empty_like(u)
    for i in range(n2):
        jacobian = (np.eye(d) - np.outer(u[i], u[i])) / norms[i]  # d u_i / d z_i, symmetric
        dz[i] = jacobian @ du[i]
    return dz[: n2 // 2], dz[n2 // 2:]
