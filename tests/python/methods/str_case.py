# upper, lower, casefold, capitalize, title, swapcase including non-ASCII
words = ["hello", "WORLD", "mIxEd CaSe", "straße", "ǆemal", "ﬁne print", "ΣΊΣΥΦΟΣ", "123abc", ""]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print("   ", repr(w.capitalize()), repr(w.title()), repr(w.swapcase()))
print("they're bill's friends".title())
print("hello world-wide web_site x1y2".title())
print("ß".upper(), "ß".title(), "ß".capitalize())
print("İ".lower() == "i\u0307")
print("ΑΣ".lower())
print("a".upper(1))
