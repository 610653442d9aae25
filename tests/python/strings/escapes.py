# String escape sequences as printed and as repr'd.
s = "line1\nline2"
print(s)
print(repr(s), len(s))
t = "col1\tcol2\tcol3"
print(t)
print(repr(t), len(t))
print("\x41\x42\x43", "\x61", repr("\x41"), len("\x41\x42"))
print("caf\u00e9", repr("caf\u00e9"), len("caf\u00e9"))
print("\u00e9\u00e8\u00ea", "\u4e2d\u6587", repr("\u4e2d"), len("\u4e2d\u6587"))
print("a\\b", repr("a\\b"), len("a\\b"))
print("it\'s", "say \"x\"", repr("it\'s"), repr("say \"x\""))
print("bell[\a] backspace[\b] formfeed[\f] vtab[\v]" == "bell[\x07] backspace[\x08] formfeed[\x0c] vtab[\x0b]")
print(repr("\a\b\f\v\r"), len("\a\b\f\v\r"))
print(repr("\0"), repr("\x00"), len("\0"), "\0" == "\x00", repr("\x00\x01"))
print("multi", "arg\n", "with\tescapes", sep="|")
print(repr("trailing newline\n"), repr("\n\n"), repr("\r\n"))
print("\u0041\u0042", "\U0001F600" == "\U0001f600", len("\U0001F600"), repr("\u2022"))
print("\\t is not a tab", repr("\\t"), len("\\t"))
