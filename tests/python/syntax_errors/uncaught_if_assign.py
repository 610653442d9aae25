# An uncaught SyntaxError: a condition written with = instead of ==.
x = 3
while x = 3:
    x -= 1
