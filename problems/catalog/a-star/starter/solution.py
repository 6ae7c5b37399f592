def a_star(grid, start, goal):
    """grid: int64 array (H, W) of entry costs, 0 = wall; start, goal: (row, col) tuples.
    Returns a cheapest 4-connected path as a list of (row, col) tuples, start and goal included,
    or [] when there is none."""
    raise NotImplementedError
