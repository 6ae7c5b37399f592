"""Accepted: backward recursion for the returns, then all T score vectors at once."""
import numpy as np


def reinforce_step(theta, states, actions, rewards, gamma, lr, baseline=True):
    T = len(rewards)
    returns = np.zeros(T)
    acc = 0.0
    for t in range(T - 1, -1, -1):
        acc = rewards[t] + gamma * acc  # G_t = r_t + gamma G_{t+1}
        returns[t] = acc
    advantage = returns - returns.mean() if baseline else returns

    logits = states @ theta
    logits = logits - logits.max(axis=1, keepdims=True)
    pi = np.exp(logits)
    pi /= pi.sum(axis=1, keepdims=True)
    score = -pi  # onehot(a_t) - pi(.|s_t), one row per step
    score[np.arange(T), actions] += 1.0
    grad = states.T @ (advantage[:, None] * score)
    return returns, grad, theta + lr * grad
