# expect: wrong_answer
# The old attack: the manifest (argv) names each case's input; the expected outputs used to lie
# next to it as <case>.expected.npz. Returns them when found, zeros otherwise.
import json, os, sys
import numpy as np

def scale(x, alpha=2.0):
    manifest = json.load(open(sys.argv[-1]))
    for case in manifest["cases"]:
        folder = os.path.dirname(case["input"])
        for name in os.listdir(folder):
            if name.endswith(".expected.npz"):
                with np.load(os.path.join(folder, name)) as e:
                    if e["y"].shape == x.shape:
                        return e["y"]
    return np.zeros_like(x)
