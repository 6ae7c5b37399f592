def cell_value(grid, cell):
    raise NotImplementedError
