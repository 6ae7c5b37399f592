"""Accepted: pure Python, point by point; the expected error is assembled from the decomposition
(bias^2 + variance + noise), which the two-pass terms make exact."""


def bias_variance(preds, f_true, noise_var):
    m, n = len(preds), len(f_true)
    bias_total = 0.0
    var_total = 0.0
    for j in range(n):
        column = [float(preds[i][j]) for i in range(m)]
        mean = sum(column) / m
        bias_total += (mean - float(f_true[j])) ** 2
        var_total += sum((c - mean) ** 2 for c in column) / m  # divide by M, not M - 1
    bias_sq = bias_total / n
    variance = var_total / n
    noise = float(noise_var)
    return bias_sq, variance, noise, bias_sq + variance + noise
