"""Constraint solver: Sudoku by constraint propagation and search over candidate sets."""

DIGITS = "123456789"
ROWS = "ABCDEFGHI"


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, DIGITS)
UNITLIST = ([cross(ROWS, c) for c in DIGITS] + [cross(r, DIGITS) for r in ROWS]
            + [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITLIST if s in u] for s in SQUARES}
PEERS = {s: set(sum(UNITS[s], [])) - {s} for s in SQUARES}


def assign(values, s, d):
    for other in values[s].replace(d, ""):
        if not eliminate(values, s, other):
            return False
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, "")
    if len(values[s]) == 0:
        return False
    if len(values[s]) == 1:
        d2 = values[s]
        for s2 in PEERS[s]:
            if not eliminate(values, s2, d2):
                return False
    for u in UNITS[s]:
        places = [q for q in u if d in values[q]]
        if len(places) == 0:
            return False
        if len(places) == 1:
            if not assign(values, places[0], d):
                return False
    return values


def parse(grid):
    values = {s: DIGITS for s in SQUARES}
    for s, d in zip(SQUARES, grid):
        if d in DIGITS and not assign(values, s, d):
            return False
    return values


def search(values, counter):
    if values is False:
        return False
    counter[0] += 1
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        result = search(assign(dict(values), s, d), counter)
        if result:
            return result
    return False


PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
    "..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..",
]


def main():
    total_nodes = 0
    for p in (PUZZLES + PUZZLES[::-1]) * 12:
        counter = [0]
        sol = search(parse(p), counter)
        total_nodes += counter[0]
        print("".join(sol[s] for s in SQUARES[:27]), counter[0])
    print("nodes:", total_nodes)


main()
