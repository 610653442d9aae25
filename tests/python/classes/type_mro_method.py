"""type.mro() as a method of every class (plain, with a metaclass, builtin), its argument
errors, and the tokenizer's limit of 200 nested brackets in eval() as in exec()."""
class A: pass
class B(A): pass
class M(type): pass
class C(B, metaclass=M): pass
print(B.mro(), C.mro(), int.mro(), type.mro(B), bool.mro(), type.mro(type))
print(B.mro() == list(B.__mro__), B.mro() is not B.mro())
for call in [lambda: type.mro(3), lambda: B.mro(1), lambda: type.mro(), lambda: int.mro(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
for src in ["(" * 199 + "1" + ")" * 199, "(" * 200 + "1" + ")" * 200, "[" * 300 + "]" * 300,
            "{" * 250 + "}" * 250]:
    for mode in ("eval", "exec"):
        try:
            if mode == "eval":
                print(len(str(eval(src))))
            else:
                exec(src)
                print("exec ok")
        except SyntaxError as e:
            print(mode, type(e).__name__, e, e.offset)
