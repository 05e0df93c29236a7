//! The lineage graph: an edge `child → parent` for every base a model names.
//!
//! Lineage must be acyclic (a model cannot descend from itself); an edge that would close a
//! cycle is refused with the path it would close, and the graph is left as it was. Parents
//! need not be registered: a card may name a base the registry has never seen.

use std::collections::{BTreeSet, HashMap};

use petgraph::Direction;
use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use petgraph::visit::{Bfs, EdgeRef, Reversed};

/// An edge that would make a model its own ancestor.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("lineage cycle: {} would descend from itself through {}", .child, .path.join(" → "))]
pub struct Cycle {
    pub child: String,
    /// From the child through its would-be parent back to the child.
    pub path: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Lineage {
    graph: StableDiGraph<String, ()>,
    index: HashMap<String, NodeIndex>,
}

impl Lineage {
    pub fn new() -> Lineage {
        Lineage::default()
    }

    fn node(&mut self, key: &str) -> NodeIndex {
        if let Some(i) = self.index.get(key) {
            return *i;
        }
        let i = self.graph.add_node(key.to_owned());
        self.index.insert(key.to_owned(), i);
        i
    }

    pub fn len(&self) -> usize {
        self.graph.edge_count()
    }

    pub fn is_empty(&self) -> bool {
        self.graph.edge_count() == 0
    }

    /// Sets `child`'s parents, replacing the ones it had. Refuses (changing nothing) when a
    /// parent is the child or descends from it.
    pub fn set_parents(&mut self, child: &str, parents: &[String]) -> Result<(), Cycle> {
        let parents: BTreeSet<&String> = parents.iter().collect();
        if let Some(p) = parents.iter().find(|p| p.as_str() == child) {
            return Err(Cycle { child: child.to_owned(), path: vec![child.to_owned(), (*p).clone()] });
        }
        // A parent that is already a descendant of the child would close a cycle.
        if let Some(&c) = self.index.get(child) {
            for p in &parents {
                if let Some(path) = self.path_to(c, p) {
                    let mut full = vec![child.to_owned()];
                    full.extend(path);
                    full.push(child.to_owned());
                    return Err(Cycle { child: child.to_owned(), path: full });
                }
            }
        }
        let c = self.node(child);
        let old: Vec<_> = self.graph.edges_directed(c, Direction::Outgoing).map(|e| e.id()).collect();
        for e in old {
            self.graph.remove_edge(e);
        }
        for p in parents {
            let pi = self.node(p);
            self.graph.add_edge(c, pi, ());
        }
        Ok(())
    }

    /// Whether `target` descends from `from`; if so the path from `target` up through its
    /// parents to `from` (excluded).
    fn path_to(&self, from: NodeIndex, target: &str) -> Option<Vec<String>> {
        let &t = self.index.get(target)?;
        // Walk from `from` down to its descendants (edges reversed) looking for `target`.
        let reversed = Reversed(&self.graph);
        let mut previous: HashMap<NodeIndex, NodeIndex> = HashMap::new();
        let mut bfs = Bfs::new(reversed, from);
        while let Some(n) = bfs.next(reversed) {
            if n == t {
                let mut path = vec![self.graph[t].clone()];
                let mut at = t;
                while let Some(&p) = previous.get(&at) {
                    path.push(self.graph[p].clone());
                    at = p;
                }
                path.pop(); // `from` itself: the caller puts the child at both ends.
                return Some(path);
            }
            for child in self.graph.neighbors_directed(n, Direction::Incoming) {
                previous.entry(child).or_insert(n);
            }
        }
        None
    }

    /// Every ancestor of `key`, nearest first.
    pub fn ancestors(&self, key: &str) -> Vec<String> {
        self.walk(key, Direction::Outgoing)
    }

    /// Every descendant of `key`, nearest first.
    pub fn descendants(&self, key: &str) -> Vec<String> {
        self.walk(key, Direction::Incoming)
    }

    fn walk(&self, key: &str, dir: Direction) -> Vec<String> {
        let Some(&start) = self.index.get(key) else { return Vec::new() };
        let mut seen = BTreeSet::from([start]);
        let mut queue = std::collections::VecDeque::from([start]);
        let mut out = Vec::new();
        while let Some(n) = queue.pop_front() {
            for m in self.graph.neighbors_directed(n, dir) {
                if seen.insert(m) {
                    out.push(self.graph[m].clone());
                    queue.push_back(m);
                }
            }
        }
        out
    }

    /// The edges among `key`, its ancestors and its descendants: `(child, parent)`.
    pub fn family_edges(&self, key: &str) -> Vec<(String, String)> {
        let mut family: BTreeSet<String> = self.ancestors(key).into_iter().collect();
        family.extend(self.descendants(key));
        family.insert(key.to_owned());
        let mut edges = Vec::new();
        for k in &family {
            if let Some(&i) = self.index.get(k) {
                for p in self.graph.neighbors_directed(i, Direction::Outgoing) {
                    if family.contains(&self.graph[p]) {
                        edges.push((k.clone(), self.graph[p].clone()));
                    }
                }
            }
        }
        edges.sort();
        edges
    }

    pub fn parents(&self, key: &str) -> Vec<String> {
        let Some(&i) = self.index.get(key) else { return Vec::new() };
        let mut v: Vec<String> =
            self.graph.neighbors_directed(i, Direction::Outgoing).map(|p| self.graph[p].clone()).collect();
        v.sort();
        v
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| (*x).to_owned()).collect()
    }

    #[test]
    fn ancestors_and_descendants() {
        let mut g = Lineage::new();
        g.set_parents("ft", &s(&["base"])).unwrap();
        g.set_parents("quant", &s(&["ft"])).unwrap();
        g.set_parents("merge", &s(&["ft", "other"])).unwrap();
        assert_eq!(g.ancestors("quant"), s(&["ft", "base"]));
        let mut d = g.descendants("base");
        d.sort();
        assert_eq!(d, s(&["ft", "merge", "quant"]));
        assert_eq!(g.family_edges("quant"), vec![("ft".into(), "base".into()), ("quant".into(), "ft".into())]);
        assert_eq!(g.parents("merge"), s(&["ft", "other"]));
    }

    #[test]
    fn cycles_are_refused_with_their_path_and_change_nothing() {
        let mut g = Lineage::new();
        g.set_parents("b", &s(&["a"])).unwrap();
        g.set_parents("c", &s(&["b"])).unwrap();
        let err = g.set_parents("a", &s(&["c"])).unwrap_err();
        assert_eq!(err.child, "a");
        assert_eq!(err.path, s(&["a", "c", "b", "a"]));
        assert!(err.to_string().contains("a → c → b → a"), "{err}");
        assert!(g.parents("a").is_empty(), "the refused edge was not added");
        assert!(g.set_parents("x", &s(&["x"])).is_err(), "a model is not its own base");
        // Replacing parents is not a cycle.
        g.set_parents("c", &s(&["a"])).unwrap();
        assert_eq!(g.parents("c"), s(&["a"]));
        assert_eq!(g.len(), 2);
    }
}
