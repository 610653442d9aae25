"""Binds call arguments to parameter names with CPython's TypeError messages.

Used by generated callables (namedtuple's __new__, dataclasses' __init__) that CPython
builds with exec().
"""

_MISSING = object()


def _names_list(names):
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f'{names[0]} and {names[1]}'
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def bind(fname, names, defaults, args, kwargs, kwonly=()):
    """Values for ``names`` (then keyword-only ``kwonly``) from ``args`` and ``kwargs``;
    ``defaults`` maps a name to its default."""
    n = len(names)
    if len(args) > n:
        required = sum(1 for x in names if x not in defaults)
        given = len(args)
        if required < n:
            takes = f'from {required + 1} to {n + 1}'
        else:
            takes = f'{n + 1}'
        plural = 's' if n + 1 != 1 else ''
        was = 'was' if given + 1 == 1 else 'were'
        if required < n:
            raise TypeError(f'{fname}() takes {takes} positional arguments but {given + 1} {was} given')
        raise TypeError(f'{fname}() takes {takes} positional argument{plural} but {given + 1} {was} given')
    values = dict(zip(names, args))
    for k, v in kwargs.items():
        if k not in names and k not in kwonly:
            raise TypeError(f"{fname}() got an unexpected keyword argument '{k}'")
        if k in values:
            raise TypeError(f"{fname}() got multiple values for argument '{k}'")
        values[k] = v
    missing = [x for x in names if x not in values and x not in defaults]
    if missing:
        s = 's' if len(missing) > 1 else ''
        raise TypeError(f'{fname}() missing {len(missing)} required positional argument{s}: '
                        f'{_names_list(missing)}')
    missing = [x for x in kwonly if x not in values and x not in defaults]
    if missing:
        s = 's' if len(missing) > 1 else ''
        raise TypeError(f'{fname}() missing {len(missing)} required keyword-only argument{s}: '
                        f'{_names_list(missing)}')
    return [values[x] if x in values else defaults[x] for x in list(names) + list(kwonly)]
