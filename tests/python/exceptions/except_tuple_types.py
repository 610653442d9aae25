# except with a tuple of exception types, including nested tuples and order of clauses
def risky(kind):
    if kind == 0:
        return 1 // 0
    if kind == 1:
        return [][3]
    if kind == 2:
        return {"a": 1}["b"]
    if kind == 3:
        return int("x")
    if kind == 4:
        return "a" + 1
    return "ok"

for k in range(6):
    try:
        print("result", risky(k))
    except (ZeroDivisionError, IndexError) as e:
        print(k, "first clause", type(e).__name__)
    except (KeyError, ValueError, TypeError) as e:
        print(k, "second clause", type(e).__name__)

types = (IndexError, KeyError)
for k in range(4):
    try:
        risky(k)
    except types:
        print(k, "caught via tuple variable")
    except Exception as e:
        print(k, "fallback", repr(e))

try:
    risky(3)
except ():
    print("empty tuple never matches")
except ValueError:
    print("empty tuple skipped, ValueError caught")

single = (ZeroDivisionError,)
try:
    risky(0)
except single as e:
    print("one-element tuple:", e)
