"""Accepted: returns as a product with an upper-triangular discount matrix; a loop over steps."""
import numpy as np


def log_softmax(z):
    z = z - z.max()
    return z - np.log(np.exp(z).sum())


def reinforce_step(theta, states, actions, rewards, gamma, lr, baseline=True):
    T = len(rewards)
    t, k = np.meshgrid(np.arange(T), np.arange(T), indexing="ij")
    discount = np.where(k >= t, float(gamma) ** np.maximum(k - t, 0), 0.0)  # gamma^(k-t), k >= t
    returns = discount @ rewards
    b = returns.mean() if baseline else 0.0

    grad = np.zeros_like(theta)
    for s, a, g in zip(states, actions, returns):
        pi = np.exp(log_softmax(s @ theta))
        onehot = np.zeros_like(pi)
        onehot[a] = 1.0
        grad += (g - b) * np.outer(s, onehot - pi)
    return returns, grad, theta + lr * grad
