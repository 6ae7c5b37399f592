"""Wrong answer: hypotheses that reach EOS are thrown away; only the alive beams are returned."""


def beam_search(start_logp, trans_logp, eos_id, beam_width, max_len, length_penalty=0.0):
    vocab = len(start_logp)
    alive = [([], 0.0)]
    n_finished = 0
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
            if c[0][-1] == eos_id:
                n_finished += 1  # counted for the stopping rule, but never kept
            else:
                alive.append(c)
        if n_finished >= beam_width or not alive:
            break
    scored = [(t, s / len(t) ** length_penalty) for t, s in alive]
    scored.sort(key=lambda h: (-h[1], h[0]))
    return scored[:beam_width]
