# an exception escaping one or more for loops to a handler outside them (iterators are discarded)
def first_bad(rows):
    try:
        for r in rows:
            for v in r:
                if v < 0:
                    raise ValueError("negative " + str(v))
        return "all fine"
    except ValueError as e:
        return "stopped: " + str(e)

print(first_bad([[1, 2], [3, -4, 5], [-6]]))
print(first_bad([[1], []]))
print(first_bad([]))

total = 0
try:
    for i in range(10):
        total += 10 // (5 - i)
except ZeroDivisionError:
    print("stopped at total", total)
try:
    for ch in "abc":
        for n in [1, 2]:
            if ch == "b" and n == 2:
                {}[ch]
            print(ch, n)
except KeyError as e:
    print("key", e)
finally:
    print("finally after loops")
for k in range(3):
    print("loop after handler", k)
