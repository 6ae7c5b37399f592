def train_bpe(text, vocab_size):
    """Learns byte-level BPE merges from text (UTF-8 bytes, no pre-splitting).

    Ids 0-255 are the bytes; merge i creates id 256 + i. Pairs are counted with overlap; the most
    frequent pair wins, ties going to the pair that occurs first in the current sequence.
    Returns up to vocab_size - 256 merges as a list of (left_id, right_id) tuples.
    """
    raise NotImplementedError


def encode(text, merges):
    """Encodes text to ids by repeatedly applying the present pair with the lowest merge index."""
    raise NotImplementedError


def decode(ids, merges):
    """Joins the bytes of every id, then decodes them as UTF-8 with replacement characters."""
    raise NotImplementedError
