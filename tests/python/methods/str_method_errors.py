# a str method called through the type with the wrong receiver
print(str.upper("abc"))
print(str.join(",", ["a", "b"]))
print(str.find("hello", "l"))
print(str.upper(5))
