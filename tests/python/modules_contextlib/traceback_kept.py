"""An exception leaving a @contextmanager or ExitStack block keeps its traceback (the
generator's frames are not added), and assigning __traceback__ / with_traceback restores
an earlier chain."""
import contextlib
import traceback


@contextlib.contextmanager
def cm():
    yield


def inner():
    raise AssertionError('x')


def via_cm():
    with cm():
        inner()


def via_exitstack():
    with contextlib.ExitStack() as st:
        st.enter_context(cm())
        inner()


def via_suppress_other():
    with contextlib.suppress(KeyError):
        inner()


for f in (via_cm, via_exitstack, via_suppress_other):
    try:
        f()
    except AssertionError as e:
        print(f.__name__, [fs.name for fs in traceback.extract_tb(e.__traceback__)])


def restore():
    try:
        inner()
    except AssertionError as e:
        tb = e.__traceback__
        try:
            raise e
        except AssertionError as e2:
            print([f.name for f in traceback.extract_tb(e2.__traceback__)])
            e2.__traceback__ = tb
            print([f.name for f in traceback.extract_tb(e2.__traceback__)])
            raise


try:
    restore()
except AssertionError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
    print(e.with_traceback(None) is e, e.__traceback__)
    try:
        e.__traceback__ = 5
    except TypeError as t:
        print('TypeError', t)


class Exit:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        print('exit', typ.__name__, value)
        return True


with Exit():
    raise ValueError(3)
print('suppressed')
