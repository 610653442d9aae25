# Uncaught exception groups past CPython's print limits: 15 sub-exceptions wide, 10 groups deep.
def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])


wide = ExceptionGroup("wide", [KeyError(i) for i in range(18)])
try:
    raise wide
except ExceptionGroup as e:
    print("caught", len(e.exceptions))
notes = ExceptionGroup("noted", [ValueError(1)])
notes.add_note("first note")
raise ExceptionGroup("all", [wide, deep(12), notes])
