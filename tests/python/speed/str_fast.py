"""Fast paths of str operations (compare, in, +, index, iteration, split, strip, replace, join, case) keep CPython semantics."""


def err(f):
    try:
        f()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.split(",", 0), "".split(","), ",".split(","))
print("  a  b\tc\n d ".split(), "  a  b c ".split(None, 1), "".split(), "   ".split(), "a b".split(maxsplit=0))
print(" \x1c a \x1f".split(), "é a  b".split(), "x--y--z".split("--"), "x--y--z".split("--", 1))
t = "hello"
print(t.strip() is t, t.strip("ho"), "..a,.".strip(".,"), "  x ".lstrip(), " x  ".rstrip(), "ééxé".strip("é"))
print(t.replace("z", "q") is t, t.replace("l", "L"), t.replace("l", "", 1), t.replace("l", "LL", 0), "ééé".replace("é", "e", 2), "aaa".replace("a", "é"))
print("AbC".lower(), "AbC".upper(), "ÀbC".lower(), "straße".upper())
print("-".join(["a", "b", "c"]), "".join(()), "é".join(("x", "yé")), ",".join(["one"]))
err(lambda: "-".join(["a", 1]))
class S(str):
    pass
print(repr(S("ab").strip()), type(S(" ab ").strip()).__name__, type(S("ab").replace("z", "y")).__name__, type(S("ab").lower()).__name__)
print("-".join([S("a"), "b"]), len("-".join(["é", "ab"])))
print("a" in "abc", "bc" in "abc", "" in "abc", "z" in "abc", "é" in "aé")
print("a" in ["b", "a"], 1 in [1.0], 1 in ["1", 2, 1], "x" in ("y", None, 3), True in [1], 1 in [True], "a" in {"a": 1}, 2 in {1: 2})
class E:
    def __eq__(self, o):
        print("eq called"); return True
print("a" in ["b", E()], 1 in [E()])
print("abc"[1], "abc"[-1], "aé"[1])
err(lambda: "abc"[3])
print("ab" + "cd", len("é" + "b"), "a" < "b", "b" <= "a", "x" == "x", "x" != "y", "é" > "z")
for ch in "aéb":
    print(ch, end=" ")
print(len("abc"), len([1, 2]), len((1,)), len({}))
class Eq(str):
    def __eq__(self, o):
        print("sub eq"); return True
    __hash__ = str.__hash__
print("a" in [Eq("z")], Eq("z") in ["a"], Eq("q") == "r", "r" == Eq("q"))
print("b" in ("a", 1, 2.0, None, "b"), 2 in ("a", 2.0), 3 in ("a", None))
print("ab" < "abc", "abc" < "ab", "" < "a", "Z" < "a", "a" >= "a", sorted(["b", "é", "a", "B"]))
s = "x" * 3
print(s == "xxx", s != "xxx", s < "xxxx")
print("a,b".split(",", -1), "a,b,c".rsplit(",", 1), "1 2 3".split(" ", 1))
print("--a--".replace("-", ""), "abc".replace("", "-"), "aaaa".replace("a", "b", -1), "abab".replace("ab", "c"))
print("".join(x for x in "abc"), "-".join(iter(["p", "q"])), ", ".join(map(str, [1, 2])))
err(lambda: "".join([b"x"]))
err(lambda: "".join(5))
err(lambda: 1 in "abc")
