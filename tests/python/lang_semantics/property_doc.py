# A property's docstring comes from its getter unless given; setter/deleter copies keep it.
class P:
    @property
    def v(self):
        "the v"
        return 1

    print(v.__doc__)

    @v.setter
    def v(self, x):
        pass

    print(v.__doc__)
    w = property(lambda s: 1, doc="explicit")
    w2 = w.setter(lambda s, v: None)
    print(w.__doc__, w2.__doc__)
    z = property()
    print(z.__doc__)

    def g1(self):
        "first"

    def g2(self):
        "second"

    p1 = property(g1)
    p2 = p1.getter(g2)
    print(p1.__doc__, p2.__doc__)
    p3 = property(g1, doc="mine").getter(g2)
    print(p3.__doc__)


print(P.v.__doc__, P().v)
