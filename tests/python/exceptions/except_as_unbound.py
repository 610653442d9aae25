# `except ... as e`: the name is bound in the handler and deleted afterwards, even if it existed before
e = "outer value"
print("before:", e)
try:
    int("abc")
except ValueError as e:
    print("in handler:", e)
    print("type:", type(e).__name__)
    saved = e
print("saved survives:", repr(saved))
try:
    print(e)
except NameError as err:
    print("NameError:", err)
print("handled NameError")
e = 5
print("rebound e:", e)
try:
    [][0]
except IndexError as e:
    pass
print("e deleted again")
print(e)
