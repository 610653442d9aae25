"""Python code may not exec in, call in, bind into or close the main interpreter (CPython's
restrict=True: "unrecognized interpreter 0"), from main or from a subinterpreter; an
interpreter it created is recognized."""
from concurrent import interpreters as I

main = I.get_main()
for name, f in [("exec", lambda: main.exec("pass")),
                ("prepare_main", lambda: main.prepare_main(x=1)),
                ("close", main.close)]:
    try:
        f()
        print(name, "ok")
    except I.InterpreterError as e:
        print(name, type(e).__name__, e)

sub = I.create()
sub.exec("""
from concurrent import interpreters as I
m = I.get_main()
for name, f in [("exec", lambda: m.exec("pass")),
                ("prepare_main", lambda: m.prepare_main(x=1)),
                ("close", m.close),
                ("close self", I.get_current().close)]:
    try:
        f()
        print("sub", name, "ok")
    except I.InterpreterError as e:
        print("sub", name, type(e).__name__, e)
print("sub sees main running:", m.is_running())
""")
sub.prepare_main(x=1)
sub.exec("print('recognized:', x)")
sub.close()
print("closed:", [i.id for i in I.list_all()])
