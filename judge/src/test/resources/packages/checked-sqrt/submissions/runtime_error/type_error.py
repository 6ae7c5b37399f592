import numpy as np


def checked_sqrt(x):
    if np.any(x < 0):
        raise TypeError("negative input")
    return np.sqrt(x)
