import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    """Rotary position embedding.

    x: (B, H, T, D) float64, D even. positions: (T,) int64, the position of each row along T.
    base: the frequency base. interleaved: False pairs feature i with i + D/2 (half-split, as in
    Llama); True pairs 2i with 2i + 1 (as in RoFormer).
    Returns the rotated (B, H, T, D) array.
    """
    raise NotImplementedError
