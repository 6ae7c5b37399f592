import numpy as np


def blelloch_scan(x):
    """Blelloch's work-efficient exclusive scan.

    x: (N,) float64, N >= 1. Pad x with zeros to P, the smallest power of two >= N (P = 1 when
    N = 1), run the up-sweep, keep a copy of that array, then run the down-sweep.
    Returns the tuple (exclusive, upsweep_tree): exclusive (N,) with exclusive[i] = x[0] + ... +
    x[i-1] (exclusive[0] = 0), and upsweep_tree (P,), the padded array after the up-sweep.
    """
    raise NotImplementedError


def inclusive_scan(x):
    """x: (N,) float64. Returns (N,) with entry i = x[0] + ... + x[i]."""
    raise NotImplementedError
