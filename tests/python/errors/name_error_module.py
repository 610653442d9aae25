# NameError at module level: carets under the undefined name inside a call.
a = 1
b = [a, a + 1]
print("a =", a, "b =", b)
def uses_later():
    return defined_after
defined_after = "ok"
print(uses_later())
print("about to use an undefined name")
print(a, b, zzqv)
print("not reached")
