"""Wrong answer: the memory bound through a floating-point square root (off by one near 2^63)."""
import math


def attention_cost(batch, seq_len, d_model, n_heads):
    B, T, D = batch, seq_len, d_model
    proj = 2 * B * T * D * D
    attn = 2 * B * T * T * D
    return {
        "qkv_flops": 3 * proj,
        "score_flops": attn,
        "mix_flops": attn,
        "out_flops": proj,
        "total_flops": 4 * proj + 2 * attn,
        "score_elements": B * n_heads * T * T,
    }


def max_seq_len(memory_bytes, batch, n_heads, bytes_per_element):
    return int(math.sqrt(memory_bytes / (batch * n_heads * bytes_per_element)))
