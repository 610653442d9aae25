# popitem on an empty dict raises KeyError with its message
d = {"only": 1}
print(d.popitem())
d.popitem()
