# json.loads: values, whitespace, escapes, surrogate pairs, numbers (int/float/big), hooks,
# raw_decode, and JSONDecodeError with CPython's messages, positions, line and column.
import json

docs = ['null', 'true', 'false', '0', '-0', '-12', '123456789012345678901234567890', '1.5', '-0.0',
        '1e10', '1E-3', '2.5e+3', '1e400', 'NaN', 'Infinity', '-Infinity', '""', '"abc"',
        '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\ud83d\\ude00"', '"é中😀"', '[]', '{}', ' [ 1 , 2 ] ',
        '{"a": [1, {"b": null}], "c": "d"}', '{"a": 1, "a": 2}', '\n\t[true,false]\r\n',
        '[[[[[]]]]]', '{"": 0}', '"\\u0041\\u0062"']
for doc in docs:
    v = json.loads(doc)
    print(repr(doc), repr(v), type(v).__name__)

big = json.loads('{"list": [1, 2.0, "three", null, true], "obj": {"k": {"k2": [{}]}}}')
print(big, json.dumps(big) == json.dumps(json.loads(json.dumps(big))))
print(json.loads('{"a": 1, "b": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": [{"c": 2}]}', object_pairs_hook=lambda p: ("pairs", p)))
print(json.loads('[1.5, 2, 3.25]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('["a\\tb"]'), json.JSONDecoder(strict=False).decode('"a\tb"'))
print(json.JSONDecoder().raw_decode('{"x": 1} trailing'), json.JSONDecoder().raw_decode('[1, 2]xyz'))
print(json.JSONDecoder().raw_decode('ab "c"', 3))

bad = ['', ' ', 'x', '[1,', '[1 2]', '{"a" 1}', '{"a":1,}', '{1:2}', '[1,]', '"abc', '"a\\qb"',
       '"a\\u12"', '"a\x01b"', '1 2', '01', '-', 'nul', '{"a":1', '[', '{', '\ufeff1',
       '[1,\n  2,\n  x]', '1.5e', '{"a":1 "b":2}', '"\\', 'tru', '[1]]', '{"a":}', '"é\\x"',
       '{\n  "k": [\n    1,\n    oops\n  ]\n}']
for doc in bad:
    try:
        print("ok?", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for arg in [5, None, [1]]:
    try:
        json.loads(arg)
    except TypeError as e:
        print(type(e).__name__, e)
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'"x"')))
try:
    json.loads('{"broken": [1, 2,, 3]}')
except ValueError as e:
    print(type(e).__module__, type(e).__qualname__, e)
