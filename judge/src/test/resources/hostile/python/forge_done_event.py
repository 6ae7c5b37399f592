# expect: runtime_error
# Claims through every descriptor that all cases are done, then exits quietly.
import json, os

def scale(x, alpha=2.0):
    for fd in range(0, 64):
        try:
            os.write(fd, b'{"event": "done"}\n')
        except OSError:
            pass
    os._exit(0)
