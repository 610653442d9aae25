# exceptions in the middle of an expression (partial list, call arguments, binary ops) leave no
# stray values behind: the frame keeps working normally after the handler
def boom(tag):
    raise ValueError(tag)

def total(*parts):
    return sum(parts)

results = []
n = 0
while n < 3:
    try:
        x = [1, 2, n, boom("list") if n == 1 else 3, 4]
        results.append(x)
    except ValueError as e:
        results.append(str(e))
    try:
        y = total(10, n * 100, boom("call") if n == 2 else 5) + 1
        results.append(y)
    except ValueError as e:
        results.append(str(e))
    try:
        z = (n + 1) * (2 + (n // (n - 1)))
        results.append(z)
    except ZeroDivisionError:
        results.append("zero")
    n += 1
print(results)

def nested_calls(k):
    return str(k) + str(total(1, 2, int("x" if k else "3")))

try:
    print(nested_calls(0))
    print(nested_calls(1))
except ValueError as e:
    print("nested:", e)

d = {"a": [1, 2], "b": {"c": 3}}
i = 0
keys = ["a", "b", "z"]
while i < len(keys):
    try:
        print(keys[i], len(d[keys[i]]), d[keys[i]][0])
    except KeyError as e:
        print("key problem", e)
    i += 1
print("stack still fine:", [i, n, len(results)])
