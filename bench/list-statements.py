# Times the list statements the service sends (typed deep page cold and from its anchor, menus, a search count)
# directly on the generated SQLite data set: python3 bench/list-statements.py (after a --generate-only run).
import sqlite3, time, statistics, os
db = sqlite3.connect("file:/tmp/oc-bench/sqlite/App_Data/Sites/Default/OrchardCustomers.db?mode=ro", uri=True)
def t(sql, args=(), n=15):
    xs=[]
    for i in range(n+3):
        s=time.perf_counter(); r=db.execute(sql,args).fetchall(); e=(time.perf_counter()-s)*1000
        if i>=3: xs.append(e)
    xs.sort()
    return r, statistics.median(xs), xs[int(len(xs)*0.95)-1]
off = "SELECT Id FROM Customers WHERE Status='Active' ORDER BY SortName, Id LIMIT 21 OFFSET 499980"
r1, m1, p1 = t(off)
v, i = db.execute("SELECT SortName, Id FROM Customers WHERE Status='Active' ORDER BY SortName, Id LIMIT 1 OFFSET 499980").fetchone()
seek = "SELECT Id FROM Customers WHERE Status='Active' AND SortName >= ? AND (SortName > ? OR Id > ?) ORDER BY SortName, Id LIMIT 21"
r2, m2, p2 = t(seek, (v, v, i-1))
print("same rows:", r1 == r2)
print(f"OFFSET 499980: median {m1:.2f} ms p95 {p1:.2f} ms; anchored seek: median {m2:.2f} ms p95 {p2:.2f} ms")
print("plan offset:", db.execute("EXPLAIN QUERY PLAN "+off).fetchall())
print("plan seek:", db.execute("EXPLAIN QUERY PLAN "+seek,(v,v,i-1)).fetchall())
for q in ['"mull"* OR "muell"*', '"strasse"*', '"07614589120"*']:
    r, m, p = t('SELECT count(*) FROM CustomerSearch WHERE CustomerSearch MATCH ?', (q,), 5)
    print(f"MATCH {q}: {r[0][0]} matches, count median {m:.2f} ms")
print("menus:", t('SELECT Category FROM CustomerCategoryCounts WHERE Count > 0 ORDER BY Category LIMIT 200')[1:], t('SELECT Tag FROM CustomerTagCounts WHERE Count > 0 ORDER BY Tag LIMIT 200')[1:])
print("old menus:", t('SELECT DISTINCT Category FROM Customers WHERE Category IS NOT NULL ORDER BY Category LIMIT 200', n=3)[1:], t('SELECT DISTINCT Value FROM CustomerKeys WHERE Kind = 5 ORDER BY Value LIMIT 200', n=3)[1:])
print("load", open('/proc/loadavg').read())
