# dir() of the builtin types and their instances lists exactly CPython's names
for t in (int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, type(None), object):
    names = dir(t)
    print(t.__name__, len(names), names)
    missing = [n for n in names if not hasattr(t, n)
               and n not in ("__reduce__", "__reduce_ex__", "__sizeof__")]
    print("  unreachable:", missing)
print(dir(5) == dir(int), dir("") == dir(str), dir([]) == dir(list), dir({}) == dir(dict), dir(None) == dir(type(None)))

class MyList(list):
    extra = 1
    def method(self):
        pass
m = MyList()
m.attr = 2
print(dir(m))
print(sorted(set(dir(MyList)) - set(dir(list))))
