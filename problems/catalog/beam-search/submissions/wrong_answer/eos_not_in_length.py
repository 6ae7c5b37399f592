"""Wrong answer: the length in the penalty counts the generated words but not the final EOS token."""


def beam_search(start_logp, trans_logp, eos_id, beam_width, max_len, length_penalty=0.0):
    vocab = len(start_logp)
    alive = [([], 0.0)]
    finished = []
    for _ in range(max_len):
        candidates = []
        for tokens, logp in alive:
            row = start_logp if not tokens else trans_logp[tokens[-1]]
            for v in range(vocab):
                candidates.append((tokens + [v], logp + float(row[v])))
        candidates.sort(key=lambda c: (-c[1], c[0]))
        alive = []
        for c in candidates:
            if len(alive) == beam_width:
                break
            (finished if c[0][-1] == eos_id else alive).append(c)
        if len(finished) >= beam_width or not alive:
            break
    finished += alive
    scored = []
    for tokens, logp in finished:
        words = len(tokens) - (1 if tokens[-1] == eos_id else 0)
        scored.append((tokens, logp / max(words, 1) ** length_penalty))
    scored.sort(key=lambda h: (-h[1], h[0]))
    return scored[:beam_width]
