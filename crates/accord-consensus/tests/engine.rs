#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Incremental ticks against full recounts: after votes arrive (new participants, new
//! statements, changed votes), the counts a tick carries forward equal a count from scratch.

use accord_consensus::analysis::statistics;
use accord_consensus::model::{Moderation, StatementInfo};
use accord_consensus::{Engine, Params, VoteEvent, synthetic};

#[test]
fn incremental_counts_equal_a_full_recount() {
    let statements: Vec<StatementInfo> =
        (0..60).map(|id| StatementInfo { id, moderation: Moderation::Accepted, is_meta: id == 7 }).collect();
    let mut engine = Engine::new(Params::default());
    engine.set_statements(statements.iter().copied());
    let first = synthetic::votes(300, 50, 6000, 3, 1);
    engine.add_votes(&first);
    engine.analyze_full();
    // More votes: new participants (300..400), new statements (50..60), and re-votes.
    let mut more = synthetic::votes(400, 60, 4000, 3, 2);
    for (i, v) in more.iter_mut().enumerate() {
        v.at_ms = 10_000 + i as i64;
    }
    for tick in more.chunks(500) {
        engine.add_votes(tick);
        let analysis = engine.analyze();
        let matrix = engine.matrix();
        let group_of: std::collections::HashMap<u32, Option<u32>> =
            analysis.positions.iter().map(|p| (p.id, p.group)).collect();
        let row_group: Vec<Option<u32>> = matrix.participants().iter().map(|p| group_of[p]).collect();
        let out: Vec<bool> = matrix.statements().iter().map(|&id| id == 7).collect();
        let fresh = statistics(matrix, &out, &row_group, analysis.k, &Params::default());
        for s in &analysis.statements {
            let Some(j) = matrix.col_of(s.id) else { continue };
            assert_eq!(s.votes, fresh.totals[j], "statement {} totals", s.id);
            assert_eq!(s.group_votes, fresh.per_group[j], "statement {} per group", s.id);
        }
        for (g, group) in analysis.groups.iter().enumerate() {
            assert_eq!(group.representative, fresh.representative[g]);
        }
        assert_eq!(analysis.consensus, fresh.consensus);
    }
    let _: &[VoteEvent] = &more;
}

#[test]
fn components_are_kept_until_enough_votes_are_new() {
    let params = Params { pca_reuse_min_votes: 1000, pca_refresh_fraction: 0.1, ..Params::default() };
    let mut engine = Engine::new(params);
    let first = synthetic::votes(300, 40, 5000, 3, 3);
    engine.add_votes(&first);
    assert!(engine.analyze_full().pca_refreshed);
    let mut later = synthetic::votes(300, 40, 1000, 3, 4);
    for (i, v) in later.iter_mut().enumerate() {
        v.at_ms = 10_000 + i as i64;
    }
    // 200 new votes: under 10% of ~4,000, so the components are kept...
    engine.add_votes(&later[..200]);
    let kept = engine.analyze();
    assert!(!kept.pca_refreshed);
    // ...but the counts are current.
    assert_eq!(kept.votes, engine.matrix().nnz());
    // 300 more: 500 since the last PCA crosses 10%, so they are recomputed.
    engine.add_votes(&later[200..500]);
    assert!(engine.analyze().pca_refreshed);
    // A full tick always recomputes them.
    engine.add_votes(&later[500..510]);
    assert!(engine.analyze_full().pca_refreshed);
    // Small conversations always recompute.
    let mut small = Engine::new(Params::default());
    small.add_votes(&first);
    small.analyze();
    small.add_votes(&later[..10]);
    assert!(small.analyze().pca_refreshed);
}

#[test]
fn results_do_not_depend_on_the_number_of_threads() {
    // Enough participants for several parallel tasks in the products, the counts and k-means.
    let votes = synthetic::votes(20_000, 150, 240_000, 3, 9);
    let statements: Vec<StatementInfo> =
        (0..150).map(|id| StatementInfo { id, moderation: Moderation::Accepted, is_meta: false }).collect();
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| accord_consensus::analyze(&statements, &votes, &Params::default()))
    };
    let one = run(1);
    assert!(one.pca_iterations > 0, "the iterative PCA ran");
    let three = run(3);
    // Field by field, so that a failure says where (the whole analysis is too long to print).
    assert_eq!(one.pca_iterations, three.pca_iterations, "PCA iterations");
    assert!(one.positions == three.positions, "positions differ");
    assert!(one.base_clusters == three.base_clusters, "base clusters differ");
    assert_eq!(one.silhouettes, three.silhouettes, "silhouettes");
    assert!(one.groups == three.groups, "groups differ");
    assert!(one.statements == three.statements, "statements differ");
    assert!(one == three, "analyses differ");
}
