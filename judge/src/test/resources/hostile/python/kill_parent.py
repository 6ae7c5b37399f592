# expect: accepted
# Kills its parent (once the judging JVM itself); the judge must survive and go on.
import os, signal

def scale(x, alpha=2.0):
    try:
        os.kill(os.getppid(), signal.SIGKILL)
    except OSError:
        pass
    return x * alpha
