# `raise e` with a caught exception object: the traceback grows with the new raise point
def source():
    return [1, 2][5]

def middle():
    try:
        source()
    except IndexError as e:
        print("middle caught", e)
        err = e
    print("middle raising it again")
    raise err

def top():
    middle()

top()
