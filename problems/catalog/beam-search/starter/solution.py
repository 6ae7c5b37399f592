import numpy as np


def beam_search(start_logp, trans_logp, eos_id, beam_width, max_len, length_penalty=0.0):
    """Beam search over a bigram model.

    start_logp: (V,) float64, log-probability of each first token.
    trans_logp: (V, V) float64, trans_logp[prev, next] is the log-probability of next after prev.
    eos_id: the end-of-sequence token. beam_width: K >= 1. max_len: at most this many tokens.
    length_penalty: final score = summed log-prob / len(tokens) ** length_penalty.
    Returns at most K pairs (tokens, score), best first; tokens is a list of ints that ends with
    eos_id when the hypothesis finished.
    """
    raise NotImplementedError
