# match: the same name bound twice in one pattern
match [1, 2]:
    case [x, x]:
        pass
