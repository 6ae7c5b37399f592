def prefixes(n):
    raise NotImplementedError
