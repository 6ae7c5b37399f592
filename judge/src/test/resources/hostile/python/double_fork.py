# expect: accepted
# Leaves a double-forked, session-leading child sleeping behind; it must die with the run.
import os, time

def scale(x, alpha=2.0):
    if len(x) > 100:
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                os.execv("/usr/bin/sleep", ["sleep", "60"])
            os._exit(0)
        os.wait()
    return x * alpha
