# break and continue inside try bodies with finally (using while loops), and finally in nested loops
i = 0
while i < 5:
    i += 1
    try:
        if i == 2:
            print("continue at", i)
            continue
        if i == 4:
            print("break at", i)
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop, i =", i)

def find(target):
    n = 0
    while True:
        try:
            if n == target:
                return n
            n += 1
        finally:
            print("cleanup", n)

print("found", find(2))

outer = 0
while outer < 2:
    inner = 0
    while inner < 3:
        try:
            try:
                if inner == 1:
                    break
                print("pair", outer, inner)
            finally:
                print("inner finally", outer, inner)
        finally:
            print("outer finally", outer, inner)
        inner += 1
    outer += 1
print("done")
