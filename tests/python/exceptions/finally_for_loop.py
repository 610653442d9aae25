# break/continue/return inside try/finally within for loops (the iterator must survive the finally)
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after for")

def first_negative(xs):
    for x in xs:
        try:
            if x < 0:
                return x
        finally:
            print("checked", x)
    return None

print(first_negative([3, 1, -2, 5]))
print(first_negative([1, 2]))

for a in [1, 2]:
    for b in "xy":
        try:
            if b == "y":
                break
            print(a, b)
        finally:
            print("fin", a, b)
print("nested done")
