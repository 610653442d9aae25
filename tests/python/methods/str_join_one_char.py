# str.join of one-character parts (copied as a byte when ASCII) mixed with longer and
# non-ASCII parts, with empty, one-character and longer separators.
parts = list('item "12"\twith\\escapes é€😀') + ["", "ab", "é", "x"]
for sep in ["", ",", ", ", "é", "😀"]:
    r = sep.join(parts)
    print(repr(r), len(r))
print("".join([]), "-".join(["a"]), "".join(("x", "y")), "".join(["é"]) == "é")
try:
    "".join(["a", 1])
except TypeError as e:
    print(e)
