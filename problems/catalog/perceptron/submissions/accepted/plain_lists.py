"""Accepted: pure Python lists and loops, the bias kept apart; squared norms, one square root."""
import math


def perceptron_train(X, y, max_epochs):
    rows = X.tolist()
    labels = [int(v) for v in y]
    w = [0.0] * len(rows[0])
    b = 0.0
    counts = []
    epoch = 0
    while epoch < max_epochs:
        epoch += 1
        made = 0
        for x, label in zip(rows, labels):
            score = b
            for w_j, x_j in zip(w, x):
                score += w_j * x_j
            if label * score <= 0:
                w = [w_j + label * x_j for w_j, x_j in zip(w, x)]
                b += label
                made += 1
        counts.append(made)
        if made == 0:
            break
    return w, b, counts


def mistake_bound(X, y, w_star, b_star):
    rows = X.tolist()
    ws = [float(v) for v in w_star]
    margins = [int(label) * (sum(a * c for a, c in zip(ws, x)) + b_star)
               for x, label in zip(rows, y)]
    worst = min(margins)
    if worst <= 0:
        return math.inf
    radius_sq = max(sum(v * v for v in x) + 1.0 for x in rows)
    norm_sq = sum(v * v for v in ws) + b_star * b_star
    return radius_sq * norm_sq / (worst * worst)
