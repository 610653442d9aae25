# uncaught error raised from a function called inside an except handler, several frames deep
def fallback(v):
    return helper(v)

def helper(v):
    return v["default"]

def compute(v):
    try:
        return v["value"] * 2
    except KeyError:
        print("no value, trying fallback")
        return fallback(v)

print(compute({"value": 4}))
print(compute({"default": 9}))
print(compute({"other": 1}))
