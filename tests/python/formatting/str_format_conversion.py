# str.format with an unknown conversion
print("{!r}".format("ok"))
print("{!x}".format("bad"))
