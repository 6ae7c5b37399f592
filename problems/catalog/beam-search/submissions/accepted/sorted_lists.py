"""Accepted: plain lists; each step sorts every extension by (-log-prob, tokens)."""


def beam_search(start_logp, trans_logp, eos_id, beam_width, max_len, length_penalty=0.0):
    vocab = len(start_logp)
    alive = [([], 0.0)]  # (tokens, summed log-prob)
    finished = []
    for _ in range(max_len):
        candidates = []
        for tokens, logp in alive:
            row = start_logp if not tokens else trans_logp[tokens[-1]]
            for v in range(vocab):
                candidates.append((tokens + [v], logp + float(row[v])))
        candidates.sort(key=lambda c: (-c[1], c[0]))  # best first, ties lexicographic
        alive = []
        for c in candidates:  # EOS candidates leave the beam without taking a slot
            if len(alive) == beam_width:
                break
            (finished if c[0][-1] == eos_id else alive).append(c)
        if len(finished) >= beam_width or not alive:
            break
    finished += alive
    scored = [(tokens, logp / len(tokens) ** length_penalty) for tokens, logp in finished]
    scored.sort(key=lambda h: (-h[1], h[0]))
    return scored[:beam_width]
