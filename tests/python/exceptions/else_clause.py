# try/except/else: else runs only when the body raised nothing; exceptions in else are not caught by the same try
def check(d, key):
    try:
        v = d[key]
    except KeyError:
        print("missing", repr(key))
        return None
    else:
        print("found", repr(key), "->", v)
        return v * 2

d = {"a": 1, "b": 2, 3: "three"}
print(check(d, "a"))
print(check(d, "zz"))
print(check(d, 3))

def else_raises(n):
    try:
        try:
            x = 100 // n
        except ZeroDivisionError:
            print("inner caught zero")
        else:
            print("inner else, x =", x)
            [1, 2][x]
    except IndexError as e:
        print("outer caught from else:", e)

else_raises(0)
else_raises(50)
else_raises(1)

def else_finally(n):
    try:
        r = 10 // n
    except ZeroDivisionError:
        print("except")
    else:
        print("else", r)
    finally:
        print("finally", n)
    print("end", n)

else_finally(2)
else_finally(0)
