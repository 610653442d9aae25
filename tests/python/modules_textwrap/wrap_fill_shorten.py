# textwrap.wrap/fill/shorten/TextWrapper: widths, hyphenated words, long words, indents,
# max_lines with placeholder, sentence endings; dedent and indent.
import textwrap
text = ("The quick brown fox jumps over the lazy dog. Well-known self-contained "
        "examples--like this one--wrap at word boundaries; supercalifragilisticexpialidocious "
        "words get broken when they are too long.")
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.shorten(text, 40), '|', textwrap.shorten('Hello  world!', width=12), '|',
      textwrap.shorten('Hello world', 11))
print(textwrap.wrap(text, 20, max_lines=3), textwrap.wrap(text, 20, max_lines=2, placeholder='~'))
print(textwrap.wrap('Hi there. How are you? Fine.', 12, fix_sentence_endings=True))
print(textwrap.wrap('tabs\there\tand\tthere', 8), textwrap.wrap('', 5), textwrap.wrap('   ', 5))
print(textwrap.wrap('a b c', 5, drop_whitespace=False))
w = textwrap.TextWrapper(width=16, initial_indent='> ')
print(w.wrap('one two three four five six seven'), w.fill('x y'))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.shorten('a long sentence here', 5, placeholder=' [......]')
except ValueError as e:
    print('ValueError', e)
print(repr(textwrap.dedent('    a\n      b\n    c\n')), repr(textwrap.indent('x\n\ny\n', '> ')))
