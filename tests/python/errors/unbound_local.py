# UnboundLocalError: a local read before assignment shadows the global of the same name.
total = 5
def show():
    print("global total is", total)

def bump():
    print("bumping")
    total = total + 1
    return total

show()
bump()
