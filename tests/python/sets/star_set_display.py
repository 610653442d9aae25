# {*a_set} merges the set slot by slot (SET_UPDATE -> set_update_internal), which sizes the
# table differently from adding its elements one by one.
# Pending: eval's Instr::SetUpdate adds item by item; it should call ops::set_update.
a = set()
for x in [7, 15, 23, 31, 6]:
    a.add(x)
print(a)
print({*a})
print({*a, 1})
print({0, *a})
