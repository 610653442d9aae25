# Where a failing truth test is located (CPython 3.11 compiler_jump_if): if/while/assert/elif conditions at the statement (no carets), and/or/not inside them too, comparisons at themselves (and after), conditional expressions, comprehension ifs and match guards.
import traceback
class B:
    def __bool__(self):
        raise ValueError("no bool")
a = 1
b = B()
def f1():
    if a and b:
        pass
def f2():
    if b:
        pass
def f3():
    while b:
        pass
def f4():
    return 1 if b else 2
def f5():
    x = not b
def f6():
    assert b
def f7():
    return [x for x in (1,) if b]
def f8():
    if b or a:
        pass
def f9():
    x = a and b
    if x: pass
def f10():
    return b and a
def f11():
    if (a and
            b):
        pass
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11):
    try:
        f()
    except ValueError:
        traceback.print_exc()

class L:
    def __lt__(self, o):
        return B()
x, y = L(), 2
def run(f):
    try:
        f()
    except ValueError:
        traceback.print_exc(limit=-2)
    try:
        f()
    except ValueError:
        traceback.print_exc(limit=-2)
def g1():
    match 5:
        case 5 if b:
            pass
def g2():
    if not b:
        pass
def g3():
    if x < y:
        pass
def g4():
    if 0 < x < y:
        pass
def g5():
    if a:
        pass
    elif b:
        pass
def g6():
    return [1 for _ in (1,) if a and b]
def g7():
    return 1 if (a and not b) else 2
def g8():
    assert a and b, "m"
def g9():
    while a and b:
        pass
def g10():
    if b: pass  # trailing comment
def g11():
    z = (b
         or a)
def g12():
    if (
        b
    ):
        pass
for f in (g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12):
    run(f)
f1()
