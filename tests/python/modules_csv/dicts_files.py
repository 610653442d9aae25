# csv.DictReader/DictWriter over real files opened with newline='': restkey/restval, extrasaction
import csv
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'people.csv')
    with open(path, 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['name', 'age', 'city'])
        print(w.writeheader())
        w.writerow({'name': 'Ann', 'age': 31, 'city': 'Oslo'})
        w.writerow({'name': 'Bob', 'age': 25})
        w.writerows([{'name': 'Cy, Jr.', 'city': 'Rome', 'age': 40}])
    with open(path, newline='') as f:
        print(repr(f.read()))
    with open(path, newline='') as f:
        r = csv.DictReader(f)
        print(r.fieldnames)
        for row in r:
            print(row, r.line_num)
    with open(path, 'a', newline='') as f:
        csv.writer(f).writerow(['Dee', '50', 'Lima', 'extra1', 'extra2'])
        csv.writer(f).writerow(['Eve'])
    with open(path, newline='') as f:
        for row in csv.DictReader(f, restkey='more', restval='?'):
            print(row)
    with open(path, newline='') as f:
        rows = list(csv.DictReader(f, fieldnames=['a', 'b', 'c']))
        print(len(rows), rows[0])
    with open(path, newline='') as f:
        total = sum(int(row['age']) for row in csv.DictReader(f) if row['age'])
        print(total)
    try:
        csv.DictWriter(open(os.devnull, 'w'), ['a']).writerow({'a': 1, 'zz': 2})
    except ValueError as e:
        print('ValueError', e)
    w = csv.DictWriter(open(os.devnull, 'w'), ['a'], extrasaction='ignore')
    print(w.writerow({'a': 1, 'zz': 2}))
    try:
        csv.DictWriter(open(os.devnull, 'w'), ['a'], extrasaction='bad')
    except ValueError as e:
        print('ValueError', e)
