# repr() of control and non-ASCII characters: which are escaped and how.
chars = ["\x00", "\x01", "\x07", "\x08", "\t", "\n", "\x0b", "\x0c", "\r", "\x1b", "\x1f",
         " ", "~", "\x7f", "\x80", "\x85", "\x9f", "\xa0", "\xa1", "\xad", "\xe9", "\xff",
         "\u0100", "\u2028", "\u200b", "\u3000", "\u4e2d", "\ufeff", "\uffff", "\U0001F600",
         "\U0010FFFF", "\U000E0001", "\u0301", "\ud7ff"]
for c in chars:
    print(repr(c), len(c), end=" ; ")
print()
print(repr("tab\there"), repr("nul\x00byte"), repr("esc\x1b[0m"), repr("del\x7f"))
print(repr("mixed \xe9\x00\u4e2d\t\U0001F600 end"))
print(["\x00", "\xe9", "\n"], ["\u4e2d", "\x7f"])
print("visible: caf\xe9 \u4e2d\u6587 \U0001F600")
