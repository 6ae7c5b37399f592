import hashlib


def buckets(keys, n):
    return [int(hashlib.md5(k.encode()).hexdigest(), 16) % n for k in keys]
