import numpy as np


def checked_sqrt(x):
    if np.any(x < 0):
        raise ValueError("negative input")
    return np.sqrt(x)
