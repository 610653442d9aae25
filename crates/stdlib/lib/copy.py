"""Generic (shallow and deep) copying operations (after CPython 3.11's Lib/copy.py)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
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


def _reconstruct_copy(x):
    cls = type(x)
    base = _payload_base(cls)
    if base is not None:
        return _reconstruct_builtin(x, cls, base, None)
    reductor = getattr(cls, '__reduce_ex__', None)
    state = _instance_state(x)
    if state is None:
        raise Error(f"un(shallow)copyable object of type {cls}")
    y = object.__new__(cls)
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getattr(cls, '__getstate__', None) is not None:
        s = getstate()
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
        elif _payload_base(cls) is not None:
            y = _reconstruct_builtin(x, cls, _payload_base(cls), memo)
        else:
            state = _instance_state(x)
            if state is None:
                raise Error(f"un(deep)copyable object of type {cls}")
            y = object.__new__(cls)
            memo[d] = y
            getstate = getattr(cls, '__getstate__', None)
            if getstate is not None:
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
