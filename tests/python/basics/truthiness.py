# Truthiness of values and and/or/not returning their operands.
vals = [0, 1, -1, 0.0, -0.0, 0.5, "", "a", " ", [], [0], None, True, False]
for v in vals:
    print(repr(v), bool(v), not v, sep=" -> ")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default", "" and "y", "x" and "y")
print(None or 0, 0 or None, None and 0, [] or [1], [2] and [])
print(0.0 or -0.0, -0.0 or 0.0, 1 and 0.0)
print(not 0, not 1, not not 5, not "", not [])
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or 7)
print(1 or 0 and 0, (1 or 0) and 0, not 1 or 1, not (1 or 1))
print(True + True, True * 10, False - 1, True / 2, -True, ~True, ~False)
x = 5
if x:
    print("5 is truthy")
if not []:
    print("empty list is falsy")
if "0":
    print("'0' is truthy")
if 0.0:
    print("unreachable")
else:
    print("0.0 is falsy")
count = 0
while [1] and count < 3:
    count += 1
print("count", count)
