# Sequence subscripts with ints beyond Py_ssize_t fail with "cannot fit 'int' into an
# index-sized integer" (range objects say "out of range"); assigning a non-iterable to a
# list slice says "can only assign an iterable".


def t(src):
    try:
        exec(src, {})
        print("ok:", src)
    except Exception as e:
        print(src, "->", type(e).__name__, e)


t("[1, 2][2**70]")
t("[1, 2][-2**70]")
t("x = [1, 2]; x[2**70] = 1")
t("x = [1, 2]; del x[2**70]")
t("(1, 2)[2**70]")
t("'ab'[2**70]")
t("range(5)[2**70]")
t("[1, 2][2]")
t("[1, 2][2**40]")
t("x = [1, 2]; x[0:1] = 5")
t("x = [1, 2]; x[::2] = None")
t("x = [1, 2]; x[0:1] = (i for i in range(3)); print(x)")
t("x = [1, 2]; x[0:1] = {'a': 1}; print(x)")
t("x = [1, 2]; x[0:0] = 'ab'; print(x)")


def bad_gen():
    yield 1
    raise TypeError("inside")


t("x = [1, 2]; x[0:1] = (lambda: (yield 1))(); print(x)")
try:
    x = [1, 2]
    x[0:1] = bad_gen()
except TypeError as e:
    print("generator's own TypeError:", e)
