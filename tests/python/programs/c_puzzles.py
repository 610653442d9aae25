"""Recursive puzzle solvers: N-queens (all solutions, counting with bitmasks), a sudoku
solver with constraint propagation and backtracking, subset-sum with memoisation, and the
Towers of Hanoi. Exercises recursion, generators, sets, functools.lru_cache and nested
functions with nonlocal."""

from functools import lru_cache


def queens(n):
    cols, diag1, diag2 = set(), set(), set()
    board = []

    def place(row):
        if row == n:
            yield tuple(board)
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            board.append(c)
            yield from place(row + 1)
            board.pop()
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)

    return place(0)


def count_queens(n):
    full = (1 << n) - 1
    count = 0

    def go(cols, d1, d2):
        nonlocal count
        if cols == full:
            count += 1
            return
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)

    go(0, 0, 0)
    return count


def show(board):
    return "\n".join("".join("Q" if c == col else "." for c in range(len(board))) for col in board)


first = next(queens(6))
print(first)
print(show(first))
for n in range(1, 9):
    print(n, "queens:", count_queens(n), sum(1 for _ in queens(n)) if n <= 7 else "-")

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [r for r in text.split() if r]
    return {(r, c): int(ch) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch != "."}


PEERS = {}
for r in range(9):
    for c in range(9):
        box = {(br, bc) for br in range(r // 3 * 3, r // 3 * 3 + 3) for bc in range(c // 3 * 3, c // 3 * 3 + 3)}
        PEERS[r, c] = ({(r, k) for k in range(9)} | {(k, c) for k in range(9)} | box) - {(r, c)}


def solve(grid, stats):
    stats["calls"] += 1
    empty = [(r, c) for r in range(9) for c in range(9) if (r, c) not in grid]
    if not empty:
        return grid
    options = {cell: set(range(1, 10)) - {grid[p] for p in PEERS[cell] if p in grid} for cell in empty}
    cell = min(empty, key=lambda rc: (len(options[rc]), rc))
    for v in sorted(options[cell]):
        grid[cell] = v
        if solve(grid, stats):
            return grid
        del grid[cell]
    return None


stats = {"calls": 0}
solution = solve(parse(PUZZLE), stats)
for r in range(9):
    print(" ".join(str(solution[r, c]) for c in range(9)))
ok = all(len({solution[r, c] for c in range(9)}) == 9 for r in range(9))
print("valid:", ok, "calls:", stats["calls"])


def subset_sum(nums, target):
    nums = tuple(nums)

    @lru_cache(maxsize=None)
    def ways(i, remaining):
        if remaining == 0:
            return 1
        if i == len(nums) or remaining < 0:
            return 0
        return ways(i + 1, remaining - nums[i]) + ways(i + 1, remaining)

    result = ways(0, target)
    return result, ways.cache_info().currsize > 0


print("subset sums:", [subset_sum(range(1, 15), t)[0] for t in (0, 10, 30, 60, 105, 106)])


def hanoi(n, src="A", dst="C", via="B"):
    if n == 0:
        return []
    return hanoi(n - 1, src, via, dst) + [(n, src, dst)] + hanoi(n - 1, via, dst, src)


moves = hanoi(4)
print(len(moves), moves[:5], moves[-1])
pegs = {"A": list(range(4, 0, -1)), "B": [], "C": []}
for disk, a, b in moves:
    assert pegs[a][-1] == disk and (not pegs[b] or pegs[b][-1] > disk)
    pegs[b].append(pegs[a].pop())
print(pegs)
