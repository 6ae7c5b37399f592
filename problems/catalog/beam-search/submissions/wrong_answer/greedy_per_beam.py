"""Wrong answer: greedy decoding inside each beam: every beam keeps only its own best next token."""


def beam_search(start_logp, trans_logp, eos_id, beam_width, max_len, length_penalty=0.0):
    vocab = len(start_logp)
    first = sorted(range(vocab), key=lambda v: (-start_logp[v], v))
    alive, finished = [], []
    for v in first:  # the beam starts from the K best first tokens ...
        if len(alive) == beam_width:
            break
        (finished if v == eos_id else alive).append(([v], float(start_logp[v])))
    for _ in range(max_len - 1):
        if len(finished) >= beam_width or not alive:
            break
        extended = []
        for tokens, logp in alive:  # ... but then each beam follows its own argmax
            row = trans_logp[tokens[-1]]
            v = max(range(vocab), key=lambda u: (row[u], -u))
            extended.append((tokens + [v], logp + float(row[v])))
        alive = [c for c in extended if c[0][-1] != eos_id]
        finished += [c for c in extended if c[0][-1] == eos_id]
    finished += alive
    scored = [(t, s / len(t) ** length_penalty) for t, s in finished]
    scored.sort(key=lambda h: (-h[1], h[0]))
    return scored[:beam_width]
