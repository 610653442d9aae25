# center, ljust, rjust with fill characters; zfill with signs
for w in [0, 3, 5, 6, 7, 8]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "é")))
print(repr("ab".center(5, "-")), repr("ab".center(6, "-")), repr("abc".center(6, "-")))
print(repr("a".center(4)), repr("a".center(2)), repr("".center(3, "x")))
for s in ["42", "-42", "+42", "", "-", "abc", "3.14"]:
    print(repr(s.zfill(6)), repr(s.zfill(1)))
print("x".rjust(-3), "x".ljust(True))
print("x".center(5, "ab"))
