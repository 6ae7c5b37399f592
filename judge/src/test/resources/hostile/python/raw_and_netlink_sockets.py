# expect: accepted
# Asks for packet, raw, UDP and netlink sockets; seccomp allows only AF_UNIX.
import socket

def scale(x, alpha=2.0):
    attempts = [(socket.AF_INET, socket.SOCK_DGRAM), (socket.AF_INET, socket.SOCK_RAW),
                (socket.AF_NETLINK, socket.SOCK_RAW), (socket.AF_PACKET, socket.SOCK_RAW)]
    for family, kind in attempts:
        try:
            socket.socket(family, kind)
            return x * 0
        except OSError:
            pass
    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()  # allowed: no network in it
    return x * alpha
