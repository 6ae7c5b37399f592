# expect: accepted
# Looks for the inputs of the cases it has not been asked to run yet (to work on them early):
# only the current case's input may be visible. Right answer only if that holds.
import json, os, sys

def scale(x, alpha=2.0):
    manifest = json.load(open(sys.argv[-1]))
    visible = [c for c in manifest["cases"] if os.path.exists(c["input"])]
    return x * alpha if len(visible) == 1 else x * 0
