"""Wrong answer: leaves the loop on a clean epoch before recording its 0."""
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
        if mistakes == 0:
            break
        mistakes_per_epoch.append(mistakes)
    return w, b, mistakes_per_epoch


def mistake_bound(X, y, w_star, b_star):
    X_aug = np.hstack([X, np.ones((X.shape[0], 1))])
    w_aug = np.append(w_star, b_star)
    worst = np.min(y * (X_aug @ w_aug))
    if worst <= 0:
        return float("inf")
    R = np.max(np.linalg.norm(X_aug, axis=1))
    return float((R * np.linalg.norm(w_aug) / worst) ** 2)
