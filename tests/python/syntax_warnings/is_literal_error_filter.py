# SyntaxWarnings go through the warnings filters: ignored, recorded, or shown for compile() of strings.
import warnings
warnings.simplefilter("ignore")
exec("print('ignored', 1 is 1)")
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    code = compile("a = 'x'\nb = a is not 'y'\nc = (1, 2) is a", "<src>", "exec")
for item in w:
    print(item.category.__name__, item.lineno, item.filename, item.message)
ns = {}
exec(code, ns)
print(ns["b"], ns["c"])
print(None is None, ... is ..., True is not False, (None, True) is not None)
