# re: re.error for bad patterns and templates with CPython's messages and positions, and
# TypeErrors of common misuse.
import re

bad = ["(", "a)", "[a", "*a", "a**", "a{2}*?+", r"\q", "(?P<1>a)", "(?P<a>x)(?P<a>y)", "(?P=nope)",
       r"(a)\2", "(?<x)", "(?z)", "[z-a]", "a{", "(?", r"\x4", "a|*", "(?i", "(?#unterminated"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "error:", e, "|", e.msg, e.pos)
for pattern, template in [("(a)", r"\2"), ("(a)", r"\g<x>"), ("(a)", r"\g<2>"), ("a", "\\"), ("a", r"\q"), ("(a)", r"\g<1")]:
    try:
        print(re.sub(pattern, template, "a"))
    except (re.error, IndexError) as e:
        print(pattern, template, type(e).__name__, e)
for f in [lambda: re.match("a", 5), lambda: re.match(5, "a"), lambda: re.sub("a", 5, "a"),
          lambda: re.compile(re.compile("a"), re.I), lambda: re.match("(a)", "a").group(3),
          lambda: re.match("(a)", "a").group("x"), lambda: re.sub("a", lambda m: 5, "a")]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(isinstance(re.error("x"), Exception), re.error("m", "pat\ntern", 5))
