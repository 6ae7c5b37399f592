# expect: accepted
# Reads the environment of every process it can see through /proc and prints it.
import os

def scale(x, alpha=2.0):
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                print(open("/proc/%s/environ" % pid, "rb").read())
                print(open("/proc/%s/cmdline" % pid, "rb").read())
            except OSError:
                pass
    return x * alpha
