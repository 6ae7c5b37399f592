# expect: output_limit
# Writes one file larger than any file may be (RLIMIT_FSIZE); the report says so.
# shows: wrote a file larger than
def scale(x, alpha=2.0):
    with open("big.bin", "wb") as f:
        for _ in range(200):
            f.write(b"0" * (1 << 20))
    return x * alpha
