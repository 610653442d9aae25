# Lists passed to and returned from functions: building, reversing, filtering by hand.
def build(n):
    out = []
    for i in range(n):
        out.append(i * 3 % 7)
    return out

def reverse(lst):
    out = []
    i = len(lst) - 1
    while i >= 0:
        out.append(lst[i])
        i -= 1
    return out

def evens(lst):
    out = []
    for v in lst:
        if v % 2 == 0:
            out.append(v)
    return out

def total(lst):
    s = 0
    for v in lst:
        s += v
    return s

def index_of(lst, target):
    for i in range(len(lst)):
        if lst[i] == target:
            return i
    return -1

def flatten(lst):
    out = []
    for v in lst:
        if isinstance(v, list):
            out = out + flatten(v)
        else:
            out.append(v)
    return out

b = build(12)
print(b, reverse(b), evens(b), total(b))
print(index_of(b, 5), index_of(b, 42), index_of([], 1), index_of(["x", "y"], "y"))
print(flatten([1, [2, [3, [4, []]]], [[5]], "six"]))
print(max(b), min(b), max(reverse(b)), len(evens(reverse(b))))
print(reverse(reverse(b)) == b, reverse([]), reverse(["only"]))
