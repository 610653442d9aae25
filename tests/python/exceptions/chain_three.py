# a chain of three implicit contexts plus an explicit cause in the middle
def step1():
    return {}["missing"]

def step2():
    try:
        step1()
    except KeyError as e:
        raise ValueError("step2 failed") from e

def step3():
    try:
        step2()
    except ValueError:
        print("step3 handling, then failing again")
        return 1 / 0

print("begin")
step3()
