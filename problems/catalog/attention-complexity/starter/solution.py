def attention_cost(batch, seq_len, d_model, n_heads):
    """Exact flop counts of one multi-head self-attention forward pass (an (m, k) @ (k, n)
    product costs 2 m k n; softmax and scaling are not counted).

    Returns a dict with the int entries qkv_flops, score_flops, mix_flops, out_flops,
    total_flops and score_elements.
    """
    raise NotImplementedError


def max_seq_len(memory_bytes, batch, n_heads, bytes_per_element):
    """The largest int T >= 0 with batch * n_heads * T * T * bytes_per_element <= memory_bytes."""
    raise NotImplementedError
