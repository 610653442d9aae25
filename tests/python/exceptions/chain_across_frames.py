# the context chain spans frames: a handler calls a function that raises, catches, and raises again
def translate(code):
    table = {1: "one", 2: "two"}
    try:
        return table[code]
    except KeyError:
        return int("code" + str(code))

def report(values):
    try:
        return values[len(values)]
    except IndexError:
        print("index problem, translating", values[0])
        return translate(values[0])

print(report([1]))
print(report([2, 0]))
print(report([7]))
