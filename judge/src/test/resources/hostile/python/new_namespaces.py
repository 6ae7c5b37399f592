# expect: accepted
# Tries to make new user and mount namespaces and to mount a file system; seccomp refuses.
import ctypes

def scale(x, alpha=2.0):
    libc = ctypes.CDLL(None, use_errno=True)
    CLONE_NEWUSER, CLONE_NEWNS = 0x10000000, 0x00020000
    if libc.unshare(CLONE_NEWUSER) == 0 or libc.unshare(CLONE_NEWNS) == 0:
        return x * 0
    if libc.mount(b"none", b"/tmp", b"tmpfs", 0, None) == 0:
        return x * 0
    return x * alpha
