# compile(..., "single") of more than one statement: CPython's two different errors and positions.
for src in ['if 1: pass\nx', 'x=1\ny=2', 'x=1; y=2', 'if 1:\n  pass\nx\n', 'def f():\n  pass\nx', 'x\n\n', 'for i in range(2): print(i)\n', 'x=1\n#c\n', 'if 1:\n  x\nelse:\n  y\n', 'if 1: pass\n\nx', 'x = 1  \ny=2', 'x=(1,\n2)\ny', 'x=1 # c\ny', '  \nx=1\ny=2', 'x=1;\ny', 'x=1; y=2\nz', '@d\ndef f(): pass\nx', 'class C: pass\nx']:
    try:
        compile(src, '<s>', 'single')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), e, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
