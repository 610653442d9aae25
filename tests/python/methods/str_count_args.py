# too many arguments to str.find
print("abc".find("b", 0, 3))
print("abc".find("b", 0, 3, 4))
