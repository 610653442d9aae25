# dict.pop and dict.popitem order and errors
d = {"x": 1, "y": 2, "z": 3}
print(d.pop("y"), d)
print(d.pop("nope", "dflt"), d.pop("nope", None))
print(d.popitem(), d)
print(d.popitem(), d)
d["w"] = 9
print(d.pop("w"), len(d))
print(d.popitem())
