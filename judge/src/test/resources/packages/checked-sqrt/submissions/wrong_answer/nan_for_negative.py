import numpy as np


def checked_sqrt(x):
    with np.errstate(invalid="ignore"):
        return np.sqrt(x)
