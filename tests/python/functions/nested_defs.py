# Nested function definitions that call each other and read enclosing names.
def outer(n):
    def is_even(k):
        if k == 0:
            return True
        return is_odd(k - 1)

    def is_odd(k):
        if k == 0:
            return False
        return is_even(k - 1)

    def describe(k):
        if is_even(k):
            return str(k) + " is even"
        return str(k) + " is odd"

    return describe(n)

for i in [0, 1, 2, 7, 10, 31]:
    print(outer(i))

def make_report(title, values):
    def total():
        s = 0
        for v in values:
            s += v
        return s

    def average():
        return total() / len(values)

    def line(label, v):
        return title + ": " + label + " = " + str(v)

    print(line("total", total()))
    print(line("average", average()))
    print(line("max", max(values)))
make_report("scores", [3, 9, 4])
make_report("big", [2 ** 64, 2 ** 65])

def level1(x):
    def level2(y):
        def level3(z):
            return [x, y, z]
        return level3(y * 10)
    return level2(x + 1)

print(level1(1), level1(-5))

def defines_each_call(flag):
    if flag:
        def helper():
            return "first helper"
    else:
        def helper():
            return "second helper"
    return helper()

print(defines_each_call(True), defines_each_call(False), sep=" / ")
