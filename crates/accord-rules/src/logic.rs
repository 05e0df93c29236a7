//! Kleene's strong three-valued logic.

/// True, false, or unknown (a fact the decision needs is missing).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tri {
    True,
    False,
    Unknown,
}

impl Tri {
    pub fn from_bool(b: bool) -> Tri {
        if b { Tri::True } else { Tri::False }
    }

    /// Conjunction: false wins, then unknown.
    pub fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, Tri::True) => Tri::True,
            _ => Tri::Unknown,
        }
    }

    /// Disjunction: true wins, then unknown.
    pub fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::True, _) | (_, Tri::True) => Tri::True,
            (Tri::False, Tri::False) => Tri::False,
            _ => Tri::Unknown,
        }
    }

    /// Whether `self` is at least as decided as `less` and agrees with it where it was decided:
    /// the information order of Kleene logic (unknown ≤ true, unknown ≤ false).
    pub fn refines(self, less: Tri) -> bool {
        less == Tri::Unknown || self == less
    }
}

impl std::ops::Not for Tri {
    type Output = Tri;

    fn not(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Tri::{self, *};

    #[test]
    fn truth_tables() {
        let all = [True, False, Unknown];
        for a in all {
            for b in all {
                // De Morgan holds in Kleene logic.
                assert_eq!(!a.and(b), (!a).or(!b));
                assert_eq!(a.and(b), b.and(a));
                assert_eq!(a.or(b), b.or(a));
            }
        }
        assert_eq!(Unknown.and(False), False);
        assert_eq!(Unknown.or(True), True);
        assert_eq!(Unknown.and(True), Unknown);
        assert_eq!(Tri::from_bool(true), True);
        assert!(True.refines(Unknown) && !True.refines(False) && Unknown.refines(Unknown));
    }
}
