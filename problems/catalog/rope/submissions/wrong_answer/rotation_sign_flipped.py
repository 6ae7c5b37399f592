"""Wrong answer: each pair is rotated by minus the angle (the sine terms have swapped signs)."""
import numpy as np


def rotate_half(x):
    half = x.shape[-1] // 2
    return np.concatenate([x[..., half:], -x[..., :half]], axis=-1)


def apply_rope(x, positions, base=10000.0, interleaved=False):
    D = x.shape[-1]
    inv_freq = base ** (-np.arange(0, D, 2) / D)
    angle = np.asarray(positions, dtype=np.float64)[:, None] * inv_freq
    cos, sin = np.cos(angle), np.sin(angle)
    if interleaved:
        even, odd = x[..., 0::2], x[..., 1::2]
        out = np.empty_like(x)
        out[..., 0::2] = even * cos + odd * sin
        out[..., 1::2] = odd * cos - even * sin
        return out
    cos = np.concatenate([cos, cos], axis=-1)
    sin = np.concatenate([sin, sin], axis=-1)
    return x * cos + rotate_half(x) * sin
