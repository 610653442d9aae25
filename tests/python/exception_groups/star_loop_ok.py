# Loops inside except* clauses may break and continue; handlers inside functions may return.
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as eg:
        found = []
        for e in eg.exceptions:
            if e.args[0] == 2:
                break
            found.append(e.args[0])
            continue
        print("found", found)

        def inner():
            return "inner return"

        print(inner())
    return "ok"


print(f())
