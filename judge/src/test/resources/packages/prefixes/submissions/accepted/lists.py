def prefixes(n):
    return [(list(range(i + 1)), -float(i)) for i in range(n)]
