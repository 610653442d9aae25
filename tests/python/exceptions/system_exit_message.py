# uncaught SystemExit with a string argument: message on stderr, exit status 1, no traceback
def shutdown(reason):
    try:
        raise SystemExit(reason)
    finally:
        print("cleanup before exit")

print("start")
shutdown("fatal: configuration missing")
print("not reached")
