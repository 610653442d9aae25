# Collatz sequences: lengths, peaks and the longest chain below a bound.
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def peak(n):
    best = n
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        best = max(best, n)
    return best

for n in [1, 2, 3, 6, 7, 9, 27, 97, 871]:
    print(n, collatz_len(n), peak(n), sep="\t")
best = 0
best_n = 0
for n in range(1, 3000):
    c = collatz_len(n)
    if c > best:
        best = c
        best_n = n
print("longest below 3000:", best_n, "with", best, "steps")
seq = [27]
while seq[-1] != 1 and len(seq) < 12:
    x = seq[-1]
    if x % 2:
        seq.append(3 * x + 1)
    else:
        seq.append(x // 2)
print(seq)
big = 2 ** 100 + 1
print(collatz_len(big), peak(big) > big)
