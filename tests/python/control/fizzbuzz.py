# FizzBuzz with accumulated output and counts.
fizz = 0
buzz = 0
both = 0
for i in range(1, 51):
    if i % 15 == 0:
        print("FizzBuzz", end=" ")
        both += 1
    elif i % 3 == 0:
        print("Fizz", end=" ")
        fizz += 1
    elif i % 5 == 0:
        print("Buzz", end=" ")
        buzz += 1
    else:
        print(i, end=" ")
    if i % 10 == 0:
        print()
print("fizz", fizz, "buzz", buzz, "both", both, sep=":")
def fb(n):
    out = ""
    if n % 3 == 0:
        out += "Fizz"
    if n % 5 == 0:
        out += "Buzz"
    if out == "":
        out = str(n)
    return out
line = ""
for i in range(90, 106):
    line = line + fb(i) + ","
print(line)
