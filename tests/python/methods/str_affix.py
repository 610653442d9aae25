# startswith/endswith with tuples and bounds; removeprefix/removesuffix
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.endswith("world"))
print(s.startswith(("x", "he")), s.endswith(("x", "y")))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9))
print(s.endswith("hello", 0, 5), s.endswith("hello", None, 5), s.endswith("o", -5, -4))
print(s.startswith(""), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("", 3, 2), s.endswith("d", -100))
print(s.startswith(()), "é-x".startswith("é"))
print(s.removeprefix("hello "), s.removeprefix("xyz"), s.removesuffix(" world"))
print(s.removesuffix(""), "aaa".removeprefix("a"))
print(s.startswith(("he", 5)))
print(s.startswith(["he"]))
