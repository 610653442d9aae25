# raise with a class (instantiated with no args) or an instance; raising non-exceptions is a TypeError
def attempt(thing):
    try:
        raise thing
    except BaseException as e:
        print(type(e).__name__, repr(e), e.args, "str=" + repr(str(e)))

attempt(ValueError)
attempt(ValueError("msg"))
attempt(KeyError)
attempt(IndexError(1, 2))
attempt(ZeroDivisionError())
attempt(RuntimeError(None))
attempt(5)
attempt("a string")
attempt(None)
attempt(int)

def uses_type_check(x):
    if not isinstance(x, int):
        raise TypeError("expected int, got " + type(x).__name__)
    return x + 1

try:
    uses_type_check("s")
except TypeError as e:
    print("checked:", e)
print(uses_type_check(41))

err = LookupError("kept")
try:
    raise err
except LookupError as e:
    print("same object:", e is err)
raise NotImplementedError
