# expect: accepted
# Reads standard input (where the judge's requests arrive): it must be empty, and must not hang.
import sys

def scale(x, alpha=2.0):
    data = sys.stdin.read()
    return x * alpha if data == "" else x * 0
