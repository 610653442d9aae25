# exit/quit reprs, functools.cmp_to_key's KeyWrapper objects.
import functools

print(repr(exit))
print(str(quit))
k = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(k), type(k(1)), hasattr(functools, 'KeyWrapper'))
print(type(k).__module__, type(k).__qualname__)
print(sorted([3, 1, 2], key=k), sorted("banana", key=k, reverse=True))
x = k(3)
print(x.obj, k(1) < k(2), k(2) <= k(2), k(3) > k(2), k(1) >= k(2), k(1) == k(1), k(1) != k(2))
x.obj = 5
print(x.obj)
for bad in [lambda: k(1, 2), lambda: k(), lambda: k(1) < 5, lambda: hash(k(1)), lambda: hash(k)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    x.foo = 5
except AttributeError as e:
    print("AttributeError:", e)
print(k(obj=4).obj)


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(min(words, key=functools.cmp_to_key(by_len_then_alpha)))
