"""Banned: list.sort called through the class on every index is still a full sort."""


def few_largest(x, k):
    order = list(range(len(x)))
    list.sort(order, key=lambda i: (-x[i], i))
    return order[:k]
