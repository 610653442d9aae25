# String ordering and equality: lexicographic by code point.
pairs = [["a", "b"], ["b", "a"], ["a", "a"], ["a", "ab"], ["ab", "a"], ["", "a"],
         ["", ""], ["Z", "a"], ["abc", "abd"], ["abc", "ABC"], ["10", "9"], ["\u00e9", "z"],
         ["\u4e2d", "\u00e9"], [" ", "!"], ["a\x00", "a"], ["\U0001F600", "\uffff"]]
for p in pairs:
    a = p[0]
    b = p[1]
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print("abc" == "a" + "bc", "ab" * 2 == "abab", "a" < "b" < "c", "c" > "b" > "d")
print(min("pear", "apple", "fig"), max("pear", "apple", "fig"), min(["b", "a", "c"]))
print(max("abc", "abd", "ab"), min("Zebra", "apple"), "apple" < "apples")
