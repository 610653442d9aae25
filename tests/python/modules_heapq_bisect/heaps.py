# heapq: push/pop order, heapify, heapreplace/heappushpop, merge, nlargest/nsmallest.
import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 6), data)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge('ace', 'bd', reverse=False)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)), list(heapq.merge(['a', 'bbb'], ['cc'], key=len)))
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nlargest(1, []))
print(heapq.nsmallest(2, ['ccc', 'a', 'bb'], key=len), heapq.nlargest(10, [1, 2]))
tasks = []
for prio, name in [(2, 'write'), (1, 'plan'), (3, 'ship'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks), end=' ')
print()
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
