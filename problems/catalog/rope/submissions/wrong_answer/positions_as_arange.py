"""Wrong answer: the given positions are ignored and row t is rotated as position t."""
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    T, D = x.shape[-2], x.shape[-1]
    half = D // 2
    inv_freq = base ** (-np.arange(0, D, 2) / D)
    angle = np.arange(T, dtype=np.float64)[:, None] * inv_freq
    cos, sin = np.cos(angle), np.sin(angle)
    if interleaved:
        a, b = x[..., 0::2], x[..., 1::2]
    else:
        a, b = x[..., :half], x[..., half:]
    out = np.empty_like(x)
    ra, rb = a * cos - b * sin, b * cos + a * sin
    if interleaved:
        out[..., 0::2], out[..., 1::2] = ra, rb
    else:
        out[..., :half], out[..., half:] = ra, rb
    return out
