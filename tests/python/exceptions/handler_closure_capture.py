# a closure capturing the `as` name: the name is cleared when the handler ends, so the closure fails
def make():
    try:
        raise ValueError("captured")
    except ValueError as e:
        def show():
            return "closure sees " + repr(e)
        print(show())
    return show

f = make()
try:
    f()
except NameError as err:
    print(type(err).__name__, err)

def outer():
    result = []
    try:
        [][0]
    except IndexError as e:
        def remember():
            result.append(str(e))
        remember()
    return result

print(outer())
f()
