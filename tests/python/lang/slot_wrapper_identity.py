# Special methods of builtin types are made once per type: a subclass inherits the very
# same object (E.__iter__ is enumerate.__iter__), and they repr as slot wrappers (or
# methods, for the few CPython defines as both).


class E(enumerate):
    pass


class L(list):
    pass


class I(int):
    pass


class D(dict):
    pass


class Plain:
    pass


print(E.__iter__ is enumerate.__iter__, E.__next__ is enumerate.__next__)
print(L.__len__ is list.__len__, L.append is list.append, L.__init__ is list.__init__)
print(I.__add__ is int.__add__, I.__repr__ is int.__repr__, I.bit_length is int.bit_length)
print(D.__getitem__ is dict.__getitem__, D.keys is dict.keys)
print(Plain.__repr__ is object.__repr__, Plain.__eq__ is object.__eq__)
print(Plain.__hash__ is object.__hash__, Plain.__str__ is object.__str__)
print(list.__len__ is list.__len__, int.__add__ == int.__add__)
print(int.__add__, object.__init__, object.__repr__, list.__len__)
print(list.__getitem__, dict.__getitem__, dict.__contains__, set.__contains__)
print(str.upper, int.bit_length, object.__format__)
print(repr((1).__add__).split(" of ")[0], repr([].append).split(" of ")[0])
