"""Accepted: keep the k best in one pass, then sort those k (through the class, too)."""


def few_largest(x, k):
    winners = []
    for i, v in enumerate(x.tolist()):
        winners.append((-v, i))
        if len(winners) > k:
            winners.remove(max(winners))
    list.sort(winners)
    return [i for _, i in winners]
