"""Mock/MagicMock basics: calls, call_args, return_value, side_effect, assertions."""
from unittest.mock import Mock, MagicMock, call, ANY, DEFAULT, sentinel, NonCallableMock

m = Mock(name='m')
print(repr(m)[:14])
m(1, 2, x=3)
m.method('a')
m.method.inner(b=1)
print(m.called, m.call_count)
print(m.call_args)
print(m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.method_calls)
print(m.mock_calls)
print(m.method.call_args == call('a'))
print(m.mock_calls == [call(1, 2, x=3), call.method('a'), call.method.inner(b=1)])

m.return_value = 42
print(m())
m2 = Mock(return_value=[1, 2])
print(m2(), m2.return_value)

# side_effect: exception, iterable, function
m3 = Mock(side_effect=KeyError('k'))
try:
    m3()
except KeyError as e:
    print('KeyError', e)
m4 = Mock(side_effect=[1, 2, ValueError('v')])
print(m4(), m4())
try:
    m4()
except ValueError as e:
    print('ValueError', e)
try:
    m4()
except StopIteration:
    print('StopIteration')
m5 = Mock(side_effect=lambda x: x * 2)
print(m5(21))
m6 = Mock(side_effect=lambda: DEFAULT, return_value='dflt')
print(m6())
m7 = Mock(side_effect=TypeError)
try:
    m7()
except TypeError as e:
    print('TypeError', repr(e))

# assertions and their messages
a = Mock(name='a')
for f in (lambda: a.assert_called(), lambda: a.assert_called_once(),
          lambda: a.assert_called_with(1), lambda: a.assert_called_once_with(1),
          lambda: a.assert_any_call(1)):
    try:
        f()
    except AssertionError as e:
        print('AE:', e)
a(1)
a(2, k='v')
a.assert_called()
a.assert_called_with(2, k='v')
a.assert_any_call(1)
a.assert_has_calls([call(1), call(2, k='v')])
for f in (lambda: a.assert_called_once(), lambda: a.assert_called_once_with(2, k='v'),
          lambda: a.assert_called_with(3), lambda: a.assert_any_call(5),
          lambda: a.assert_not_called(), lambda: a.assert_has_calls([call(2), call(1)]),
          lambda: a.assert_called_with(2, k=ANY, z=1)):
    try:
        f()
    except AssertionError as e:
        print('AE:', e)
a.assert_called_with(ANY, k=ANY)
a.reset_mock()
print(a.call_count, a.call_args, a.call_args_list)
a.assert_not_called()

# attributes
c = Mock(**{'x.y.return_value': 5, 'z': 3})
print(c.x.y(), c.z)
c.configure_mock(w=9)
print(c.w)
try:
    c.assert_calld()
except AttributeError as e:
    print('AttributeError', e)
del c.gone
try:
    c.gone
except AttributeError as e:
    print('AttributeError', e)
print(sentinel.foo, sentinel.foo is sentinel.foo)
print(isinstance(Mock(), NonCallableMock), callable(NonCallableMock()))
print(repr(Mock(name='q').child).split(' id=')[0])
