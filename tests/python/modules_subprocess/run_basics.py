# subprocess: run with capture/text/input/check/cwd/env/shell, check_output, call, errors
import os
import subprocess
import sys

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r, r.returncode, r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
print(subprocess.run(['cat'], input='piped\ntext', capture_output=True, text=True).stdout)
print(subprocess.run(['tr', 'a-z', 'A-Z'], input=b'bytes in', stdout=subprocess.PIPE).stdout)
print(subprocess.run(['sh', '-c', 'echo $GREETING'], env={'GREETING': 'hi env', 'PATH': os.environ['PATH']},
                     capture_output=True, text=True).stdout.strip())
print(subprocess.run(['pwd'], cwd='/', capture_output=True, text=True).stdout.strip())
print(subprocess.run('echo shell $((2 + 3)) | tr e E', shell=True, capture_output=True, text=True).stdout)
print(subprocess.run(['sh', '-c', 'echo a; echo b >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
print(subprocess.run(['sh', '-c', 'echo hidden'], stdout=subprocess.DEVNULL).stdout)
print(repr(subprocess.check_output(['printf', 'x\\ny'])), subprocess.check_output('echo $((6*7))', shell=True, text=True))
print(subprocess.call(['true']), subprocess.call(['false']), subprocess.check_call(['true']))
print(subprocess.getoutput('echo one; echo two'), subprocess.getstatusoutput('exit 4'))
r = subprocess.run(['sh', '-c', 'printf "a\\r\\nb\\rc"'], capture_output=True, text=True)
print(repr(r.stdout))
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print('CalledProcessError', e, e.returncode, e.cmd, e.output)
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 2'], text=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.output), repr(e.stdout))
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, str(e).startswith("Command '['sleep', '5']' timed out after"))
try:
    subprocess.run(['no-such-command-xyz'])
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
for bad in (lambda: subprocess.run(['cat'], input='s', capture_output=True),
            lambda: subprocess.run(['echo'], capture_output=True, stdout=subprocess.PIPE),
            lambda: subprocess.check_output(['echo'], stdout=subprocess.PIPE)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = subprocess.Popen(['sh', '-c', 'echo from popen'], stdout=subprocess.PIPE, text=True)
out, err = p.communicate()
print(repr(out), err, p.returncode, p.wait())
p = subprocess.Popen(['sort'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b'b\na\nc\n'))
with subprocess.Popen(['echo', 'ctx'], stdout=subprocess.PIPE, text=True) as p:
    print(p.stdout.read().strip())
print(isinstance(subprocess.run([sys.executable, '-c', 'print(1)'], capture_output=True).returncode, int))
