# item deletion/assignment/subscript errors: does not vs doesn't, per type and key
class A: pass
class B:
    def __getitem__(self, k): return 1
for obj in [(1,), "s", A(), B(), 5, frozenset(), range(3), b'x']:
    for key in [0, 'a']:
        try:
            del obj[key]
        except TypeError as e:
            print(e)
        try:
            obj[key] = 1
        except TypeError as e:
            print(e)
        try:
            obj[key]
        except (TypeError, IndexError, KeyError) as e:
            print(type(e).__name__, e)
