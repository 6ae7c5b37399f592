"""Accepted: each pair is a complex number x_a + i x_b, multiplied by exp(i * angle)."""
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    D = x.shape[-1]
    half = D // 2
    if interleaved:
        a, b = x[..., 0::2], x[..., 1::2]
    else:
        a, b = x[..., :half], x[..., half:]
    angle = np.outer(positions, base ** (-2.0 * np.arange(half) / D))  # (T, D/2)
    z = (a + 1j * b) * np.exp(1j * angle)
    out = np.empty_like(x)
    if interleaved:
        out[..., 0::2], out[..., 1::2] = z.real, z.imag
    else:
        out[..., :half], out[..., half:] = z.real, z.imag
    return out
