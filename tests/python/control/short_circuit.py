# Short-circuit evaluation of and/or: functions with side effects show what runs.
def t(name):
    print("t(" + name + ")", end=" ")
    return True

def f(name):
    print("f(" + name + ")", end=" ")
    return False

def val(v):
    print("val(" + repr(v) + ")", end=" ")
    return v

print(t("a") and t("b"))
print(f("a") and t("b"))
print(t("a") or t("b"))
print(f("a") or t("b"))
print(f("a") or f("b") or t("c") or t("d"))
print(t("a") and t("b") and f("c") and t("d"))
print(f("a") and t("b") or t("c"))
print(t("a") or f("b") and f("c"))
print(not t("a") or val(0))
print(val(0) or val("") or val([]))
print(val(1) and val("x") and val([2]))
print(val(None) and val(1))
print(val(0.0) or val(2.5))
if val(0) and t("never"):
    print("no")
else:
    print("else")
x = 0
while val(x) < 2 and t("loop"):
    x += 1
print("x", x)
