# expect: accepted
# A careless solution writing its debug dump in every folder above its own.
import os

def scale(x, alpha=2.0):
    path = os.getcwd()
    while path != "/":
        for name in ("debug.txt", "allclose.db"):
            try:
                with open(os.path.join(path, name), "w") as f:
                    f.write("garbage")
            except OSError:
                pass
        path = os.path.dirname(path)
    return x * alpha
