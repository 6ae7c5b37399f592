"""Wrong answer: (R / gamma)^2 even when gamma <= 0, a finite number where no bound exists."""
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
    X_aug = np.hstack([X, np.ones((X.shape[0], 1))])
    w_aug = np.append(w_star, b_star)
    R = np.max(np.linalg.norm(X_aug, axis=1))
    with np.errstate(divide="ignore", invalid="ignore"):
        gamma = np.min(y * (X_aug @ w_aug)) / np.linalg.norm(w_aug)
        return float((R / gamma) ** 2)
