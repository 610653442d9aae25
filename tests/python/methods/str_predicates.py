# the is* predicates on ASCII and Unicode samples
samples = ["", "abc", "ABC", "Abc", "aBC", "123", "½", "²", "٣", "一", "abc123", "a b", " \t\n",
           "Hello World", "Hello world", "ǅemal", "_id", "2x", "x2", "été", "ÉTÉ", "\x07", "a\u0301",
           "Ⅷ", "ĳ", "ß", "hello!", "\u2028", "\x1c"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum())
    print("   ", s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
