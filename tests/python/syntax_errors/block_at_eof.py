# A block header that ends the file: CPython's IndentationError names the file's last line
# (blank and comment lines included) at its end. (Printed uncaught it shows no caret, even
# when that line is empty: uncaught_block_at_eof.py.)
cases = [
    "def f():",
    "def f():\n",
    "def f():\n\n",
    "def f():\n\n\n",
    "class C:\n",
    "for x in y:\n# c\n",
    "for x in y:\n# c",
    "while True:\n  \n",
    "if x:\n    pass\nelse:\n",
    "x = 1\ndef f():\n",
    "def f():\n    # only a comment\n",
    "def f():   \n",
    "try:\n",
    "with a:\n\n# x\n",
    "def f(x,\n      y):\n",
    "if (a and\n    b):\n\n",
    # An earlier parser error still wins.
    "x = = 1\ndef f():\n",
    "if x = 1:\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.lineno, e.offset, repr(e.text), e.msg)

# The traceback module lays a SyntaxError out by its offsets: a caret even where the
# interpreter's own report has none, tabs kept for alignment, notes after the message.
import traceback

for src in ["def f():\n", "try:\n  pass\n", "if x:\n  a\n    b\n", "x = 1\n\ty = 2\n", "a = (1,\n", "x = 1 +\n"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(type(e), e)), end="")
        e.add_note("a note")
        print("".join(traceback.format_exception(e)), end="")
e = SyntaxError("custom", ("f.py", 3, None, "  text\n", None, None))
print("".join(traceback.format_exception_only(type(e), e)), end="")
e = SyntaxError("bare")
print("".join(traceback.format_exception_only(type(e), e)), end="")
