# list.insert takes its position through __index__: a str or float is a TypeError, an int
# beyond ssize_t an OverflowError, out-of-range positions clamp to the ends, bools and
# __index__ objects work.


class Two:
    def __index__(self):
        return 2


for pos in [0, -1, 100, -100, 2**62, True, Two()]:
    l = [1, 2, 3]
    l.insert(pos, "x")
    print(type(pos).__name__, l)
for bad in ["a", 1.5, None, [0], 2**80, -(2**80)]:
    try:
        [1].insert(bad, 0)
    except (TypeError, OverflowError) as e:
        print(type(bad).__name__, type(e).__name__ + ":", e)
