# argparse: error messages of common misuse (usage + "prog: error: ..." on stderr, exit 2)
import argparse
import sys

def make():
    p = argparse.ArgumentParser(prog='calc')
    p.add_argument('x', type=int)
    p.add_argument('y', type=float, nargs='?')
    p.add_argument('--op', choices=['add', 'mul'], required=True)
    p.add_argument('--scale', type=int)
    p.add_argument('--name')
    p.add_argument('--foo')
    p.add_argument('--fob')
    g = p.add_mutually_exclusive_group()
    g.add_argument('-a', action='store_true')
    g.add_argument('-b', action='store_true')
    return p

for argv in ([], ['1'], ['one', '--op', 'add'], ['1', '--op', 'div'], ['1', '--op', 'add', '--scale'],
             ['1', '--op', 'add', '--scale', 'big'], ['1', '2', '3', '--op', 'add'],
             ['1', '--op', 'add', '--bogus'], ['1', '--op', 'add', '-a', '-b'], ['1', '--op', 'add', '--fo', 'z'],
             ['1', '--op=mul', '--name'], ['1', '--op', 'add', '-h']):
    try:
        print(make().parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
sys.stderr.flush()
p = argparse.ArgumentParser(prog='req')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--in')
g.add_argument('--out')
try:
    p.parse_args([])
except SystemExit as e:
    print('exit', e.code)
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
p = argparse.ArgumentParser(prog='pos')
p.add_argument('n', type=positive)
for argv in (['5'], ['-3'], ['0']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p.add_argument('--k', type=int)
try:
    p.parse_args(['--k', 'z'])
except argparse.ArgumentError as e:
    print('ArgumentError', e)
for bad in (lambda: argparse.ArgumentParser().add_argument('x', required=True),
            lambda: argparse.ArgumentParser().add_argument('--x', action='nope'),
            lambda: argparse.ArgumentParser().add_argument('--x', type='int'),
            lambda: argparse.ArgumentParser(prog='c').add_argument('-h')):
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
p = argparse.ArgumentParser(prog='ver')
p.add_argument('-V', action='version', version='%(prog)s 1.2.3')
try:
    p.parse_args(['-V'])
except SystemExit as e:
    print('exit', e.code)
make().parse_args(['1', '--op', 'add', '--scale', 'x'])
