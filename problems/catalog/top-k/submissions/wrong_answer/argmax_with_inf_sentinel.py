"""Wrong answer: k argmax passes mark taken entries with -inf, which real -inf entries collide with."""
import numpy as np


def top_k(x, k):
    work = np.array(x, dtype=np.float64)
    out = []
    for _ in range(k):
        i = int(np.argmax(work))
        out.append(i)
        work[i] = -np.inf
    return out
