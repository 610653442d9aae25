"""%-formatting through its quick paths and around them: widths, the - and 0 flags, signs,
the smallest int, huge ints, str subclasses and __str__/__index__ overrides, non-ASCII
formats (error positions count characters), mappings and every argument error."""


class S(str):
    def __str__(self):
        return "S.__str__"


class N(int):
    def __str__(self):
        return "N.__str__"

    def __repr__(self):
        return "N.__repr__"


class Ix:
    def __index__(self):
        return 7

    def __repr__(self):
        return "Ix()"


for fmt in ("%d", "%5d", "%-5d|", "%05d", "%-05d|", "%+5d", "% d", "%02d", "%1d", "%.3d",
            "%5.3d", "%s", "%6s|", "%-6s|", "%06s", "%x", "%04x", "%o", "%#x", "%i", "%u"):
    for v in (0, 7, -7, 123456, -2 ** 63, 2 ** 63 - 1, 2 ** 70, -(2 ** 70), True, 3.9,
              "ab", "é", S("sub"), N(5), Ix()):
        try:
            r = fmt % v
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(fmt, repr(v) if not isinstance(v, (S, N, Ix)) else type(v).__name__, repr(r))

print("%02d:%02d:%02d [%s] %s: user=u%d took=%dms code=%d" % (3, 4, 5, "WARN", "db", 9, 318, 400))
print("ünï %s çödé %5d %-3s|" % ("x", 42, "é"))
print("%(a)s-%(b)05d-%(a)r" % {"a": "k", "b": 12})
print("%s %s" % ("only", "two"), "%%d %d%%" % 5, "%c%c" % ("x", 65), "100%%" % ())
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
for fmt, args in (("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("é%y", 1),
                  ("%(a)s", (1,)), ("%(a", {"a": 1}), ("%", ()), ("%5", 1), ("%s", ()),
                  ("%d", None), ("%x", 1.5), ("%c", "ab"), ("ñ%", 1)):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(b"%05d|%-4s|%s" % (42, b"ab", b"c"))
try:
    b"\xe9%q" % 1
except ValueError as e:
    print("ValueError", e)
