# bare `raise` re-raises the exception being handled, preserving its identity and traceback
def parse(s):
    try:
        return int(s)
    except ValueError:
        print("parse failed for", repr(s), "- re-raising")
        raise

def wrapper(s):
    try:
        return parse(s)
    except ValueError as e:
        print("wrapper got:", e)
        return -1

print(wrapper("42"))
print(wrapper("4x2"))

def reraise_after_nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            print("inner handled")
        raise

try:
    reraise_after_nested()
except KeyError as e:
    print("re-raised the outer one:", repr(e))

def keep_identity():
    original = ValueError("same")
    try:
        try:
            raise original
        except ValueError:
            raise
    except ValueError as e:
        return e is original

print(keep_identity())

def level1():
    try:
        level2()
    except ZeroDivisionError:
        print("level1 re-raising")
        raise

def level2():
    return 1 % 0

level1()
