"""Accepted: Blelloch's loops transcribed on a Python list, levels indexed by d as in the paper."""


def blelloch_scan(x):
    values = [float(v) for v in x]
    n = len(values)
    levels = (n - 1).bit_length()  # P = 2^levels is the smallest power of two >= n
    P = 1 << levels
    a = values + [0.0] * (P - n)
    for d in range(levels):
        for k in range(0, P, 2 ** (d + 1)):
            a[k + 2 ** (d + 1) - 1] += a[k + 2 ** d - 1]
    tree = list(a)
    a[P - 1] = 0.0
    for d in reversed(range(levels)):
        for k in range(0, P, 2 ** (d + 1)):
            t = a[k + 2 ** d - 1]
            a[k + 2 ** d - 1] = a[k + 2 ** (d + 1) - 1]
            a[k + 2 ** (d + 1) - 1] += t
    return a[:n], tree


def inclusive_scan(x):
    exclusive, _ = blelloch_scan(x)
    return [e + float(v) for e, v in zip(exclusive, x)]
