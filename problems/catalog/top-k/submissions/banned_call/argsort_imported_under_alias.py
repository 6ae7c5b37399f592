"""Banned call: numpy's argsort imported under another name is still numpy's argsort."""
import numpy as np
from numpy import argsort as rank_order


def top_k(x, k):
    return rank_order(-np.asarray(x), kind="stable")[:k]
