# dict.pop of a missing key without a default
d = {1: "a"}
print(d.pop(1))
d.pop(1)
