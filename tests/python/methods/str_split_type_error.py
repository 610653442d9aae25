# str.split with a non-str separator raises TypeError
print("1 2 3".split())
print("1,2,3".split(","))
print("1,2,3".split(1))
