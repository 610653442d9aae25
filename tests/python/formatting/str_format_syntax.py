# str.format rejects a stray closing brace
print("{0}}}".format(1))
print("{0}}".format(1))
