# expect: output_limit
# Fills its scratch folder (and /tmp, the same place) with many files each under the per-file
# limit; the judge bounds the folders as a whole.
import os

def scale(x, alpha=2.0):
    block = b"0" * (1 << 20)
    i = 0
    while True:
        for folder in (".", "/tmp"):
            with open(os.path.join(folder, "fill-%d" % i), "wb") as f:
                f.write(block)
            i += 1
