"""Accepted: the bias folded into the weights; one augmented vector per sample, NumPy dot products."""
import numpy as np


def perceptron_train(X, y, max_epochs):
    X_aug = np.hstack([X, np.ones((X.shape[0], 1))])
    w_aug = np.zeros(X_aug.shape[1])
    mistakes_per_epoch = []
    for _ in range(max_epochs):
        mistakes = 0
        for x_i, y_i in zip(X_aug, y):
            if y_i * np.dot(w_aug, x_i) <= 0:
                w_aug += y_i * x_i
                mistakes += 1
        mistakes_per_epoch.append(mistakes)
        if mistakes == 0:
            break
    return w_aug[:-1], float(w_aug[-1]), mistakes_per_epoch


def mistake_bound(X, y, w_star, b_star):
    X_aug = np.hstack([X, np.ones((X.shape[0], 1))])
    w_aug = np.append(w_star, b_star)
    worst = np.min(y * (X_aug @ w_aug))
    if not worst > 0:
        return float("inf")
    R = np.max(np.linalg.norm(X_aug, axis=1))
    gamma = worst / np.linalg.norm(w_aug)
    return float((R / gamma) ** 2)
