"""Banned call: the builtin sorted over all indices is a full O(n log n) sort."""


def top_k(x, k):
    values = x.tolist()
    return sorted(range(len(values)), key=lambda i: (-values[i], i))[:k]
