# try/except with a single exception type: matching, non-matching inner handler, no exception
def div(a, b):
    try:
        r = a // b
        print("computed", r)
    except ZeroDivisionError:
        print("zero division for", a)
        r = None
    print("after try", r)
    return r

print(div(10, 2))
print(div(7, 0))
print(div(-9, 4))

def outer(x):
    try:
        try:
            return [1, 2, 3][x]
        except ZeroDivisionError:
            print("inner handler: not reached")
            return -1
    except IndexError:
        print("outer handler for", x)
        return -2

print(outer(1))
print(outer(5))
print(outer(-3))
print(outer(-4))

count = 0
for i in range(5):
    try:
        count = count + 10 // (i - 2)
    except ZeroDivisionError:
        print("skip", i)
        continue
    print("i", i, "count", count)
print("final", count)
