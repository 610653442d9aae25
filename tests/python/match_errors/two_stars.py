# match: two starred names in one sequence pattern
match []:
    case [*a, 1, *b]:
        pass
