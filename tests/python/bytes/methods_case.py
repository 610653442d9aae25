# bytes case mapping, predicates, stripping, padding (ASCII rules)
s = b'Hello World \xe9'
print(s.upper(), s.lower(), s.swapcase(), s.title(), b'hELLO wORLD'.capitalize())
print(b'abc'.isalpha(), b'ab1'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' \t\n'.isspace(), b''.isspace())
print(b'ABC'.isupper(), b'AbC'.isupper(), b'abc1'.islower(), b'Hello World'.istitle(), b'hello'.istitle())
print(b'\x80'.isascii(), b'abc'.isascii(), b'\xe9'.isalpha(), b'\xe9'.upper())
print(b'  pad  '.strip(), b'  pad  '.lstrip(), b'  pad  '.rstrip(), b'xxhixx'.strip(b'x'), b'abcba'.strip(b'ab'))
print(b'ab'.center(7), b'ab'.center(7, b'*'), b'ab'.ljust(5, b'.'), b'ab'.rjust(5), b'ab'.center(1))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+4'.zfill(4), b'abc'.zfill(2))
print(b'a\tb\tc'.expandtabs(), b'a\tbc\td'.expandtabs(4), b'ab\n\tc'.expandtabs(2))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'y'))
for call in [lambda: b'a'.upper(1), lambda: b'a'.center(5, b'ab'), lambda: b'a'.center(5, 'x'),
             lambda: b'a'.strip('a'), lambda: b'a'.center()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
