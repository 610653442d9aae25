# match: a capture pattern before another case is a SyntaxError
print("never printed")
match 1:
    case x:
        pass
    case 2:
        pass
