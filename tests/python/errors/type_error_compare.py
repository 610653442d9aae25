# TypeError: ordering comparison between int and str (compare carets are all ^).
print(1 < 2, "a" < "b", 1 == "1", 1 != "1")
print(1 < 1.5, True < 2, [1] < [2], "1" in "12")
print(1 == [1], None == 0, "" == [])
items = [3, "three"]
print(items[0] == items[1], items[0] != items[1])
print(items, len(items))
first = items[0]
second = items[1]
print("comparing", first, "and", second)
print(items[0] < items[1])
