# an unknown format code for the value's type
print(format(1.5, ".1f"))
print(format("text", "d"))
