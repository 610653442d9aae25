# match: capture patterns bind names, wildcard binds nothing, subject evaluated once
calls = 0
def subject():
    global calls
    calls += 1
    return [1, 2]

match subject():
    case [3, _]:
        print("no")
    case [a, _]:
        print("first is", a)
print("calls", calls)

match 42:
    case n:
        print("captured", n)
print("n after match:", n)

try:
    _
except NameError as e:
    print("wildcard bound nothing:", e)

def inner(v):
    match v:
        case [x, y]:
            return x + y
        case x:
            return x
print(inner([3, 4]), inner(10))
