# OverflowError from several runtime operations, caught; messages compared with CPython
def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except OverflowError as e:
        print(label, "OverflowError:", e)
    except ArithmeticError as e:
        print(label, "other ArithmeticError:", type(e).__name__, e)
    except ValueError as e:
        print(label, "ValueError:", e)

big = 10 ** 400
attempt("float(big)", lambda: float(big))
attempt("big / 1", lambda: big / 1)
attempt("big + 0.5", lambda: big + 0.5)
attempt("int(inf)", lambda: int(float("inf")))
attempt("int(-inf)", lambda: int(float("-inf")))
attempt("round(inf)", lambda: round(float("inf")))
attempt("1e308 * 10", lambda: 1e308 * 10)
attempt("2.0 ** 5000", lambda: 2.0 ** 5000)
attempt("pow(10.0, 400)", lambda: pow(10.0, 400))
attempt("small ok", lambda: 2.0 ** 10)
attempt("int(nan)", lambda: int(float("nan")))
attempt("chr(big)", lambda: chr(big))
