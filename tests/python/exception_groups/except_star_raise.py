# except* clauses that raise: bare raise keeps the original shape, new errors join a new group.
def show(label, body):
    print("--", label)
    try:
        body()
    except BaseException as e:
        print(type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for s in e.exceptions:
                print("  ", repr(s), repr(s.__context__))


def reraise_bare():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError:
        raise


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def raise_new_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise


def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise RuntimeError("from handler")


def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise KeyError(2) from e


def handler_exits_normally():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass
    return "done"


show("bare", reraise_bare)
show("new", raise_new)
show("new and rest", raise_new_and_rest)
show("naked new", naked_raise_new)
show("from", raise_from)
print(handler_exits_normally())
