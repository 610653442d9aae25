# match: inside loops (break/continue from a case), generators, nested match, return from case
def commands(lines):
    for line in lines:
        match line.split():
            case ["quit"]:
                print("bye")
                break
            case ["skip", *_]:
                continue
            case ["say", *words]:
                print(" ".join(words))
            case ["add", a, b]:
                print(int(a) + int(b))
            case []:
                print("(blank)")
            case [cmd, *_]:
                print("unknown command", cmd)
    else:
        print("no quit seen")

commands(["say hello world", "add 2 3", "", "skip this", "jump", "quit", "say unreachable"])
commands(["say once"])

def tokens(items):
    for it in items:
        match it:
            case int() | float():
                yield ("num", it)
            case str() if it.isidentifier():
                yield ("name", it)
            case [*inner]:
                yield from tokens(inner)
            case _:
                yield ("other", it)

print(list(tokens([1, "x", [2.5, "y", ["z", "+"]], "?"])))

def nested(a, b):
    match a:
        case 0:
            match b:
                case 0:
                    return "both zero"
                case _:
                    return "a zero"
        case _:
            return "a nonzero"

print(nested(0, 0), nested(0, 1), nested(1, 0))

total = 0
for i in range(10):
    match i % 3:
        case 0:
            total += i
        case 1:
            total -= 1
        case _:
            pass
print("total", total)
