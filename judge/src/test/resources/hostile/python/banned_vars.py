# expect: banned_call
# problem: smallest
# Looks the banned routine up in the module's dictionary.
import numpy as np

def smallest(x):
    return vars(np)["sort"](x)[0]
