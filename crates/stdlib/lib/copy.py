"""Generic (shallow and deep) copying operations (after CPython 3.11's Lib/copy.py)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, slice,
           type(len), type(Ellipsis), type(NotImplemented), frozenset)


def _is_atomic(x):
    # Exact types only: a subclass instance (`class C(int)`) is copied with its __dict__.
    if type(x) in _atomic or isinstance(x, type):
        return True
    return type(x).__name__ in ('function', 'builtin_function_or_method', 'property', 'code')


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is tuple or _is_atomic(x):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct_copy(x)


# Builtin types a class may derive from, and how CPython's reduce protocol rebuilds an
# instance of such a subclass: list and dict through `cls.__new__(cls)` plus their items,
# set, frozenset and bytearray by calling the class, the immutable ones through
# `cls.__new__(cls, payload)`.
_payload_types = (list, dict, set, frozenset, bytearray, int, float, complex, str, bytes, tuple)


def _payload_base(cls):
    for k in cls.__mro__:
        if k in _payload_types:
            return k
    return None


def _reconstruct_builtin(x, cls, base, memo):
    deep = memo is not None
    conv = (lambda v: deepcopy(v, memo)) if deep else (lambda v: v)
    if base is list or base is dict:
        y = cls.__new__(cls)
    elif base in (set, frozenset, bytearray):
        items = bytes(x) if base is bytearray else [conv(v) for v in base.__iter__(x)]
        y = cls(items)
    else:
        y = cls.__new__(cls, base(x))
    if deep:
        memo[id(x)] = y
    state = _instance_state(x)
    if state:
        _set_state(y, deepcopy(state, memo) if deep else state)
    if base is list:
        for v in list.__iter__(x):
            y.append(conv(v))
    elif base is dict:
        for k, v in dict.items(x):
            y[conv(k)] = conv(v)
    return y


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
    else:
        for k, v in state.items():
            setattr(y, k, v)


def _defines(cls, name):
    """Whether a class written in Python on cls's MRO defines name (object's defaults, which
    isles makes natively, do not count)."""
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return klass.__module__ != 'builtins'
    return False


def _reduce(x):
    if _defines(type(x), '__reduce_ex__'):
        return x.__reduce_ex__(4)
    return x.__reduce__()


def _reconstruct_reduced(x, memo, rv):
    """Rebuild x from its __reduce__ value: (callable, args[, state[, listitems[,
    dictitems]]]), copying the parts deeply when memo is not None."""
    if isinstance(rv, str):
        return x
    deep = memo is not None
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _reconstruct_copy(x):
    cls = type(x)
    # Exceptions rebuild through their class from BaseException.__reduce__.
    if (_defines(cls, '__reduce_ex__') or _defines(cls, '__reduce__')
            or issubclass(cls, BaseException)):
        return _reconstruct_reduced(x, None, _reduce(x))
    base = _payload_base(cls)
    if base is not None:
        return _reconstruct_builtin(x, cls, base, None)
    reductor = getattr(cls, '__reduce_ex__', None)
    state = _instance_state(x)
    if state is None:
        raise Error(f"un(shallow)copyable object of type {cls}")
    y = object.__new__(cls)
    if _defines(cls, '__getstate__'):
        s = x.__getstate__()
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(s)
            return y
        state = s
    for k, v in state.items():
        setattr(y, k, v)
    return y


def _instance_state(x):
    try:
        return dict(x.__dict__)
    except AttributeError:
        pass
    slots = []
    for klass in type(x).__mro__:
        s = klass.__dict__.get('__slots__', ()) if hasattr(klass, '__dict__') else ()
        if isinstance(s, str):
            s = (s,)
        slots.extend(s)
    if not slots:
        return None
    state = {}
    for name in slots:
        try:
            state[name] = getattr(x, name)
        except AttributeError:
            pass
    return state


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple holding itself through a list: take the copy made meanwhile.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif (_defines(cls, '__reduce_ex__') or _defines(cls, '__reduce__')
                or issubclass(cls, BaseException)):
            y = _reconstruct_reduced(x, memo, _reduce(x))
        elif _payload_base(cls) is not None:
            y = _reconstruct_builtin(x, cls, _payload_base(cls), memo)
        else:
            state = _instance_state(x)
            if state is None:
                raise Error(f"un(deep)copyable object of type {cls}")
            y = object.__new__(cls)
            memo[d] = y
            if _defines(cls, '__getstate__'):
                _set_state(y, deepcopy(x.__getstate__(), memo))
            else:
                for k, v in state.items():
                    setattr(y, k, deepcopy(v, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive while the memo lives, so its id() is not reused."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
