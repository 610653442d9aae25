# difflib: SequenceMatcher blocks/opcodes/ratios (with junk), get_close_matches, unified/context diffs
import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, 'qabxcd', 'abycdf').get_opcodes():
    print('{:7} a[{}:{}] --> b[{}:{}]'.format(tag, i1, i2, j1, j2))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['whale', 'wheat', 'while', 'wheels', 'weel'], n=2, cutoff=0.7))
import keyword
print(difflib.get_close_matches('pritn', ['print', 'sprint', 'printf', 'pint']), difflib.get_close_matches('lamda', keyword.kwlist))
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'two\n', 'THREE\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(a, b, fromfile='before.txt', tofile='after.txt')))
print(''.join(difflib.unified_diff(a, b, n=1, fromfiledate='d1', tofiledate='d2')))
print(''.join(difflib.context_diff(a, b, fromfile='x', tofile='y')))
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')), list(difflib.unified_diff(a, a)))
big = 'x' * 300 + 'abc'
sm = difflib.SequenceMatcher(None, big, 'y' * 10 + big)
print(sm.ratio(), len(sm.get_matching_blocks()), difflib.SequenceMatcher(None, big, big, autojunk=False).ratio())
groups = list(difflib.SequenceMatcher(None, a * 3, b * 3).get_grouped_opcodes(2))
print(len(groups), groups[0])
for bad in (lambda: difflib.get_close_matches('x', ['y'], n=0), lambda: difflib.get_close_matches('x', ['y'], cutoff=2),
            lambda: list(difflib.unified_diff([1], [2]))):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
