# find/rfind/index/rindex/count with start and end, on ASCII and non-ASCII text
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, -1))
print(s.index("c"), s.rindex("a"), s.index("a", -4))
print(s.count("a"), s.count("bra"), s.count("a", 2, 8), s.count(""), s.count("", 5), s.count("", 20))
print(s.find(""), s.find("", 5), s.find("", 11), s.find("", 12), s.rfind(""))
print(s.find("a", None, None), s.find("a", -100, 100))
t = "ünïcödé ünï"
print(t.find("ï"), t.rfind("ï"), t.index("cö"), t.count("ü"), t.find("é", 3))
print("aaaa".count("aa"), "".count(""), "".find(""))
print(s.index("zz"))
