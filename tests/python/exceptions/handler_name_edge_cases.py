# edge cases of the `as` name: del inside the handler, rebinding it, and a global target
def del_inside():
    try:
        raise ValueError("v")
    except ValueError as e:
        print("deleting", repr(e))
        del e
    print("no error from the implicit cleanup")
    return "ok"

print(del_inside())

def rebind_inside():
    try:
        raise KeyError("k")
    except KeyError as e:
        e = "rebound"
        print("rebound to", e)
    try:
        return e
    except UnboundLocalError as err:
        return "still unbound: " + str(err)

print(rebind_inside())

def global_target():
    global g
    try:
        1 / 0
    except ZeroDivisionError as g:
        print("global handler:", g)

g = "global before"
global_target()
try:
    print(g)
except NameError as e:
    print("global removed:", e)

def nested_same_name():
    try:
        raise IndexError("outer")
    except IndexError as e:
        try:
            raise TypeError("inner")
        except TypeError as e:
            print("inner e:", repr(e))
        try:
            print(e)
        except UnboundLocalError:
            print("inner cleanup unbound the shared name")

nested_same_name()
