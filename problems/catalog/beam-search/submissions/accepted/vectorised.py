"""Accepted: scores every extension of every beam at once as a (beams, V) array."""
import numpy as np


def beam_search(start_logp, trans_logp, eos_id, beam_width, max_len, length_penalty=0.0):
    start_logp = np.asarray(start_logp, dtype=np.float64)
    trans_logp = np.asarray(trans_logp, dtype=np.float64)
    vocab = start_logp.shape[0]
    alive_tokens, alive_logp = [[]], np.zeros(1)
    finished = []
    for _ in range(max_len):
        if alive_tokens[0]:
            rows = trans_logp[[t[-1] for t in alive_tokens]]  # (beams, V)
        else:
            rows = start_logp[None, :]
        cand = (alive_logp[:, None] + rows).ravel()
        parent = np.repeat(np.arange(len(alive_tokens)), vocab)
        token = np.tile(np.arange(vocab), len(alive_tokens))
        # Equal-length candidates compare lexicographically as (parent's tokens, new token).
        by_tokens = sorted(range(len(alive_tokens)), key=lambda i: alive_tokens[i])
        lex_rank = np.empty(len(alive_tokens), dtype=np.int64)
        lex_rank[by_tokens] = np.arange(len(alive_tokens))
        order = np.lexsort((token, lex_rank[parent], -cand))
        next_tokens, next_logp = [], []
        for i in order:
            if len(next_tokens) == beam_width:
                break
            tokens = alive_tokens[parent[i]] + [int(token[i])]
            if token[i] == eos_id:
                finished.append((tokens, float(cand[i])))
            else:
                next_tokens.append(tokens)
                next_logp.append(cand[i])
        alive_tokens, alive_logp = next_tokens, np.array(next_logp)
        if len(finished) >= beam_width or not alive_tokens:
            break
    finished += [(t, float(s)) for t, s in zip(alive_tokens, alive_logp)]
    final = [(t, s / len(t) ** length_penalty) for t, s in finished]
    final.sort(key=lambda h: (-h[1], h[0]))
    return final[:beam_width]
