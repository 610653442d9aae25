# hash() of str matches CPython's SipHash-1-3 with PYTHONHASHSEED=0, for every storage width.
samples = ['', 'a', 'ab', 'abcdefg', 'abcdefgh', 'abcdefghi', 'x' * 100,
           'é', 'ÿ' * 9, 'latin-1 ±½', 'Ā', '€', 'ασβ', '中文字', '\uffff',
           '😀', 'a😀', '😀' * 3, 'mixed é € 😀']
for s in samples:
    print(repr(s), hash(s))
print(hash('abc') == hash('ab' + 'c'))
print(len({hash(s) for s in samples}) == len(samples))
