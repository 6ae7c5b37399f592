# expect: accepted
# Rewrites the harness script and the manifest it runs from; right answer only if it cannot.
import json, sys

def scale(x, alpha=2.0):
    for path in (sys.argv[0], sys.argv[-1]):
        try:
            with open(path, "a") as f:
                f.write("\n")
            return x * 0
        except OSError:
            pass
    return x * alpha
