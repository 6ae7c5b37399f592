# expect: banned_call
# problem: smallest
# Reaches a banned NumPy sort through a name built at run time.
import numpy as np

def smallest(x):
    return getattr(np, "so" + "rt")(x)[0]
