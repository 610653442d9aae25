# IndexError: list assignment index out of range.
grid = [0, 0, 0]
grid[2] = 5
grid[-3] = 1
print(grid)
grid[-1] += 10
grid[0] *= 7
print(grid, len(grid))
grid.append(4)
grid[3] = 8
print(grid)
grid[4] = 9
print("not reached")
