# Traceback objects of exceptions: the tb_next chain, tb_lineno, tb_frame.f_code names and
# f_lineno, walk_tb, and traceback functions given a traceback after the handler ended (from
# a stored exception), or a later link of the chain.
import sys
import traceback


def inner():
    raise KeyError('deep')


def outer():
    inner()


try:
    outer()
except KeyError as e:
    saved = e
    tb = sys.exc_info()[2]
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)

tb = saved.__traceback__
chain = []
while tb is not None:
    chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno,
                  tb.tb_frame.f_code.co_filename.endswith('traceback_objects.py')))
    tb = tb.tb_next
print(chain)
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(saved.__traceback__)])
print(''.join(traceback.format_tb(saved.__traceback__)), end='')
print(''.join(traceback.format_tb(saved.__traceback__.tb_next)), end='')
print(len(traceback.extract_tb(saved.__traceback__)), traceback.extract_tb(saved.__traceback__, limit=1)[0].name)
print(''.join(traceback.format_exception(type(saved), saved, saved.__traceback__.tb_next.tb_next)), end='')
traceback.print_exception(saved, file=sys.stdout)
print(KeyError('fresh').__traceback__)
