"""str.translate and str.maketrans: the three forms of maketrans, every kind of mapping value, and the errors."""
print('hello'.translate(str.maketrans('el', 'ip')))
print('hello'.translate(str.maketrans('el', 'ip', 'o')))
print('hello'.translate({ord('h'): 'J', 'e': 1}))
print(str.maketrans({'a': 'b', 98: None}))
print('abc'.translate(str.maketrans({'a': 'xyz', 'b': None})))
for bad in [lambda: str.maketrans('ab', 'c'), lambda: str.maketrans(1), lambda: str.maketrans({'ab': 1}),
            lambda: str.maketrans(1, 'a'), lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: -1}),
            lambda: str.maketrans(), lambda: 'a'.translate(), lambda: str.maketrans({1.5: 2})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print('abc'.translate([None, 'x'] * 50))
