import numpy as np


def reinforce_step(theta, states, actions, rewards, gamma, lr, baseline=True):
    """One REINFORCE update of the linear softmax policy pi(.|s) = softmax(s @ theta).

    theta: (F, A). states: (T, F), actions: (T,) int64, rewards: (T,) for one episode.
    gamma, lr: floats. baseline: subtract the mean of the returns when True.
    Returns (returns, grad, new_theta): the discounted returns G_t (T,), the policy gradient
    (F, A) and theta + lr * grad (F, A).
    """
    raise NotImplementedError
