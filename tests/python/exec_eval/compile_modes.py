# compile(): exec/eval/single modes, code object attributes, SyntaxError details
code = compile("print('compiled', 1 + 1)", "<mine>", "exec")
exec(code)
exec(code)
print(type(code).__name__, code.co_filename, code.co_name)
e = compile("3 * 7", "<e>", "eval")
print(eval(e))
s = compile("40 + 2", "<s>", "single")
exec(s)
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
print(x)
exec(compile("[x, x * 2]", "<s>", "single"))
print(_)
c = compile(source="a = 1", filename="kw", mode="exec")
ns = {}
exec(c, ns)
print(ns["a"])
for bad in ["def broken(:\n  pass", "x = (1,", "  y = 2", "1 +* 2", "return 5", "a b"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as ex:
        print(type(ex).__name__, repr(ex.msg), ex.lineno, ex.filename)
try:
    compile("1\n2", "s", "single")
except SyntaxError as ex:
    print(ex)
try:
    compile("x = 1", "<f>", "eval")
except SyntaxError as ex:
    print(ex)
