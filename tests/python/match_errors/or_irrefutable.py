# match: an or-pattern with an irrefutable alternative first
match 1:
    case x | 1:
        pass
