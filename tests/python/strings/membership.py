# `in` and `not in` on strings: substrings, empty string, case sensitivity.
s = "the quick brown fox"
tests = ["the", "quick", "fox", "x", "", " ", "brown fox", "Brown", "qu ick", "the quick brown fox",
         "the quick brown fox!", "o", "ox", "k b"]
for t in tests:
    print(repr(t), t in s, t not in s, sep=" ")
print("" in "", "a" in "", "aa" in "a", "a" in "aa", "\u00e9" in "caf\u00e9")
print("\n" in "a\nb", "\\" in "a\\b", "'" in "it's", '"' in "it's")
vowels = "aeiou"
n = 0
for c in s:
    if c in vowels:
        n += 1
    elif c not in " ":
        n += 0
print("vowels:", n)
print(not "a" in "abc", not ("a" in "abc"), ("a" in "abc") == True)
print("ab" in "ab" in "xaby", "c" in "abc" not in "xyz")
