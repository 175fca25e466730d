#!/usr/bin/env python3
"""The crate's import graph, file by file, and its cycles (issue 26).

Each file of src/ is a node (a `mod.rs` stands for its folder's module); an edge goes
from a file to every module it names through `crate::` or `super::` (comments and test
modules left out; a child naming its own parent is not an edge). Cycles are the strongly
connected components of more than one file (Tarjan). Prints the counts and every cycle;
exits 1 when there is one, so that CI keeps the graph acyclic (`.ci/run`).

`cargo modules` would draw the same graph but needs a network install and a nightly
toolchain's analysis; this reads the sources as they are, in a second.
"""
import re,os,glob,sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
files=[f for f in glob.glob('src/**/*.rs',recursive=True)]
def mod_of(f):
    p=f[4:-3]
    if p.endswith('/mod'): p=p[:-4]
    return p.replace('/','::')
mods={mod_of(f):f for f in files}
def resolve(path):
    parts=path.split('::')
    for i in range(len(parts),0,-1):
        m='::'.join(parts[:i])
        if m in mods: return m
    return None
edges={m:set() for m in mods}
for m,f in mods.items():
    s=open(f).read()
    # strip test modules
    s=re.split(r'#\[cfg\(test\)\]\s*mod tests',s)[0]
    s=re.sub(r'//[^\n]*','',s)
    for ref in re.findall(r'crate::((?:\w+::)*\w+)',s):
        t=resolve(ref)
        if t and t!=m and not m.startswith(t+'::') : edges[m].add(t)
    # use super::X
    for ref in re.findall(r'super::((?:\w+::)*\w+)',s):
        parent='::'.join(m.split('::')[:-1]) if not f.endswith('mod.rs') else '::'.join(m.split('::')[:-1])
        base=parent
        t=resolve((base+'::' if base else '')+ref)
        if t and t!=m and not m.startswith(t+'::'): edges[m].add(t)
    # use crate::{a, b}
    for grp in re.findall(r'use crate::\{([^}]*)\}',s):
        for ref in re.findall(r'(\w+(?:::\w+)*)',grp):
            t=resolve(ref)
            if t and t!=m and not m.startswith(t+'::'): edges[m].add(t)
# Tarjan SCC
index={};low={};st=[];on=set();res=[];i=[0]
sys.setrecursionlimit(10000)
def sc(v):
    index[v]=low[v]=i[0];i[0]+=1;st.append(v);on.add(v)
    for w in edges[v]:
        if w not in index: sc(w);low[v]=min(low[v],low[w])
        elif w in on: low[v]=min(low[v],index[w])
    if low[v]==index[v]:
        c=[]
        while True:
            w=st.pop();on.discard(w);c.append(w)
            if w==v:break
        if len(c)>1: res.append(c)
for v in mods:
    if v not in index: sc(v)
for c in res:
    print(len(c), sorted(c))
    for a in sorted(c):
        print('   ',a,'->',sorted(x for x in edges[a] if x in c))

print(f"{len(mods)} files, {sum(len(e) for e in edges.values())} imports between them, {len(res)} cycles")
sys.exit(1 if res else 0)
