def cell_value(grid, cell):
    return int(grid[cell])
