# expect: runtime_error
# needs: process-limit
# Forks until it cannot; the run's process limit stops it, and nothing outlives the run.
import os, time

def scale(x, alpha=2.0):
    children = []
    while True:
        pid = os.fork()
        if pid == 0:
            time.sleep(30)
            os._exit(0)
        children.append(pid)
