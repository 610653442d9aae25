# platform and getpass.getuser: values agree with os/sys (the values themselves vary by machine)
import getpass
import os
import platform
import sys

u = platform.uname()
print(type(u).__name__, u.system, platform.system(), u[0])
print(platform.node() == u.node != '', platform.release() == u.release, platform.machine() == u.machine)
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3], platform.python_version_tuple()[:2])
print(platform.architecture()[0], platform.platform().startswith('Linux-'))
user = getpass.getuser()
print(type(user).__name__, user == (os.environ.get('LOGNAME') or os.environ.get('USER') or user))
