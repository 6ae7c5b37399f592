"""Banned: hands the matrix to SciPy's own linear_sum_assignment."""
from scipy.optimize import linear_sum_assignment as lsa


def linear_sum_assignment(cost, maximize=False):
    return lsa(cost, maximize=maximize)
