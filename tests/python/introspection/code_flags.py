# co_flags: CPython's bits for optimized/new-locals, *args, **kwargs, generators and
# coroutines (module-level functions, so CO_NESTED does not come in).
async def coro():
    pass


def gen():
    yield


def plain(a, *args, **kwargs):
    pass


def star(*a):
    pass


def kw(**k):
    pass


for f in [coro, gen, plain, star, kw, lambda: 0]:
    print(f.__name__, f.__code__.co_flags)
print(compile("x = 1", "<s>", "exec").co_flags)
