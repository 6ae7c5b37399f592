# expect: accepted
# Tries to overwrite every cached expected output with zeros, so that a later wrong solution
# would pass; answers right so the verdict only says the judge survived. The snapshot of the
# cache after the run proves nothing changed.
import os
import numpy as np

def scale(x, alpha=2.0):
    for folder, _, names in os.walk("{{CACHE}}"):
        for name in names:
            try:
                np.savez(os.path.join(folder, name), y=np.zeros(1000))
            except OSError:
                pass
    return x * alpha
