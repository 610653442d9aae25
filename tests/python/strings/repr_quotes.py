# repr() of strings choosing quotes: single, double, both kinds, backslashes.
vals = ["plain", "it's", 'say "hi"', "both ' and \"", '\'', "\"", "''", '""', "'\"'",
        "back\\slash", "\\", "\\\\", "\\n is not a newline", "", " ", "a'b'c", 'a"b"c',
        "end with backslash \\", "'start", "\"start", "mix'\"'\"", "x\\'y"]
for v in vals:
    print(repr(v), len(v), sep="  len=")
for v in vals:
    print(v)
print(vals)
print(["it's"], ['"q"'], ["\\"], ["'", '"'])
print(repr(repr("a")), repr(repr("it's")), repr(str(repr('"'))))
print(str("quote'd"), repr("quote'd") == "\"quote'd\"")
