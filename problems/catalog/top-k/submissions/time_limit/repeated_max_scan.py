"""Time limit: k pure-Python scans for the next maximum, O(nk): 10^9 steps at n = 10^6, k = 1000."""


def top_k(x, k):
    values = x.tolist()
    taken = [False] * len(values)
    out = []
    for _ in range(k):
        best = -1
        for i, v in enumerate(values):
            if not taken[i] and (best < 0 or v > values[best]):
                best = i
        taken[best] = True
        out.append(best)
    return out
