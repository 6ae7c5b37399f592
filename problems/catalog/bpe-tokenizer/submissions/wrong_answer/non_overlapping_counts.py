"""Wrong answer: pairs are counted without overlap, so "aaa" holds (a, a) only once."""


def pair_counts(ids):
    # Count what a merge could actually replace: in a run "aaa" the second (a, a) overlaps the
    # first, so it is skipped.
    counts = {}
    skip = False
    for i in range(len(ids) - 1):
        pair = (ids[i], ids[i + 1])
        if skip and ids[i - 1] == ids[i] == ids[i + 1]:
            skip = False
            continue
        counts[pair] = counts.get(pair, 0) + 1
        skip = True
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
    return b"".join(vocab[i] for i in ids).decode("utf-8", errors="replace")
