"""Wrong answer: the returns ignore gamma, G_t = r_t + r_{t+1} + ... (undiscounted)."""
import numpy as np


def reinforce_step(theta, states, actions, rewards, gamma, lr, baseline=True):
    T = len(rewards)
    returns = np.cumsum(rewards[::-1])[::-1].copy()
    advantage = returns - returns.mean() if baseline else returns
    logits = states @ theta
    logits = logits - logits.max(axis=1, keepdims=True)
    pi = np.exp(logits)
    pi /= pi.sum(axis=1, keepdims=True)
    score = -pi
    score[np.arange(T), actions] += 1.0
    grad = states.T @ (advantage[:, None] * score)
    return returns, grad, theta + lr * grad
