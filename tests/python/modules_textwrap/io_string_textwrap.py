# io.StringIO/BytesIO, string constants and Template, textwrap dedent/indent/wrap/fill/shorten.
import io, string, textwrap
s = io.StringIO(); s.write("hello\n"); print("x", file=s); print(repr(s.getvalue()))
s = io.StringIO("a\nb\nc"); print(s.readline(), s.readlines(), s.read(), s.tell())
s.seek(0); print(list(s)); s.seek(0); print(s.read(2))
b = io.BytesIO(b"abc"); print(b.read(1), b.getvalue(), b.write(b"zz"), b.getvalue())
with io.StringIO("q") as f: print(f.read())
try: f.read()
except ValueError as e: print(e)
try: io.StringIO(b"x")
except TypeError as e: print(e)
try: io.BytesIO().write("x")
except TypeError as e: print(e)
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation, repr(string.whitespace), string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(string.capwords("hello  world"), string.Template("$a and ${b}").substitute(a=1, b=2), string.Template("$a $c").safe_substitute(a=1))
try: string.Template("$a").substitute()
except KeyError as e: print(repr(e))
print(string.Formatter().format("{0}-{x}", 1, x=2))
t = """\
    def f():
        return 1
"""
print(textwrap.dedent(t)); print(textwrap.indent("a\nb\n", "> "))
print(textwrap.wrap("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.fill("The quick brown fox jumps over the lazy dog", width=15, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is long", width=15))
print(textwrap.TextWrapper(width=10, break_long_words=False).wrap("supercalifragilistic is long"))
