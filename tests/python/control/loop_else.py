# for/else and while/else: else runs only when the loop was not broken.
def find(lst, target):
    for i in range(len(lst)):
        if lst[i] == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([4, 5, 6], 5)
find([4, 5, 6], 7)
find([], 1)
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
i = 0
while i < 3:
    i += 1
else:
    print("while-else ran, i =", i)
i = 0
while i < 10:
    i += 1
    if i == 4:
        break
else:
    print("unreachable")
print("broke at", i)
while False:
    print("never")
else:
    print("while False else")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print("are prime")
for c in "abc":
    if c == "z":
        break
    continue
else:
    print("continue does not skip else")
