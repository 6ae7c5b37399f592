"""Banned call: heapq.nlargest through a module alias."""
import heapq as hq


def top_k(x, k):
    values = x.tolist()
    return hq.nlargest(k, range(len(values)), key=lambda i: (values[i], -i))
