# expect: accepted
# Writes to file descriptors 1 and 2 directly (as a C extension would): that output must not
# break the judge's protocol.
import os

def scale(x, alpha=2.0):
    os.write(1, b"not an event\n")
    os.write(2, b"also not an event\n")
    return x * alpha
