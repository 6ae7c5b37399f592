# expect: accepted
# Lists the user's private folder and the Allclose home; right answer only if neither is there.
import os

def scale(x, alpha=2.0):
    for folder in ("{{CANARY_DIR}}", "{{HOME}}", os.path.expanduser("~/.ssh"), "/root", "/home"):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        if any(n in ("canary.txt", "allclose.db", "id_rsa", "id_ed25519") for n in names):
            print(names)
            return x * 0
    return x * alpha
