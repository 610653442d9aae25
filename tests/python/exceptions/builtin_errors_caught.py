# exceptions raised by the runtime itself, caught and inspected (type, str, repr)
def show(label, e):
    print(label, "->", type(e).__name__, "|", str(e), "|", repr(e))

try:
    1 / 0
except ZeroDivisionError as e:
    show("1/0", e)
try:
    5 % 0
except ZeroDivisionError as e:
    show("5%0", e)
try:
    2.0 // 0.0
except ZeroDivisionError as e:
    show("2.0//0.0", e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    show("divmod", e)
try:
    [1, 2, 3][7]
except IndexError as e:
    show("list index", e)
try:
    "abc"[-9]
except IndexError as e:
    show("str index", e)
try:
    (1, 2)[2]
except IndexError as e:
    show("tuple index", e)
try:
    [].pop()
except IndexError as e:
    show("pop empty", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    show("dict key", e)
try:
    {1: 2}[(3, 4)]
except KeyError as e:
    show("tuple key", e)
try:
    1 + "a"
except TypeError as e:
    show("int+str", e)
try:
    len(5)
except TypeError as e:
    show("len(int)", e)
try:
    [1, 2, 3].index(9)
except ValueError as e:
    show("index missing", e)
try:
    [1].remove(2)
except ValueError as e:
    show("remove missing", e)
try:
    int("12.5")
except ValueError as e:
    show("int('12.5')", e)
try:
    float("pi")
except ValueError as e:
    show("float('pi')", e)
