"""An uncaught TypeError for an __init__ that returns a value: the traceback ends at the
class call, not inside __init__."""


class Job:
    def __init__(self, n):
        self.n = n
        return n


def build(k):
    jobs = [Job(None) for _ in range(2)]
    return jobs + [Job(k)]


print(len(build(None)))
build(3)
