"""spec/spec_set/create_autospec, mock_open, PropertyMock, seal, call objects."""
from unittest.mock import (Mock, MagicMock, create_autospec, mock_open, PropertyMock, patch, call,
                    seal, NonCallableMagicMock)

class Api:
    attr = 1
    def get(self, key, default=None):
        return key
    def put(self, key, value):
        pass

m = Mock(spec=Api)
print(isinstance(m, Api))
m.get('k')
try:
    m.nothing
except AttributeError as e:
    print('AttributeError', e)
m.newattr = 3
s = Mock(spec_set=Api)
try:
    s.newattr = 3
except AttributeError as e:
    print('AttributeError', e)
m2 = Mock(spec=['a', 'b'])
print(m2.a is not None)
try:
    m2.c
except AttributeError as e:
    print('AttributeError', e)

def func(a, b, *, c=1):
    return a
af = create_autospec(func, return_value=10)
print(af(1, 2, c=3))
try:
    af(1)
except TypeError as e:
    print('TypeError', e)
af.assert_called_once_with(1, 2, c=3)
aapi = create_autospec(Api)
inst = aapi()
inst.get('x')
inst.get.assert_called_with('x')
try:
    inst.put('onlyone')
except TypeError as e:
    print('TypeError', e)

mo = mock_open(read_data='line1\nline2\n')
with patch('builtins.open', mo):
    with open('foo.txt') as f:
        print(repr(f.read()))
    with open('foo.txt') as f:
        print(f.readlines())
    with open('foo.txt') as f:
        print([l for l in f])
    with open('out.txt', 'w') as f:
        f.write('data')
print(mo.call_args_list)
mo().write.assert_called_once_with('data')

class Config:
    @property
    def name(self):
        return 'real'
with patch.object(Config, 'name', new_callable=PropertyMock) as pm:
    pm.return_value = 'mocked'
    print(Config().name)
    pm.assert_called_once_with()

x = Mock()
x.a.b = 1
seal(x)
try:
    x.c
except AttributeError as e:
    print('AttributeError', e)

c = call(1, a=2)
print(c, repr(c), c.args, c.kwargs)
print(call.foo.bar(3))
print(call(1) == call(1), call(1) == call(2), call(1) == ((1,), {}))
print(call.x(1).call_list())
mm = MagicMock()
mm(1)(2)(3)
print(mm.mock_calls)
print(call(1)(2)(3).call_list() == mm.mock_calls)
nc = NonCallableMagicMock()
try:
    nc()
except TypeError as e:
    print('TypeError', e)
w = Mock(wraps=lambda v: v + 100)
print(w(1), w.call_args)
