# any() and all(): short circuit, empty iterables, truthiness of items
print(any([]), all([]), any([0, 0.0, ""]), all([1, "x", [0]]))
print(any([0, 1]), all([1, 0]), any("abc"), all(""), any(range(0)), all(range(1, 4)))
def loud(x):
    print("check", x)
    return x
print(any(map(loud, [0, 2, 3])))
print(all(map(loud, [1, 0, 3])))
print(any(iter([None, {}])), all(iter([(), 1])))
print(any(5))
