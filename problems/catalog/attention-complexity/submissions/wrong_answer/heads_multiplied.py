"""Wrong answer: every head's score and mix products are counted at the full width D."""
import math


def attention_cost(batch, seq_len, d_model, n_heads):
    B, T, D, H = batch, seq_len, d_model, n_heads
    proj = 2 * B * T * D * D
    attn = 2 * B * H * T * T * D
    return {
        "qkv_flops": 3 * proj,
        "score_flops": attn,
        "mix_flops": attn,
        "out_flops": proj,
        "total_flops": 4 * proj + 2 * attn,
        "score_elements": B * H * T * T,
    }


def max_seq_len(memory_bytes, batch, n_heads, bytes_per_element):
    return math.isqrt(memory_bytes // (batch * n_heads * bytes_per_element))
