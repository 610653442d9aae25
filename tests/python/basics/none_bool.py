# None, True, False: repr, str, arithmetic on bools, type.
print(None, True, False)
print(repr(None), repr(True), repr(False), str(None), str(True))
print(type(None), type(True), type(False))
print(True + 1, False + 1, True * 2.5, True - False, True ** 2)
print(True // 1, True % 2, 7 * False, True << 3, True & False, True | False, True ^ True)
print(True == 1, True == 1 == 1.0, False == 0.0, True != 2)
print(isinstance(True, int), isinstance(1, bool), isinstance(False, bool))
print(str(True) + "!", repr(False) * 2)
print([True, False, None], [None])
print(None == None, None == 0, None != False, None == [])
print(int(True), float(False), str(None), bool(None))
print(-True, +True, abs(-True), max(True, False), min(False, True))
x = None
if x is None:
    print("x is None")
def f():
    pass
print(f(), f() is None)
