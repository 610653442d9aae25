# try/except*: clauses take their matching parts; naked exceptions are wrapped; rest propagates.
def run(exc, label):
    print("--", label)
    try:
        try:
            raise exc
        except* ValueError as e:
            print("VE", repr(e), type(e).__name__)
        except* (TypeError, KeyError) as e:
            print("TE/KE", repr(e))
        except* ArithmeticError:
            print("arith")
    except BaseException as e:
        print("escaped", type(e).__name__, repr(e))
    else:
        print("all handled")


run(ExceptionGroup("eg", [ValueError(1), TypeError(2)]), "two")
run(ExceptionGroup("eg", [ValueError(1), OSError(2)]), "rest")
run(ValueError("naked"), "naked")
run(OSError("naked os"), "naked unmatched")
run(ExceptionGroup("eg", [ZeroDivisionError(), ExceptionGroup("in", [KeyError(1), OSError()])]), "nested")
run(BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(0)]), "base")

try:
    print("no exception")
except* ValueError:
    print("never")
else:
    print("else runs")
finally:
    print("finally runs")


def f():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError as e:
        print("bound", repr(e))
    try:
        print(e)
    except NameError as ne:
        print("NameError", ne)


f()
for bad in (ExceptionGroup, (ValueError, ExceptionGroup), int, 3):
    try:
        try:
            raise ValueError(1)
        except* bad:
            pass
    except TypeError as e:
        print("TypeError", e)
