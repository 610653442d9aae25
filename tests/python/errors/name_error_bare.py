# NameError for a bare name statement: the whole line is the name, so no carets.
print("before", 1, 2, sep="-")
for i in range(3):
    print(i, end=" ")
print()
defined = "yes"
defined
print("a bare defined name is fine:", defined)
i
print("loop variable still bound:", i)
qqq_undefined
print("not reached")
