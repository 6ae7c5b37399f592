"""Accepted: the closed forms, and math.isqrt for the memory bound."""
import math


def attention_cost(batch, seq_len, d_model, n_heads):
    B, T, D = batch, seq_len, d_model
    proj = 2 * B * T * D * D  # one (B T, D) @ (D, D) product
    attn = 2 * B * T * T * D  # H heads of (T, d_k) @ (d_k, T), H d_k = D
    return {
        "qkv_flops": 3 * proj,
        "score_flops": attn,
        "mix_flops": attn,
        "out_flops": proj,
        "total_flops": 4 * proj + 2 * attn,
        "score_elements": B * n_heads * T * T,
    }


def max_seq_len(memory_bytes, batch, n_heads, bytes_per_element):
    return math.isqrt(memory_bytes // (batch * n_heads * bytes_per_element))
