# __slots__ names must be identifiers by the same rule as str.isidentifier (XID_Start/XID_Continue),
# not just letters and digits: U+2118, a middle dot and a combining accent are accepted.
for name in ['x', '_a1', 'ª', '℘', '·a', 'a·', '1a', 'a-b', '', 'ǅ', 'Ⅻ', 'a\u0301']:
    try:
        class A:
            __slots__ = (name,)
        print(repr(name), 'ok', name.isidentifier())
    except TypeError as e:
        print(repr(name), 'TypeError', e, name.isidentifier())
