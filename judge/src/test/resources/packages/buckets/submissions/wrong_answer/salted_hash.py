def buckets(keys, n):
    return [hash(k) % n for k in keys]
