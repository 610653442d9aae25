# X.__new__(Y) argument checks: not a subtype, not a type, missing
for t, c in [(tuple, list), (int, str), (str, int), (float, int), (list, dict), (dict, list), (object, int), (tuple, int), (frozenset, set), (bytes, str)]:
    try:
        r = t.__new__(c)
        print("ok", t.__name__, c.__name__, type(r))
    except TypeError as e:
        print(e)
try: tuple.__new__(5)
except TypeError as e: print(e)
try: tuple.__new__()
except TypeError as e: print(e)
class T(tuple): pass
print(type(tuple.__new__(T, [1])), tuple.__new__(T, [1, 2]))
