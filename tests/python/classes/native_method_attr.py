# A builtin type's method stored as a class attribute, called through an instance (LoadMethod's
# inline cache): still checked against its owner type, shadowed by the instance dict, replaced.
class A:
    up = str.upper
    cnt = list.count

def call_up(o):
    return o.up()

for o in [A(), A()]:
    try:
        print(call_up(o))
    except TypeError as e:
        print("TypeError", e)
a = A()
try:
    a.cnt(1)
except TypeError as e:
    print("TypeError", e)
a.up = lambda: "shadowed"
print(call_up(a))
del a.up
try:
    print(call_up(a))
except TypeError as e:
    print("TypeError", e)
A.up = lambda self: "replaced"
print(call_up(a))

class S(str):
    up = str.upper
s = S("abc")
print(call_up(s), call_up(S("x")))
S.up = str.lower
print(call_up(S("XY")))
