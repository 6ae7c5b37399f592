"""Accepted: explicit first-occurrence tie break; encoding applies each merge once, in order."""


def replace_pair(ids, a, b, new_id):
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and (ids[i], ids[i + 1]) == (a, b):
            out.append(new_id)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def train_bpe(text, vocab_size):
    ids = list(text.encode("utf-8"))
    merges = []
    while len(merges) < vocab_size - 256 and len(ids) >= 2:
        count, first = {}, {}
        for j in range(len(ids) - 1):
            p = (ids[j], ids[j + 1])
            count[p] = count.get(p, 0) + 1
            first.setdefault(p, j)
        best = min(count, key=lambda p: (-count[p], first[p]))
        merges.append(best)
        ids = replace_pair(ids, best[0], best[1], 256 + len(merges) - 1)
    return merges


def encode(text, merges):
    # Merge i's pair is made of ids below 256 + i, so once every earlier merge has been applied,
    # no later merge can create a new occurrence of it: one pass in merge order is enough.
    ids = list(text.encode("utf-8"))
    for i, (a, b) in enumerate(merges):
        ids = replace_pair(ids, a, b, 256 + i)
    return ids


def decode(ids, merges):
    def expand(i):
        if i < 256:
            return bytes([i])
        a, b = merges[i - 256]
        return expand(a) + expand(b)

    return b"".join(expand(i) for i in ids).decode("utf-8", errors="replace")
