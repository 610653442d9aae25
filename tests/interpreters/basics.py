# concurrent.interpreters (PEP 734): create, list, exec with state kept between runs,
# ExecutionFailed, close, nested interpreters. Also run under python3.13.
from concurrent import interpreters
main = interpreters.get_main()
print(main, main.id, main.whence, main is interpreters.get_current())
a = interpreters.create()
b = interpreters.create()
print(a, [i.id for i in interpreters.list_all()], a.is_running())
a.exec("x = 40 + 2\nprint('in a:', x)")
a.exec("print('still there:', x)")
try:
    b.exec("print(x)")
except interpreters.ExecutionFailed as e:
    print("failed:", e.excinfo.type.__name__, "|", e.excinfo.msg)
a.close()
try:
    a.exec("pass")
except interpreters.InterpreterNotFoundError as e:
    print("not found:", e)
try:
    main.close()
except interpreters.InterpreterError as e:
    print("main:", type(e).__name__)
print([i.id for i in interpreters.list_all()])
c = interpreters.create()
print(c.id)
c.exec("from concurrent import interpreters as I\nprint('nested current', I.get_current().id, 'main', I.get_main().id)\nd = I.create()\nd.exec('print(123)')")
