"""Wrong answer: the score is outer(s, onehot(a)), missing the -pi(.|s) term of the softmax."""
import numpy as np


def reinforce_step(theta, states, actions, rewards, gamma, lr, baseline=True):
    T = len(rewards)
    returns = np.zeros(T)
    acc = 0.0
    for t in range(T - 1, -1, -1):
        acc = rewards[t] + gamma * acc
        returns[t] = acc
    advantage = returns - returns.mean() if baseline else returns
    onehot = np.zeros((T, theta.shape[1]))
    onehot[np.arange(T), actions] = 1.0
    grad = states.T @ (advantage[:, None] * onehot)
    return returns, grad, theta + lr * grad
