# csv.reader and csv.writer: quoting modes, embedded delimiters/quotes/newlines, dialects, errors
import csv
import io

rows = [['name', 'qty', 'note'], ['apple', 3, 'red, sweet'], ['pie "special"', 2.5, ''],
        ['multi\nline', None, ' lead'], [], [''], ['x']]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=quoting)
    for r in rows:
        print(w.writerow(r), end=' ')
    text = buf.getvalue()
    print()
    print(repr(text))
    print(list(csv.reader(io.StringIO(text, newline=''), quoting=quoting if quoting != csv.QUOTE_NONNUMERIC else csv.QUOTE_MINIMAL)))
buf = io.StringIO()
w = csv.writer(buf, delimiter=';', lineterminator='\n', quotechar="'", escapechar='\\', doublequote=False)
w.writerows([["it's", 'a;b', 'c\\d'], [1, 2]])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), delimiter=';', quotechar="'", escapechar='\\', doublequote=False)))
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d'])
print(repr(buf.getvalue()))
print(list(csv.reader(['a, b,  "c"', ' "d",e'], skipinitialspace=True)))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')), list(csv.reader(['"a""b",c', '"x"y,z'])))
print(list(csv.reader(['"multi', 'line",end'])), list(csv.reader(['a,"b'])))
r = csv.reader(['a,b\n', '\n', 'c,d\n'])
for row in r:
    print(row, r.line_num)
print(sorted(csv.list_dialects()), csv.get_dialect('unix').lineterminator == '\n', csv.QUOTE_ALL)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_NONE)
print(list(csv.reader(['a|b|"c"'], 'pipes')))
buf = io.StringIO()
csv.writer(buf, 'unix').writerow(['u', 1])
print(repr(buf.getvalue()))
class MyDialect(csv.Dialect):
    delimiter = ':'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
print(list(csv.reader(['a:b'], MyDialect)), list(csv.reader(['a:b'], dialect=MyDialect())))
for bad in (lambda: list(csv.reader([b'a,b'])), lambda: list(csv.reader(['a,"b"c'], strict=True)),
            lambda: list(csv.reader(['a,"b'], strict=True)), lambda: csv.reader([], delimiter=''),
            lambda: csv.reader([], delimiter='::'), lambda: csv.reader([], quoting=9),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']),
            lambda: csv.writer(io.StringIO()).writerow(5), lambda: csv.get_dialect('nope'),
            lambda: list(csv.reader(['a\rb'])), lambda: csv.writer(5),
            lambda: list(csv.reader(['a,b'], quoting=csv.QUOTE_NONNUMERIC)),
            lambda: csv.reader([], bogus=1), lambda: list(csv.reader(['a\0b']))):
    try:
        print(bad())
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(csv.Error.__module__, csv.field_size_limit())
