"""Wrong answer: each token is decoded on its own, which breaks characters split across tokens."""


def pair_counts(ids):
    counts = {}
    for pair in zip(ids, ids[1:]):  # overlapping: "aaa" gives (a, a) twice
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def merge(ids, pair, new_id):
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and ids[i] == pair[0] and ids[i + 1] == pair[1]:
            out.append(new_id)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def train_bpe(text, vocab_size):
    ids = list(text.encode("utf-8"))
    merges = []
    for new_id in range(256, vocab_size):
        if len(ids) < 2:
            break
        counts = pair_counts(ids)
        # max() keeps the first maximum it meets, and dicts iterate in insertion order,
        # which is the order of first occurrence in the current sequence.
        best = max(counts, key=counts.get)
        merges.append(best)
        ids = merge(ids, best, new_id)
    return merges


def encode(text, merges):
    rank = {tuple(p): i for i, p in enumerate(merges)}
    ids = list(text.encode("utf-8"))
    while len(ids) >= 2:
        pair = min(pair_counts(ids), key=lambda p: rank.get(p, float("inf")))
        if pair not in rank:
            break
        ids = merge(ids, pair, 256 + rank[pair])
    return ids


def decode(ids, merges):
    vocab = {i: bytes([i]) for i in range(256)}
    for i, (a, b) in enumerate(merges):
        vocab[256 + i] = vocab[a] + vocab[b]
    return "".join(vocab[i].decode("utf-8", errors="replace") for i in ids)
