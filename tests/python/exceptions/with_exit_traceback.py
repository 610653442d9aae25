"""__exit__ and __aexit__ receive the exception's traceback object, as in CPython."""
import asyncio
import contextlib
import traceback


class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is None:
            print("no exception", v, tb)
            return False
        print(t.__name__, v, tb is None, type(tb).__name__, tb.tb_lineno)
        print([f.name for f in traceback.extract_tb(tb)])
        return True


def boom():
    raise KeyError("k")


with CM():
    1 / 0
with CM():
    boom()
with CM():
    pass
print("after")


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit args", exc[:2], type(exc[2]).__name__)
        return False


with Quiet():
    pass


@contextlib.contextmanager
def guarded():
    try:
        yield
    except ValueError as e:
        print("caught in generator:", e, e.__traceback__ is not None)


with guarded():
    raise ValueError("inside")


class ACM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__, type(tb).__name__, tb.tb_lineno)
        return True


async def main():
    async with ACM():
        raise RuntimeError("async")
    print("async done")


asyncio.run(main())
try:
    with Quiet():
        raise OSError("propagates")
except OSError as e:
    print("outer", e)
