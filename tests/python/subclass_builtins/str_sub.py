# str subclasses: methods return plain str, keys, formatting, overridden dunders
class S(str):
    def shout(self):
        return self.upper() + "!"

s = S("hello")
print(s, repr(s), type(s).__name__, isinstance(s, str), len(s), s[1], s[1:3], s.shout())
for r in [s.upper(), s + "x", "x" + s, s * 2, s.strip(), s.replace("l", "L"), s[:], str(s)]:
    print(repr(r), type(r).__name__)
print(s == "hello", "hello" == s, s < "z", hash(s) == hash("hello"), {"hello": 1}[s], {s: 2}["hello"])
print("-".join([s, S("x")]), s.split("l"), f"[{s:>8}]", "%s|%r" % (s, s), format(s, "^9"))
print(s in "say hello", "ell" in s, list(s), sorted(S("cba")), s.encode(), int(S("42")), float(S("1.5")))
print(s.startswith("he"), s.find("l"), s.count("l"), s.center(9, "*"), s.title(), s.isalpha())

class Tag(str):
    def __new__(cls, name):
        return super().__new__(cls, name.lower())
    def __repr__(self):
        return f"<{str.__str__(self)}>"
t = Tag("DIV")
print(t, repr(t), [t], str(t), f"{t}", f"{t!r}", t == "div", type(t).__name__)

class Loud(str):
    def __str__(self):
        return "LOUD " + str.__str__(self)
    def __len__(self):
        return 99
l = Loud("x")
print(str(l), len(l), l, repr(l), "%s" % l, f"{l}")

class CI(str):
    def __eq__(self, other):
        return self.lower() == other.lower()
    def __hash__(self):
        return hash(self.lower())
print(CI("ABC") == "abc", CI("ABC") in {CI("abc"): 1}, "abc" == CI("ABC"))
print(S("a") + S("b"), type(S("a") + S("b")).__name__, S())
class Pathish(str):
    pass
p = Pathish("a/b")
p.parts = p.split("/")
print(p.parts, p.__dict__)
try:
    S(b"x", "nope")
except LookupError as e:
    print("LookupError:", e)
