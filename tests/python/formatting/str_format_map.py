# str.format_map with a dict, and positional fields in it
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("{x[0]}".format_map({"x": "yz"}))
print("{0}".format_map({"0": 1}))
