# os.getuid/geteuid/getgid/getegid/getppid and os.chmod with its errors
import os
import tempfile

print(os.getuid() >= 0, os.getgid() >= 0, os.geteuid() == os.getuid(), os.getegid() == os.getgid())
print(os.getppid() > 0, os.getppid() != os.getpid())
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt')
    with open(p, 'w') as f:
        f.write('x')
    for mode in (0o600, 0o644, 0o755, 0o400):
        os.chmod(p, mode)
        print(oct(os.stat(p).st_mode & 0o777))
    os.chmod(p, 0o600)
try:
    os.chmod('/nonexistent/zz', 0o644)
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    os.chmod(1.5, 0o644)
except TypeError as e:
    print('TypeError', e)
