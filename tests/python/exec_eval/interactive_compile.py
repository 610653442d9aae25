"""compile(..., 'single') and codeop.compile_command, the pieces of the interactive prompt:
statements joined by ';' are one statement, two lines are not; incomplete input (an open
bracket, a block header, a decorator, a backslash) gives None; errors raise SyntaxError;
a SyntaxError made by hand carries its location and prints it as the compiler's do."""
import codeop
import traceback

for src in ["a = 1\nb = 2", "a = 1; b = 2", "x = (1,\n 2); y = 3", "1 + 1"]:
    try:
        code = compile(src, "s", "single")
        print("ok", code.co_filename)
    except SyntaxError as e:
        print(e)

for src in ["if 1:", "if 1:\n    x = 1", "if 1:\n    x = 1\n", "x = (", "x = [1,\n2]",
            "@dec", "@dec\ndef f(): pass", "@dec\ndef f(): pass\n", "'''abc", "x = 1 + \\",
            "def f():\n    return 1", "class C:\n    pass\n", "# only a comment", "",
            "for i in range(3): pass", "for i in range(3): pass\n", "match = 3", "match(3)",
            "print('x'); y = 2"]:
    try:
        r = codeop.compile_command(src)
        print(repr(src), "incomplete" if r is None else type(r).__name__)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)

for src in ["x = )", "def f(:", "1 +"]:
    try:
        codeop.compile_command(src, "<stdin>")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)

e = SyntaxError("bad thing", ("<stdin>", 2, 5, "def f(:\n"))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, str(e))
print("".join(traceback.format_exception_only(SyntaxError, e)), end="")
e = SyntaxError("plain")
print(e.msg, e.filename, e.lineno, e.text, str(e))
e = SyntaxError()
print(e.msg, e.args, repr(str(e)))
for bad in [("f", 1), 5]:
    try:
        SyntaxError("m", bad)
    except TypeError as err:
        print("TypeError", err)
