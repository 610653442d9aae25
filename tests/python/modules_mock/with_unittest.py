"""unittest.TestCase with mock.patch decorators (method and class), patch.object in setUp,
assertion failures reported by the runner, AsyncMock awaited through asyncio."""
import asyncio
import io
import os
import sys
import unittest
from unittest import mock


class Service:
    def fetch(self, url):
        raise RuntimeError('network')

    def process(self, url):
        data = self.fetch(url)
        return data.upper()


@mock.patch.object(Service, 'fetch', return_value='payload')
class ServiceTests(unittest.TestCase):
    def test_process(self, m):
        self.assertEqual(Service().process('u'), 'PAYLOAD')
        m.assert_called_once_with('u')

    def test_called_twice(self, m):
        s = Service()
        s.process('a')
        s.process('b')
        self.assertEqual(m.call_args_list, [mock.call('a'), mock.call('b')])

    def test_fails(self, m):
        Service().process('x')
        m.assert_called_once_with('y')


class OtherTests(unittest.TestCase):
    def setUp(self):
        p = mock.patch('os.getcwd', return_value='/home/test')
        self.cwd = p.start()
        self.addCleanup(p.stop)

    def test_cwd(self):
        self.assertEqual(os.getcwd(), '/home/test')

    @mock.patch('os.path.isfile')
    @mock.patch('os.path.isdir')
    def test_stacked(self, isdir, isfile):
        isdir.return_value = True
        isfile.return_value = False
        self.assertTrue(os.path.isdir('q'))
        self.assertFalse(os.path.isfile('q'))

    def test_async(self):
        am = mock.AsyncMock(return_value=5)
        async def main():
            return await am(1, 2)
        self.assertEqual(asyncio.run(main()), 5)
        am.assert_awaited_once_with(1, 2)
        am.assert_called_once()
        self.assertEqual(am.await_count, 1)

    def test_side_effect_list(self):
        m = mock.Mock(side_effect=[1, 2])
        self.assertEqual([m(), m()], [1, 2])
        with self.assertRaises(StopIteration):
            m()


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
result = runner.run(suite)
out = stream.getvalue()
# Drop the timing line and the traceback lines (the mock module's frames show CPython's file
# paths and sources); the frames of this file stay.
for line in out.splitlines():
    if line.startswith('Ran ') or (line.startswith(' ') and 'with_unittest.py' not in line):
        continue
    print(line)
print(result.wasSuccessful(), len(result.failures), len(result.errors))
