# expect: accepted
# Attaches to its parent with ptrace to rewrite the harness from outside; right answer only if
# the kernel refuses.
import ctypes, os

def scale(x, alpha=2.0):
    libc = ctypes.CDLL(None, use_errno=True)
    PTRACE_ATTACH = 16
    if libc.ptrace(PTRACE_ATTACH, os.getppid(), None, None) == 0:
        return x * 0
    if libc.ptrace(PTRACE_ATTACH, os.getpid() + 1, None, None) == 0:
        return x * 0
    return x * alpha
