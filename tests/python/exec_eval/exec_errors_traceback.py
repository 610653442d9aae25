# exec: an error raised inside exec'd code shows the <string> frame in the traceback
def run(src):
    exec(src)

print("start")
run("a = 1\nb = 0\nc = a / b")
