# traceback.format_exc / format_exception / format_exception_only / print_exc give the text
# an uncaught exception prints (stderr output compared too).
import traceback

def inner(n):
    return 10 // n

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError as e:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'), end='')
    lines = traceback.format_exception(e)
    print(lines[0], end='')
    print(lines[-1], end='')
    print(traceback.format_exception_only(e))
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__)) == text)
    traceback.print_exc()
print(repr(traceback.format_exc()))
try:
    try:
        {}['k']
    except KeyError:
        raise ValueError('while handling')
except ValueError:
    print(traceback.format_exc().count('Traceback'), 'tracebacks in chain')
print(traceback.format_exception_only(ValueError('plain')))
