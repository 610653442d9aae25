# traceback: format_exception with limit (positive and negative) and chain=False, the
# three-argument form with tb=None, extract_tb/format_tb/format_list and FrameSummary,
# format_stack/extract_stack/print_stack, TracebackException, recursion collapsing.
import sys
import traceback


def inner():
    return 1 / 0


def middle():
    return inner()


def outer():
    return middle()


try:
    outer()
except ZeroDivisionError as e:
    exc = e
    print(''.join(traceback.format_exception(e, limit=1)), end='')
    print(''.join(traceback.format_exception(e, limit=-1)), end='')
    print(traceback.format_exception(type(e), e, None))
    print(traceback.format_exc(limit=2), end='')
    tb = sys.exc_info()[2]
    summary = traceback.extract_tb(tb)
    print(len(summary), [f.name for f in summary], [f.lineno for f in summary])
    print(summary[-1], summary[-1].line, tuple(summary[-1])[1:], summary[-1] == tuple(summary[-1]))
    print(''.join(traceback.format_tb(tb)), end='')
    print(''.join(traceback.format_list(summary[1:])), end='')
    print(traceback.format_list([('f.py', 3, 'fn', 'x = 1')]))
    traceback.print_tb(tb, limit=1, file=sys.stdout)

try:
    try:
        outer()
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0] == 'Traceback (most recent call last):\n')
    print(''.join(lines), end='')
    print(''.join(traceback.format_exception(e, chain=False)), end='')
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, len(te.stack))
    print(list(te.format_exception_only()), te.__suppress_context__)

try:
    try:
        {}['k']
    except KeyError:
        int('x')
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, chain=False, file=sys.stdout)

print(traceback.format_exc(), end='')
print(traceback.format_exception_only(ValueError('v')), traceback.format_exception_only(KeyError, KeyError('k')))


def show_stack():
    return traceback.format_stack()


print(''.join(show_stack()), end='')
print([f.name for f in traceback.extract_stack()], traceback.extract_stack()[-1].line)


def report():
    traceback.print_stack(file=sys.stdout, limit=1)


report()


def recurse(n):
    if n == 0:
        raise RecursionError('deep enough')
    return recurse(n - 1)


try:
    recurse(8)
except RecursionError:
    print(traceback.format_exc(), end='')

try:
    err = ValueError('noted')
    err.add_note('first note')
    err.add_note('two\nlines')
    raise err
except ValueError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exc(), end='')
