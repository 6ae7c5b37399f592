# expect: accepted
# Connects to a service on loopback (the test's listener); right answer only if it cannot.
import socket

def scale(x, alpha=2.0):
    for family, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
        try:
            s = socket.socket(family, socket.SOCK_STREAM)
            s.settimeout(1)
            s.connect((host, {{PORT}}))
            return x * 0
        except OSError:
            pass
    return x * alpha
