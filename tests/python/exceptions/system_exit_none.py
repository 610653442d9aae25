# uncaught SystemExit with no argument (or None): exit status 0 and nothing on stderr
try:
    raise SystemExit(None)
except SystemExit as e:
    print("caught", repr(e), e.args)
print("leaving quietly")
raise SystemExit
