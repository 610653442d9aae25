# str.split argument errors end in an empty separator ValueError
print("a b".split(" "))
print("x".split(None))
print("a-b-c".split("-", 1))
print("abc".split(""))
