# expect: memory_limit
# needs: process-limit
# Splits a too-large allocation over forked children, each under the per-process cap; the
# run's memory is counted as a whole.
import os, time
import numpy as np

def scale(x, alpha=2.0):
    for _ in range(8):
        if os.fork() == 0:
            block = np.ones(200 * 1024 * 1024 // 8)
            time.sleep(30)
            os._exit(int(block[0]))
    time.sleep(30)
    return x * alpha
