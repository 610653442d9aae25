"""patch as decorator and context manager, patch.object, patch.dict, patch.multiple."""
import os
import json
from unittest.mock import patch, Mock, MagicMock, call, DEFAULT

class Thing:
    value = 1
    def method(self, x):
        return x + 1

with patch('os.getcwd', return_value='/nowhere') as p:
    print(os.getcwd(), isinstance(p, MagicMock))
print(os.getcwd() != '/nowhere')

@patch('json.dumps')
def f(mock_dumps):
    mock_dumps.return_value = 'X'
    print(json.dumps({1: 2}))
    mock_dumps.assert_called_once_with({1: 2})
    return 'done'
print(f())
print(json.dumps([1]))

@patch.object(Thing, 'method', return_value=99)
@patch.object(Thing, 'value', 5)
def g(mock_method):
    t = Thing()
    print(t.method(1), Thing.value, mock_method.call_args)
g()
print(Thing().method(1), Thing.value)

with patch.object(Thing, 'method', autospec=True) as am:
    am.return_value = 'spec'
    print(Thing().method(3))
    print(am.call_count)
    try:
        Thing().method()
    except TypeError as e:
        print('TypeError', e)

d = {'a': 1}
with patch.dict(d, {'b': 2}):
    print(sorted(d.items()))
print(d)
with patch.dict(d, {'c': 3}, clear=True):
    print(d)
print(d)
with patch.dict(os.environ, {'MOCK_TEST_VAR': 'yes'}):
    print(os.environ['MOCK_TEST_VAR'])
print('MOCK_TEST_VAR' in os.environ)

@patch.dict(d, x=10)
def h():
    print(d)
h()
print(d)

with patch.multiple(Thing, value=DEFAULT, method=DEFAULT) as vals:
    print(sorted(vals))
print(Thing.value)

p = patch('os.path.exists', return_value=True)
m = p.start()
print(os.path.exists('/definitely/not/here'))
p.stop()
print(os.path.exists('/definitely/not/here'))

with patch('os.listdir', side_effect=OSError('nope')):
    try:
        os.listdir('.')
    except OSError as e:
        print('OSError', e)

try:
    with patch('os.not_an_attribute'):
        pass
except AttributeError as e:
    print('AttributeError', e)
with patch('os.not_an_attribute', create=True, new='made'):
    print(os.not_an_attribute)
print(hasattr(os, 'not_an_attribute'))
try:
    patch('nodots')
except TypeError as e:
    print('TypeError', e)

class T:
    @patch('os.getpid', return_value=7)
    def test_one(self, pid):
        return os.getpid()
print(T().test_one())

with patch('builtins.open', MagicMock()) as mo:
    open('x').read()
    print(mo.call_args)
