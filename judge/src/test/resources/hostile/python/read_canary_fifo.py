# expect: accepted
# Opens a FIFO of the user's (the test notices any reader); right answer only if it cannot.
import os

def scale(x, alpha=2.0):
    try:
        fd = os.open("{{CANARY_FIFO}}", os.O_RDONLY | os.O_NONBLOCK)
        print(os.read(fd, 100))
        return x * 0
    except OSError:
        return x * alpha
