# Towers of Hanoi: move counting and a printed small solution.
moves = 0

def hanoi(n, src, dst, via, show):
    global moves
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, show)
    moves += 1
    if show:
        print("move disk", n, "from", src, "to", dst)
    hanoi(n - 1, via, dst, src, show)

hanoi(3, "A", "C", "B", True)
print("moves for 3:", moves)
for n in range(1, 16):
    moves = 0
    hanoi(n, "A", "C", "B", False)
    print(n, moves, moves == 2 ** n - 1, sep=":", end=" ")
print()

def count_moves(n):
    if n == 0:
        return 0
    return 2 * count_moves(n - 1) + 1

print(count_moves(64), count_moves(100) == 2 ** 100 - 1)
