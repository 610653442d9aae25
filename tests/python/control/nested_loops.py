# Nested loops: multiplication table, break/continue affecting only the inner loop.
for i in range(1, 6):
    for j in range(1, 6):
        print(i * j, end="\t")
    print()
pairs = 0
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2 == 1:
            continue
        pairs += 1
        print([i, j], end="")
    print(" row", i)
print("pairs:", pairs)
i = 0
while i < 4:
    j = 0
    line = ""
    while j < 4:
        if j == i:
            line = line + "\\"
        elif j < i:
            line = line + "*"
        else:
            line = line + "."
        j += 1
    print(line)
    i += 1
found = False
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print("triple", a, b, c)
                found = True
                break
        if found:
            break
    if found:
        break
print("first triple found:", found)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
total = 0
for row in grid:
    for v in row:
        total += v
print("grid total", total)
