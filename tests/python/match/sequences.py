# match: sequence patterns, with and without star, nested, over lists, tuples and ranges
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x} {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} ..{len(middle)}.. {last}"
        case [first, *rest]:
            return f"head {first} tail {rest}"

for v in [[], [1], (1, 2), [1, 2, 3], range(7), (9, 8, 7, 6, 5)]:
    print(seq(v))

# strings are not sequences for patterns
match "ab":
    case [a, b]:
        print("string matched", a, b)
    case _:
        print("string is not a sequence pattern subject")

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)

match (1, 2, 3):
    case [*all_items]:
        print("all", all_items, type(all_items).__name__)

match [1, 2, 3, 4]:
    case [*_, 3, 4]:
        print("ends with 3, 4")

match [1, 2]:
    case (1, 2, *_, 3):
        print("wrong")
    case (1, *_, 2):
        print("1 ... 2")

match {"a": 1}:
    case [x]:
        print("dict matched sequence")
    case _:
        print("dict is not a sequence")
