# eval: expressions with default and explicit namespaces, leading blanks, code objects
x = 10
print(eval("x + 1"))
print(eval("q + 1", {"q": 41}))
print(eval("a * b", {"a": 2}, {"b": 21}))
print(eval("[i * i for i in range(4)]"))
print(eval("  \t 1 + 2"))
print(eval("1+2\n"), eval("(1 +\n 2)"))
print(eval("len('abc') + abs(-2)"))
print(eval("lambda n: n + x")(5))
e = compile("3 * 7", "<e>", "eval")
print(eval(e), eval(e, {}))
print(eval(compile("y = 1", "<x>", "exec"), {}))
def f():
    local_v = 5
    return eval("local_v * 2 + x")
print(f())
def g():
    t = 1
    return eval("t", {"t": "from globals"})
print(g())
class C:
    p = 1
    q = eval("p + 1")
print(C.q)
try:
    eval("undefined_name")
except NameError as ex:
    print("caught", ex)
try:
    eval("1 +")
except SyntaxError as ex:
    print("syntax:", ex)
try:
    eval("x = 1")
except SyntaxError as ex:
    print("syntax:", ex)
