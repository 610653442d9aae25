# bisect: left/right positions, lo/hi bounds, key=, insort keeping order, errors.
import bisect
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect(a, 0))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left([], 1))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4); bisect.insort_right(b, 0); print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
people = [('ann', 21), ('bob', 30), ('cy', 45)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ('dee', 33), key=lambda p: p[1]); print(people)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print('ValueError', e)
