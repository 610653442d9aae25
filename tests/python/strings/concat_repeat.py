# String concatenation and repetition, including zero and negative counts.
a = "foo"
b = "bar"
print(a + b, b + a, a + "" + b, "" + "", a + " " + b)
print(a * 3, 3 * a, a * 1, repr(a * 0), repr(a * -5), repr("" * 100))
print("-" * 20)
print("ab" * 2 + "c", "ab" + "c" * 2, ("ab" + "c") * 2)
print("=" * 3 + ">" + " " * 4 + "<" + "=" * 3)
s = ""
for i in range(5):
    s = s + str(i)
print(s, len(s))
s = ""
for i in range(4):
    s += "x" * i + "|"
print(s, len(s))
t = "ab"
u = t
t += "cd"
print(t, u)
print(len("abc" * 1000), "xy" * True, repr("xy" * False))
print("a" + str(1) + str(2.5) + str(None) + str(True) + str([1, "b"]))
print("\u00e9" * 3, len("\u00e9" * 3), "\n" * 2 + "end")
line = ""
n = 1
while len(line) < 30:
    line = line + str(n) + ","
    n = n * 2
print(line)
