# Compile-time SyntaxWarning for "is"/"is not" with a literal: each comparison warns, no dedup; exec/compile too.
x = 5
print(x is 5)
print(x is not "a", None is None, x is ..., x is (1, 2), x is -1, x is (1, x))
if x is 5 is x:
    pass
def f(y):
    return y is b"x"
print(f(1))
exec("print(3 is 3)")
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("1 is 1", "<s>", "exec")
print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
