"""Board-game search: alpha-beta minimax for Connect Four on a small board, plus N-queens."""

ROWS, COLS = 5, 6
EMPTY, ME, YOU = 0, 1, 2


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (ROWS * COLS)
        self.heights = [0] * COLS
        self.moves = 0

    def can_play(self, col):
        return self.heights[col] < ROWS

    def play(self, col, who):
        self.cells[self.heights[col] * COLS + col] = who
        self.heights[col] += 1
        self.moves += 1

    def undo(self, col):
        self.heights[col] -= 1
        self.cells[self.heights[col] * COLS + col] = EMPTY
        self.moves -= 1

    def wins(self, col, who):
        row = self.heights[col] - 1
        cells = self.cells
        for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
            count = 1
            for sign in (1, -1):
                r, c = row + dr * sign, col + dc * sign
                while 0 <= r < ROWS and 0 <= c < COLS and cells[r * COLS + c] == who:
                    count += 1
                    r += dr * sign
                    c += dc * sign
            if count >= 4:
                return True
        return False

    def score(self, who):
        # Heuristic: count open windows of four held only by one side.
        total = 0
        cells = self.cells
        other = YOU if who == ME else ME
        for r in range(ROWS):
            for c in range(COLS):
                for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                    er, ec = r + 3 * dr, c + 3 * dc
                    if not (0 <= er < ROWS and 0 <= ec < COLS):
                        continue
                    mine = theirs = 0
                    for k in range(4):
                        v = cells[(r + k * dr) * COLS + c + k * dc]
                        if v == who:
                            mine += 1
                        elif v == other:
                            theirs += 1
                    if theirs == 0:
                        total += mine * mine
                    elif mine == 0:
                        total -= theirs * theirs
        return total


ORDER = [2, 3, 1, 4, 0, 5]


def negamax(board, depth, alpha, beta, who, counter):
    counter[0] += 1
    if board.moves == ROWS * COLS:
        return 0
    if depth == 0:
        return board.score(who)
    other = YOU if who == ME else ME
    best = -1000000
    for col in ORDER:
        if not board.can_play(col):
            continue
        board.play(col, who)
        if board.wins(col, who):
            value = 100000 + depth
        else:
            value = -negamax(board, depth - 1, -beta, -alpha, other, counter)
        board.undo(col)
        if value > best:
            best = value
        if best > alpha:
            alpha = best
        if alpha >= beta:
            break
    return best


def best_move(board, depth, who):
    counter = [0]
    other = YOU if who == ME else ME
    best, best_col = -10000000, -1
    for col in ORDER:
        if board.can_play(col):
            board.play(col, who)
            v = 100000 if board.wins(col, who) else -negamax(board, depth - 1, -10000000, 10000000, other, counter)
            board.undo(col)
            if v > best:
                best, best_col = v, col
    return best_col, best, counter[0]


def queens(n):
    count = 0
    cols = [False] * n
    d1 = [False] * (2 * n)
    d2 = [False] * (2 * n)

    def place(r):
        nonlocal count
        if r == n:
            count += 1
            return
        for c in range(n):
            if not cols[c] and not d1[r + c] and not d2[r - c + n]:
                cols[c] = d1[r + c] = d2[r - c + n] = True
                place(r + 1)
                cols[c] = d1[r + c] = d2[r - c + n] = False
    place(0)
    return count


def main():
    board = Board()
    who = ME
    nodes = 0
    played = []
    for turn in range(8):
        col, value, n = best_move(board, 6, who)
        nodes += n
        board.play(col, who)
        played.append(col)
        who = YOU if who == ME else ME
    print("moves:", played, "nodes:", nodes)
    print("queens(8):", queens(8))


main()
