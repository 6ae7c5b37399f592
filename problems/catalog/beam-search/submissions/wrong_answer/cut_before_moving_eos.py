"""Wrong answer: keeps the top beam_width candidates first, then moves out EOS ones (the beam shrinks)."""


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
        top = candidates[:beam_width]
        finished += [c for c in top if c[0][-1] == eos_id]
        alive = [c for c in top if c[0][-1] != eos_id]
        if len(finished) >= beam_width or not alive:
            break
    finished += alive
    scored = [(t, s / len(t) ** length_penalty) for t, s in finished]
    scored.sort(key=lambda h: (-h[1], h[0]))
    return scored[:beam_width]
