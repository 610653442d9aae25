# bare except catches everything, including exceptions from deep calls and KeyboardInterrupt-like BaseException
def f(n):
    if n == 0:
        return [1][2]
    return f(n - 1)

try:
    f(3)
except:
    print("bare except caught deep error")

for value in ["12", "x", None, 3.5]:
    try:
        print(int(value) * 2)
    except:
        print("could not convert", repr(value))

try:
    raise SystemExit(3)
except:
    print("bare except even catches SystemExit")

try:
    raise BaseException("base")
except Exception:
    print("not reached")
except:
    print("BaseException only caught by bare except")

def g():
    try:
        undefined_name
    except:
        return "handled in g"
    return "not reached"

print(g())
