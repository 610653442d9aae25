# TypeErrors raised by the runtime for various operations, caught and printed
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except TypeError as e:
        print(label, "TypeError:", e)

def two(a, b):
    return a + b

attempt("str - int", lambda: "a" - 1)
attempt("list < int", lambda: [1] < 2)
five = 5
nothing = None
attempt("call int", lambda: five())
attempt("call None", lambda: nothing(1))
attempt("too many args", lambda: two(1, 2, 3))
attempt("missing arg", lambda: two(1))
attempt("bad keyword", lambda: two(1, c=2))
attempt("unhashable key", lambda: {[1]: 2})
attempt("str + int", lambda: two("x", 1))
pair = [1, 2]
attempt("index with str", lambda: pair["0"])
attempt("neg of str", lambda: -"s")
attempt("len of None", lambda: len(None))
attempt("int of list", lambda: int([1]))
attempt("sum of strs", lambda: sum(["a", "b"]))
attempt("ord of long", lambda: ord("ab"))
attempt("abs of str", lambda: abs("x"))
attempt("fine", lambda: two(2, 3))
