# try/except directly inside for loops: the handler must leave the loop iterator intact
words = ["10", "x", "3", "", "7"]
total = 0
for w in words:
    try:
        total += int(w)
    except ValueError as e:
        print("skipping", repr(w), "-", e)
print("total", total)

for i in range(4):
    for j in range(3):
        try:
            print(i, j, i // j)
        except ZeroDivisionError:
            print(i, j, "div by zero")
            if i == 2:
                break

def lookup_all(d, keys):
    found = []
    for k in keys:
        try:
            found.append(d[k])
        except KeyError:
            found.append(None)
        else:
            found.append("+")
        finally:
            found.append(".")
    return found

print(lookup_all({"a": 1, "c": 3}, ["a", "b", "c", "d"]))
