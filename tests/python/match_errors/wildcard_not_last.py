# match: a wildcard before another case is a SyntaxError
match 1:
    case _:
        pass
    case 2:
        pass
