# One-character ASCII strs that are not identifier-like are shared objects in CPython:
# indexing, iteration and constants give the same object, in any function and thread.
# (Identifier-like ones such as "a" may be interned apart from the shared one in CPython,
# so they are left out.)
import threading

SP, COMMA, NL, TILDE, BANG = " ", ",", "\n", "~", "!"
text = "a b,c\n!~"
print([text[i] is SP for i in range(len(text))])
print([ch is COMMA for ch in text])
print([c is NL for c in text])
print(text[7] is TILDE, text[-1] is TILDE)


def f():
    return "!"


def g():
    return "!"


print(f() is g(), f() is text[6], g() is BANG)

seen = []


def worker():
    space = " "
    s = "a b"
    seen.append(space is s[1])
    seen.append(all(c is d for c, d in zip("+-*", "+-*")))


t = threading.Thread(target=worker)
t.start()
t.join()
print(seen)
print(sorted(set("hello, world!")))
