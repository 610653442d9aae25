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
