"""Wrong answer: the update descends, theta - lr * grad, as if the return were a loss."""
import numpy as np


def reinforce_step(theta, states, actions, rewards, gamma, lr, baseline=True):
    T = len(rewards)
    returns = np.zeros(T)
    acc = 0.0
    for t in range(T - 1, -1, -1):
        acc = rewards[t] + gamma * acc
        returns[t] = acc
    advantage = returns - returns.mean() if baseline else returns
    logits = states @ theta
    logits = logits - logits.max(axis=1, keepdims=True)
    pi = np.exp(logits)
    pi /= pi.sum(axis=1, keepdims=True)
    score = -pi
    score[np.arange(T), actions] += 1.0
    grad = states.T @ (advantage[:, None] * score)
    return returns, grad, theta - lr * grad
