# super() and explicit base calls into builtin methods from overriding dunders
class L(list):
    def __repr__(self):
        return "L" + super().__repr__()
    def __eq__(self, other):
        return super().__eq__(other)
    __hash__ = None
    def __len__(self):
        return super().__len__() * 10
    def __add__(self, other):
        return L(super().__add__(other))
    def __iter__(self):
        return iter(reversed(list.__iter__(self).__class__ and list(super().__iter__())))

l = L([1, 2])
print(l, repr(l), [l], l == [1, 2], l != [1], len(l), l + [3], type(l + [3]).__name__, list(l))

class I(int):
    def __add__(self, other):
        return I(super().__add__(other) * 10)
    def __str__(self):
        return "I:" + super().__str__()
    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"
    def __bool__(self):
        return not super().__bool__()
    def __neg__(self):
        return "neg " + str(super().__neg__())
    def __lt__(self, other):
        return super().__lt__(other)

i = I(4)
print(i + 1, str(i), repr(i), f"{i:3d}", format(i, ""), bool(i), bool(I(0)), -i, i < 5, i < 3)
print(int.__add__(i, 1), int.__repr__(i), int.__hash__(i) == hash(4), int.__eq__(i, 4), int.__lt__(i, "x"))

class S(str):
    def __getitem__(self, k):
        return S(super().__getitem__(k) * 2)
    def __contains__(self, x):
        return super().__contains__(x.lower())
    def __hash__(self):
        return super().__hash__()
s = S("abc")
print(s[0], type(s[0]).__name__, s[0][0], "A" in s, hash(s) == hash("abc"))

class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
    def __iter__(self):
        return iter(sorted(super().__iter__()))
d = D()
d["b"] = 1
d["a"] = 2
del d["b"]
d["c"] = 3
print(d, list(d), dict.__repr__(d), dict.__len__(d), dict.__contains__(d, "a"))

class T(tuple):
    def __hash__(self):
        return super().__hash__() + 1
print(hash(T((1,))) == hash((1,)) + 1)
try:
    list.__init__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append(T(), 1)
except TypeError as e:
    print("TypeError:", e)
