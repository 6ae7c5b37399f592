"""Wrong answer: R and gamma measured on the raw x and w_star, without the constant 1 and b_star."""
import numpy as np


def perceptron_train(X, y, max_epochs):
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes_per_epoch = []
    for _ in range(max_epochs):
        mistakes = 0
        for x_i, y_i in zip(X, y):
            if y_i * (w @ x_i + b) <= 0:
                w += y_i * x_i
                b += y_i
                mistakes += 1
        mistakes_per_epoch.append(mistakes)
        if mistakes == 0:
            break
    return w, b, mistakes_per_epoch


def mistake_bound(X, y, w_star, b_star):
    margins = y * (X @ w_star + b_star)
    worst = np.min(margins)
    if worst <= 0:
        return float("inf")
    R = np.max(np.linalg.norm(X, axis=1))
    gamma = worst / np.linalg.norm(w_star)
    return float((R / gamma) ** 2)
