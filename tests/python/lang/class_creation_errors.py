# Errors (and non-errors) of class creation: duplicate bases, and __slots__ entries that
# are not identifiers, repeated, or ask for a __dict__/__weakref__ the bases already give.


def t(src):
    try:
        ns = {}
        exec(src, ns)
        print("ok:", src.splitlines()[-1])
    except Exception as e:
        print(type(e).__name__ + ":", e)


t("class A: pass\nclass B(A, A): pass")
t("class A: pass\nB = type('B', (A, object, A), {})")
t("class A: pass\nclass B(A): pass\nclass C(A, B): pass")
t("class A:\n __slots__ = ('a', 'a')\nprint(A.__slots__)")
t("class A:\n __slots__ = ('__dict__', '__dict__')")
t("class A:\n __slots__ = ('__weakref__', '__weakref__')")
t("class A:\n __slots__ = ('__dict__',)\nA().x = 1")
t("class A: pass\nclass B(A):\n __slots__ = ('__dict__',)")
t("class A: pass\nclass B(A):\n __slots__ = ('__weakref__',)")
t("class A:\n __slots__ = ()\nclass B(A):\n __slots__ = ('__dict__', '__weakref__')\nB().x = 1")
t("class A:\n __slots__ = ('1a',)")
t("class A:\n __slots__ = ('a b',)")
t("class A:\n __slots__ = ('',)")
t("class A:\n __slots__ = ('é',)\na = A(); a.é = 2; print(a.é)")
t("class A:\n __slots__ = ('x',)\n x = 1")
t("class A:\n __slots__ = ('b', 'a')\n a = 1\n b = 2")
t("class A:\n __slots__ = 'x'\na = A(); a.x = 3; print(a.x, A.__slots__)")
t("class A:\n __slots__ = (1,)")
t("class E(Exception):\n __slots__ = ('__dict__',)")
