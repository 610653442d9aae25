# match: or-patterns, as-patterns, guards (evaluated after binding, in order)
def check(v):
    match v:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [1, _] | [_, 1] as pair:
            return f"pair with a one {pair}"
        case (x, y) | [x, y, _] if x < y:
            return f"ascending start {x} {y}"
        case (4 | 5) as n:
            return f"four or five: {n}"
        case [("a" | "b") as letter, *_]:
            return f"starts with {letter}"
        case _:
            return "no match"

for v in [1, 3, [1, 9], (9, 1), (2, 5), [2, 7, 0], (7, 2), 4, 5, ["b", 1], ["c"], 99]:
    print(v, "->", check(v))

log = []
def guard(name, result):
    log.append(name)
    return result

match 10:
    case int(n) if guard("first", n > 100):
        print("big")
    case int(n) if guard("second", n % 2 == 0):
        print("even", n)
    case _:
        print("fallthrough")
print(log)

# a name bound before a failing guard stays bound
match [1, 2]:
    case [a, b] if a > b:
        print("desc")
    case _:
        print("guard failed; a =", a, "b =", b)
