"""Wrong answer: the layouts are swapped (adjacent pairs by default, half-split when interleaved)."""
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    D = x.shape[-1]
    half = D // 2
    inv_freq = base ** (-np.arange(0, D, 2) / D)
    angle = np.asarray(positions, dtype=np.float64)[:, None] * inv_freq
    cos, sin = np.cos(angle), np.sin(angle)
    out = np.empty_like(x)
    if not interleaved:
        even, odd = x[..., 0::2], x[..., 1::2]
        out[..., 0::2] = even * cos - odd * sin
        out[..., 1::2] = odd * cos + even * sin
    else:
        first, second = x[..., :half], x[..., half:]
        out[..., :half] = first * cos - second * sin
        out[..., half:] = second * cos + first * sin
    return out
