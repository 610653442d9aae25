# exception instances are ordinary values: stored in lists, compared by identity, raised later
errors = [ValueError("v"), KeyError("k"), IndexError("i"), ZeroDivisionError("z")]
print(len(errors), repr(errors[1]), str(errors[2]))
print(errors)

caught = []
i = 0
while i < len(errors):
    try:
        raise errors[i]
    except (ValueError, LookupError) as e:
        caught.append(e is errors[i])
    except Exception as e:
        caught.append("other " + type(e).__name__)
    i += 1
print(caught)

print(type(errors[0]) is ValueError, type(errors[1]) == KeyError)
print(isinstance(errors[2], (KeyError, IndexError)), isinstance(errors[3], LookupError))
print(callable(ValueError), callable(errors[0]))
print(ValueError("a") == ValueError("a"), errors[0] == errors[0])
print(bool(ValueError()), bool(ValueError("")))

cls = KeyError
try:
    raise cls("made from a variable")
except LookupError as e:
    print("raised from variable class:", repr(e))

def factory(kind, msg):
    table = {"v": ValueError, "t": TypeError}
    return table[kind](msg)

try:
    raise factory("t", "built by factory")
except TypeError as e:
    print("factory:", e, e.args)
