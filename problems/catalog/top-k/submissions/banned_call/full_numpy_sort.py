"""Banned call: a full stable argsort of -x; right answer, but the O(n log n) sort is forbidden."""
import numpy as np


def top_k(x, k):
    return np.argsort(-x, kind="stable")[:k]
