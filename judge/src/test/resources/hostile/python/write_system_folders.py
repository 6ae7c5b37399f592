# expect: accepted
# Writes into the interpreter's and the system's folders; right answer only if it cannot.
import os, sys

def scale(x, alpha=2.0):
    for folder in (sys.prefix, "/usr/lib", "/etc", os.path.dirname(os.__file__)):
        try:
            with open(os.path.join(folder, "planted.py"), "w") as f:
                f.write("x = 1")
            return x * 0
        except OSError:
            pass
    return x * alpha
