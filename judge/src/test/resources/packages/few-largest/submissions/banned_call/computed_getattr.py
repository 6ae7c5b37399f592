"""Banned: numpy's lexsort looked up by a computed name is still numpy's lexsort."""
import numpy as np


def few_largest(x, k):
    rank = getattr(np, "lex" + "sort")
    return rank((np.arange(len(x)), -x))[:k]
