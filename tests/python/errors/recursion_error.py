# RecursionError from unbounded recursion: traceback collapses repeats into one line
# ("[Previous line repeated N more times]"), and the count depends on the depth
# already used by the frames below (here <module> and start).
def down(n):
    return down(n + 1)

def start():
    print("starting")
    down(0)

print("recursion limit test")
start()
