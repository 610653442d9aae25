# string constants, capwords, Template substitute/safe_substitute and errors, Formatter.
import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable), string.ascii_letters[20:30])
print(string.capwords('hello   wide world'), string.capwords('a-b-c', '-'))
t = string.Template('$who likes $what; ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
bad = string.Template('cost: $ 5\nand $')
print(bad.is_valid(), bad.safe_substitute())
try:
    bad.substitute()
except ValueError as e:
    print('ValueError', e)
f = string.Formatter()
print(f.format('{0}-{1:>4}-{name!r}', 'a', 'b', name='n'), f.format('{} {}', 1, 2))
print(list(f.parse('a{0}b{x:3}{{c}}')))
print(f.format('{0[1]} {p.real}', [5, 6], p=3))
