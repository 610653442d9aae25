# Globals with __del__ are finalized at exit, after the program's last line, in order
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = A(1)
b = A(2)
_private = A(3)
pair = [A(4), A(5)]
e = A(6)
print("end of program")
