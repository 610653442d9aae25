# atexit: handlers run last-registered first, with their arguments; an exception in one is
# reported ("Exception ignored in atexit callback") and the others still run
import atexit


class Boom:
    def __call__(self):
        raise ValueError('in boom')

    def __repr__(self):
        return 'Boom()'


def a():
    print('a')


def b(x, y=2):
    print('b', x, y)


atexit.register(a)
atexit.register(b, 1, y=3)
atexit.register(Boom())


@atexit.register
def d():
    print('d')


atexit.unregister(a)
print('main done')
