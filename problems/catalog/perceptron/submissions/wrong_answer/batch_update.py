"""Wrong answer: a batch perceptron; the epoch's mistakes are found first and added together."""
import numpy as np


def perceptron_train(X, y, max_epochs):
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes_per_epoch = []
    for _ in range(max_epochs):
        wrong = y * (X @ w + b) <= 0
        mistakes = int(np.sum(wrong))
        w = w + (y[wrong, None] * X[wrong]).sum(axis=0)
        b += float(np.sum(y[wrong]))
        mistakes_per_epoch.append(mistakes)
        if mistakes == 0:
            break
    return w, b, mistakes_per_epoch


def mistake_bound(X, y, w_star, b_star):
    X_aug = np.hstack([X, np.ones((X.shape[0], 1))])
    w_aug = np.append(w_star, b_star)
    worst = np.min(y * (X_aug @ w_aug))
    if worst <= 0:
        return float("inf")
    R = np.max(np.linalg.norm(X_aug, axis=1))
    return float((R * np.linalg.norm(w_aug) / worst) ** 2)
