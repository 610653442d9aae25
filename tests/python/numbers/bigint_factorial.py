# Factorials and digit sums of big factorials (multiplication past 64 bits).
def fact(n):
    r = 1
    i = 2
    while i <= n:
        r = r * i
        i += 1
    return r

def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n = n // 10
    return s

def num_digits(n):
    return len(str(n))

for n in [0, 1, 5, 10, 20, 21, 25, 30]:
    print(n, fact(n), sep="! = ")
f100 = fact(100)
print(f100)
print("digits:", num_digits(f100), "digit sum:", digit_sum(f100))
zeros = 0
while f100 % 10 == 0:
    f100 = f100 // 10
    zeros += 1
print("trailing zeros:", zeros, "rest:", f100 % 10 ** 12)
for n in [50, 200, 500]:
    f = fact(n)
    print(n, num_digits(f), digit_sum(f), f % 1000003, f // fact(n - 3))
print(fact(25) // fact(23), fact(30) // fact(28) // 2)
print(fact(40) - fact(39) * 40, fact(22) - 1, -fact(21))
