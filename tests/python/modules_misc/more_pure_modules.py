"""Modules ordinary scripts import, bundled from CPython 3.11: colorsys, getopt, reprlib,
sched, linecache, ipaddress, cmd, token, optparse (over a catalog-less gettext) and
html.parser, each used the ordinary way."""
import colorsys, getopt, reprlib, sched, linecache, ipaddress, cmd, token, optparse
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5), colorsys.rgb_to_yiq(1, 0.5, 0))
print(getopt.getopt(['-a', '-b', 'x', '--long=3', 'rest'], 'ab:', ['long=']))
try:
    getopt.getopt(['-z'], 'a')
except getopt.GetoptError as e:
    print('GetoptError', e)
print(getopt.gnu_getopt(['f', '-a', 'g'], 'a'))
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(20)}))
r = reprlib.Repr(); r.maxlist = 3; print(r.repr([1, 2, 3, 4, 5]))
class R:
    @reprlib.recursive_repr()
    def __repr__(self): return f'R({self.x!r})'
a = R(); a.x = [a]; print(repr(a))
clock = [0]
s = sched.scheduler(lambda: clock[0], lambda t: clock.__setitem__(0, clock[0] + t))
out = []
s.enter(2, 1, out.append, ('b',)); s.enter(1, 1, out.append, ('a',)); s.run(); print(out)
print(linecache.getline(__file__, 1).strip(), len(linecache.getlines(__file__)) > 5)
ip = ipaddress.ip_address('192.168.1.10'); net = ipaddress.ip_network('192.168.1.0/24')
print(ip, ip in net, net.num_addresses, list(net.hosts())[:3], net.netmask, ipaddress.ip_address('::1'), ip.is_private)
print(ipaddress.ip_interface('10.0.0.5/8').network, list(ipaddress.ip_network('10.0.0.0/30').subnets()), repr(ip))
try:
    ipaddress.ip_address('999.1.1.1')
except ValueError as e:
    print('ValueError', e)
class Shell(cmd.Cmd):
    prompt = '> '
    def do_greet(self, arg): print('hi', arg)
    def do_EOF(self, arg): return True
import io
sh = Shell(stdin=io.StringIO('greet bob\nfoo\n'), stdout=io.StringIO()); sh.use_rawinput = False; sh.cmdloop(); print(repr(sh.stdout.getvalue()))
print(token.tok_name[token.NAME], token.OP)
p = optparse.OptionParser(usage='%prog [opts]', prog='prog')
p.add_option('-v', '--verbose', action='store_true', dest='verbose')
p.add_option('-n', type='int', default=3)
opts, args = p.parse_args(['-v', '-n', '5', 'file'])
print(opts.verbose, opts.n, args)
print(p.format_help())
from html.parser import HTMLParser
class H(HTMLParser):
    def handle_starttag(self, tag, attrs): print('start', tag, attrs)
    def handle_endtag(self, tag): print('end', tag)
    def handle_data(self, data): print('data', repr(data))
H().feed('<html><body class="x" id=y><p>Hello &amp; bye</p><br/></body></html>')
