# expect: runtime_error
# Sends SIGKILL to every process it may signal: only its own sandbox may die.
import os, signal

def scale(x, alpha=2.0):
    os.kill(-1, signal.SIGKILL)
    return x * alpha
