# an exception at the bottom of a recursion unwinds through a finally in every frame, in order
log = []

def descend(n):
    try:
        if n == 0:
            raise ValueError("bottom reached")
        log.append("enter " + str(n))
        return descend(n - 1)
    finally:
        log.append("leave " + str(n))

try:
    descend(4)
except ValueError as e:
    print("caught:", e)
print(log)

def catch_midway(n, catch_at):
    try:
        if n == 0:
            raise KeyError("deep")
        return catch_midway(n - 1, catch_at)
    except KeyError as e:
        if n == catch_at:
            return "caught at level " + str(n) + " " + repr(e)
        print("level", n, "passes it on")
        raise

print(catch_midway(5, 3))
print(catch_midway(2, 2))
