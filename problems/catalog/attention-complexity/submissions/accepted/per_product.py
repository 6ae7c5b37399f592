"""Accepted: sums 2 m k n over the list of products, and finds T by binary search."""


def _products(B, T, D, H):
    dk = D // H
    yield "qkv_flops", 3 * B, (T, D, D)
    yield "score_flops", B * H, (T, dk, T)
    yield "mix_flops", B * H, (T, T, dk)
    yield "out_flops", B, (T, D, D)


def attention_cost(batch, seq_len, d_model, n_heads):
    out = {}
    for name, count, (m, k, n) in _products(batch, seq_len, d_model, n_heads):
        out[name] = count * 2 * m * k * n
    out["total_flops"] = sum(out.values())
    out["score_elements"] = batch * n_heads * seq_len * seq_len
    return out


def max_seq_len(memory_bytes, batch, n_heads, bytes_per_element):
    c = batch * n_heads * bytes_per_element
    lo, hi = 0, 1
    while c * hi * hi <= memory_bytes:
        hi *= 2
    while hi - lo > 1:  # c lo^2 fits, c hi^2 does not
        mid = (lo + hi) // 2
        if c * mid * mid <= memory_bytes:
            lo = mid
        else:
            hi = mid
    return lo
