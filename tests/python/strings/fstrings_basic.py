# f-strings without format specs: conversions, = debugging, nesting, concatenation.
x = 42
name = "wörld"
items = [1, 2]
print(f"hello {name}!", f"{x}", f"{x!r} {name!r} {name!a} {items}", f"{{braces}}", f"")
print(f"{x=}", f"{name = }", f"{x + 1=}", f"{'nested' + f'{x}'}")
print(f"a" "b" f"{x}c", "plain" f"{x}")
