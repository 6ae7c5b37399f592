import numpy as np


def smallest(x):
    return np.sort(x)[0]
