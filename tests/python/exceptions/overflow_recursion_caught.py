# OverflowError and RecursionError caught, and execution continues normally afterwards
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("float pow:", e)
try:
    x = 10.0 ** 400
except OverflowError as e:
    print("float pow2:", e)

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print("still works:", depth(200))

def recurse_guarded(n):
    try:
        return recurse_guarded(n + 1)
    except RecursionError:
        return n

r = recurse_guarded(0)
print("guarded recursion stopped deep:", r > 100)
try:
    forever(0)
except RuntimeError as e:
    print("RecursionError is a RuntimeError:", type(e).__name__)
print("done", depth(50))
