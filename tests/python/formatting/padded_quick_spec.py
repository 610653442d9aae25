# format(v, "[[fill]align]width") of small ints and exact strs (the quick path) against every
# neighbour that must take the general one: signs, '=', zero padding, precision, types,
# subclasses with __format__/__str__, bools, big ints, non-ASCII text and fill characters;
# f-strings, str.format and format(); f"{s}" of exact strs and subclasses.
class S(str):
    def __format__(self, spec):
        return "S<" + spec + ">"


class T(str):
    def __str__(self):
        return "T!"


class I(int):
    def __format__(self, spec):
        return "I<" + spec + ">"


values = [0, 7, -42, 123456, 2**70, True, "ab", "", "héllo", "日本", S("ab"), T("tt"), I(3), 1.5]
specs = [">6", "<6", "^6", "^7", "6", "1", "*>5", "é^6", "<>5", ">>4", "0>4", ">", "06",
         "+6", "=6", ">06", "-<6", ",", "5d", "5s", ">5.1", "_>5", "x^9", " ^4"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(v), row)

a, n, w = "api", -5, 8
print(f"[{a:>6}|{n:<5}|{a:^{w}}|{n:{w}}|{a!s:>5}|{a!r:>7}|{S('q'):>3}|{T('t')!s:>4}]")
print("[{:>6}|{:<5}|{:^{}}|{:*>4}|{!r:>6}]".format(a, n, a, w, 7, a))
s, t, u = "x", S("y"), T("z")
print(f"{s}{t}{u}{s!s}{u!s}{t!r}", f"{s}-{n}-{1.5}-{None}", f"{'é'}{'日本'}")
