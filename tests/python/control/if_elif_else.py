# if / elif / else chains, nested ifs, non-bool conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for v in [-5, 0, 3, 9, 10, 99, 100, 10 ** 20, -0.5, 0.0]:
    print(v, classify(v), sep=": ")
for v in [0, 1, "", "x", [], [0], None, 0.0, -1]:
    if v:
        print(repr(v), "truthy", end="; ")
    else:
        print(repr(v), "falsy", end="; ")
print()
x = 15
if x % 3 == 0:
    if x % 5 == 0:
        print("divisible by 15")
    else:
        print("divisible by 3 only")
elif x % 5 == 0:
    print("divisible by 5 only")
if x > 10 and x < 20 or x == 100:
    print("in range")
if not x == 14:
    print("not 14")
if x:
    pass
else:
    print("unreachable")
y = 0
if y:
    print("no")
elif y == 0.0:
    print("zero float equal")
if x > 5: print("one-line if")
grade = 73
if grade >= 90:
    letter = "A"
elif grade >= 80:
    letter = "B"
elif grade >= 70:
    letter = "C"
else:
    letter = "F"
print("grade", grade, letter)
