import numpy as np


def beam_search(start_logp, trans_logp, eos_id, beam_width, max_len, length_penalty=0.0):
    """Beam search over a bigram model.

    start_logp: (V,) float64, log-probability of each first token.
    trans_logp: (V, V) float64, trans_logp[prev, next] is the log-probability of next after prev.
    eos_id: the end-of-sequence token. beam_width: K >= 1. max_len: at most this many tokens.
    length_penalty: final score = summed log-prob / len(tokens) ** length_penalty.
    Returns a list of at most K tuples (tokens, score), best first: tokens is a list of ints
    that ends with eos_id when the hypothesis finished, score a float,
    e.g. [([2, 1, 2], -1.0833333333333333), ([2, 1, 0], -1.1666666666666667)].
    """
    raise NotImplementedError
