//! Two-component PCA of the vote matrix and the sparsity-aware projections (§2.5, §2.6).
//!
//! Polis imputes every missing vote with its column mean and centres the columns, so a missing
//! vote becomes exactly 0 after centring: the centred matrix is as sparse as the votes. Polis then
//! runs 100 power iterations from a random start (quirk Q12). Accord computes the same top-2
//! right singular vectors exactly instead, which the spec allows (§2.5 "Verified"): a dense SVD
//! (faer) when the matrix is small, and a block subspace iteration with Rayleigh–Ritz on the
//! sparse matrix otherwise, run to convergence. The sign of each component is fixed (its largest
//! loading is positive) so maps do not flip between versions.

use faer::{Mat, Side};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::matrix::VoteMatrix;
use crate::synthetic::SplitMix;

/// Matrices with at most this many cells are decomposed densely (exact SVD).
const DENSE_CELLS: usize = 10_000;
/// Block size of the subspace iteration: a few more vectors than the 2 wanted, so convergence
/// goes with σ₃/σ₂ replaced by σ₁₁/σ₂.
const BLOCK: usize = 10;
const MAX_ITERS: usize = 300;
/// Block size of a warm, capped tick.
const WARM_BLOCK: usize = 4;
const TOLERANCE: f64 = 1e-12;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pca {
    /// Per column: the mean of its votes (0 for moderated-out columns).
    pub center: Vec<f64>,
    /// Per component, per column.
    pub comps: [Vec<f64>; 2],
    /// Subspace iterations used (0 for the dense path).
    pub iterations: usize,
}

/// Column means over the non-missing votes; moderated-out columns are 0 for every row in Polis's
/// `rating-mat`, so their mean is 0.
pub fn column_means(matrix: &VoteMatrix, moderated_out: &[bool]) -> Vec<f64> {
    let m = matrix.n_cols();
    let mut sum = vec![0.0f64; m];
    let mut count = vec![0usize; m];
    for r in 0..matrix.n_rows() {
        for &(c, v) in matrix.row(r) {
            sum[c as usize] += f64::from(v);
            count[c as usize] += 1;
        }
    }
    (0..m).map(|j| if moderated_out[j] || count[j] == 0 { 0.0 } else { sum[j] / count[j] as f64 }).collect()
}

/// The centred matrix X: X[i][j] = vote − centre[j] where row i voted on a column j that is
/// moderated in, 0 elsewhere. When the decomposition will take many products it is first copied
/// into compressed rows (one pass over the votes) so that every product reads contiguous memory;
/// for a warm tick's one or two products it is read straight from the vote matrix, which costs
/// less than the copy.
struct Centered<'a> {
    n: usize,
    m: usize,
    cells: Cells<'a>,
}

enum Cells<'a> {
    /// Row i's cells are `cols[offsets[i]..offsets[i + 1]]`, with `values` alike.
    Compressed {
        offsets: Vec<usize>,
        cols: Vec<u32>,
        values: Vec<f64>,
    },
    Direct {
        matrix: &'a VoteMatrix,
        moderated_out: &'a [bool],
        center: &'a [f64],
    },
}

/// Rows per parallel task: large enough that the per-task buffers of the transposed product stay
/// few. Fixed, so sums are added in the same order whatever the number of threads.
const ROWS_PER_TASK: usize = 8192;

impl<'a> Centered<'a> {
    fn new(matrix: &'a VoteMatrix, moderated_out: &'a [bool], center: &'a [f64], compress: bool) -> Self {
        let (n, m) = (matrix.n_rows(), matrix.n_cols());
        if !compress {
            return Centered { n, m, cells: Cells::Direct { matrix, moderated_out, center } };
        }
        let mut offsets = Vec::with_capacity(n + 1);
        let mut cols = Vec::with_capacity(matrix.nnz());
        let mut values = Vec::with_capacity(matrix.nnz());
        offsets.push(0);
        for r in 0..n {
            for &(c, v) in matrix.row(r) {
                let j = c as usize;
                if !moderated_out[j] {
                    cols.push(c);
                    values.push(f64::from(v) - center[j]);
                }
            }
            offsets.push(cols.len());
        }
        Centered { n, m, cells: Cells::Compressed { offsets, cols, values } }
    }

    /// Calls `f(column, value)` for each non-zero cell of row `r`, in column order.
    #[inline(always)]
    fn for_each_cell(&self, r: usize, mut f: impl FnMut(usize, f64)) {
        match &self.cells {
            Cells::Compressed { offsets, cols, values } => {
                let cells = offsets[r]..offsets[r + 1];
                for (&j, &v) in cols[cells.clone()].iter().zip(&values[cells]) {
                    f(j as usize, v);
                }
            }
            Cells::Direct { matrix, moderated_out, center } => {
                for &(c, v) in matrix.row(r) {
                    let j = c as usize;
                    if !moderated_out[j] {
                        f(j, f64::from(v) - center[j]);
                    }
                }
            }
        }
    }

    /// Y = X·Q, with Q (m × l) and Y (n × l) stored row-major.
    fn times(&self, q: &[f64], l: usize) -> Vec<f64> {
        match l {
            BLOCK => self.times_fixed::<BLOCK>(q),
            WARM_BLOCK => self.times_fixed::<WARM_BLOCK>(q),
            2 => self.times_fixed::<2>(q),
            _ => self.times_any(q, l),
        }
    }

    /// [`Centered::times`] for a block width known when compiling, which lets the inner loop be
    /// unrolled and vectorised.
    fn times_fixed<const L: usize>(&self, q: &[f64]) -> Vec<f64> {
        let (q, _) = q.as_chunks::<L>();
        let mut y = vec![0.0; self.n * L];
        let (rows, _) = y.as_chunks_mut::<L>();
        rows.par_iter_mut().enumerate().with_min_len(1024).for_each(|(r, out)| {
            self.for_each_cell(r, |j, v| {
                for (o, &qk) in out.iter_mut().zip(&q[j]) {
                    *o += v * qk;
                }
            });
        });
        y
    }

    fn times_any(&self, q: &[f64], l: usize) -> Vec<f64> {
        let mut y = vec![0.0; self.n * l];
        y.par_chunks_mut(l).enumerate().with_min_len(1024).for_each(|(r, out)| {
            self.for_each_cell(r, |j, v| {
                for (o, &qv) in out.iter_mut().zip(&q[j * l..(j + 1) * l]) {
                    *o += v * qv;
                }
            });
        });
        y
    }

    /// Z = Xᵀ·Y, with Y (n × l) and Z (m × l) row-major: each task scatters its rows into its
    /// own buffer, and the buffers are summed in task order.
    fn transpose_times(&self, y: &[f64], l: usize) -> Vec<f64> {
        match l {
            BLOCK => self.transpose_times_fixed::<BLOCK>(y),
            WARM_BLOCK => self.transpose_times_fixed::<WARM_BLOCK>(y),
            2 => self.transpose_times_fixed::<2>(y),
            _ => self.transpose_times_any(y, l),
        }
    }

    fn transpose_times_fixed<const L: usize>(&self, y: &[f64]) -> Vec<f64> {
        let (y, _) = y.as_chunks::<L>();
        let partial: Vec<Vec<f64>> = (0..self.n.div_ceil(ROWS_PER_TASK))
            .into_par_iter()
            .map(|task| {
                let mut z = vec![0.0; self.m * L];
                let (zr, _) = z.as_chunks_mut::<L>();
                let rows = task * ROWS_PER_TASK..((task + 1) * ROWS_PER_TASK).min(self.n);
                for (r, yr) in rows.clone().zip(&y[rows]) {
                    self.for_each_cell(r, |j, v| {
                        for (z, &yk) in zr[j].iter_mut().zip(yr) {
                            *z += v * yk;
                        }
                    });
                }
                z
            })
            .collect();
        sum_in_order(partial, self.m * L)
    }

    fn transpose_times_any(&self, y: &[f64], l: usize) -> Vec<f64> {
        let partial: Vec<Vec<f64>> = (0..self.n.div_ceil(ROWS_PER_TASK))
            .into_par_iter()
            .map(|task| {
                let mut z = vec![0.0; self.m * l];
                for r in task * ROWS_PER_TASK..((task + 1) * ROWS_PER_TASK).min(self.n) {
                    let yr = &y[r * l..(r + 1) * l];
                    self.for_each_cell(r, |j, v| {
                        for (o, &yv) in z[j * l..(j + 1) * l].iter_mut().zip(yr) {
                            *o += v * yv;
                        }
                    });
                }
                z
            })
            .collect();
        sum_in_order(partial, self.m * l)
    }
}

/// Adds per-task buffers in task order (a parallel reduce would group them differently from run
/// to run, and floating-point sums depend on the grouping).
fn sum_in_order(partial: Vec<Vec<f64>>, len: usize) -> Vec<f64> {
    let mut parts = partial.into_iter();
    let mut total = parts.next().unwrap_or_else(|| vec![0.0; len]);
    for part in parts {
        for (t, p) in total.iter_mut().zip(&part) {
            *t += p;
        }
    }
    total
}

/// YᵀY (l × l, row-major, upper triangle) in one parallel pass over the rows of Y.
fn gram(y: &[f64], l: usize) -> Vec<f64> {
    let partial: Vec<Vec<f64>> = y
        .par_chunks(l * ROWS_PER_TASK)
        .map(|block| {
            let mut h = vec![0.0; l * l];
            for row in block.chunks_exact(l) {
                for a in 0..l {
                    let ya = row[a];
                    for b in a..l {
                        h[a * l + b] += ya * row[b];
                    }
                }
            }
            h
        })
        .collect();
    sum_in_order(partial, l * l)
}

/// How long the subspace iteration may run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Iterations {
    /// Until the two components stop moving (to 1e-12), at most 300 iterations.
    Converge,
    /// At most this many, from a warm start: an incremental tick refines the previous components
    /// the way Polis's warm-started power iteration does.
    AtMost(usize),
}

/// Computes the top two components of the matrix centred on `center` (the column means, see
/// [`column_means`]). `warm` gives start vectors per column (the previous version's
/// components, new columns padded with 1 as Polis does).
pub fn pca(
    matrix: &VoteMatrix,
    moderated_out: &[bool],
    center: Vec<f64>,
    warm: Option<&[Vec<f64>; 2]>,
    iterations: Iterations,
    seed: u64,
) -> Pca {
    let (n, m) = (matrix.n_rows(), matrix.n_cols());
    // A warm tick takes one or two products: not worth copying the matrix for.
    let compress = warm.is_none() || !matches!(iterations, Iterations::AtMost(k) if k <= 2);
    let x = Centered::new(matrix, moderated_out, &center, compress);
    let voted_in = moderated_out.iter().any(|&out| !out);
    let (mut comps, used) = if n < 2 || m < 2 || !voted_in {
        // Rank below 2: Polis projects everyone to (0, 0) (quirks Q14, Q16).
        ([vec![0.0; m], vec![0.0; m]], 0)
    } else if n.saturating_mul(m) <= DENSE_CELLS {
        (dense_top2(&x), 0)
    } else {
        subspace_top2(&x, warm, iterations, seed)
    };
    for comp in &mut comps {
        // A moderated-out column is 0 in every row, so its loading is 0; the dense SVD leaves
        // rounding noise there, which would leak into the statement map.
        for (v, &out) in comp.iter_mut().zip(moderated_out) {
            if out {
                *v = 0.0;
            }
        }
        fix_sign(comp);
    }
    Pca { center, comps, iterations: used }
}

fn dense_top2(x: &Centered) -> [Vec<f64>; 2] {
    let (n, m) = (x.n, x.m);
    let mut dense = Mat::<f64>::zeros(n, m);
    for r in 0..n {
        x.for_each_cell(r, |j, v| dense[(r, j)] = v);
    }
    match dense.thin_svd() {
        Ok(svd) => {
            let v = svd.V();
            let take = |c: usize| -> Vec<f64> {
                if c < v.ncols() { (0..v.nrows()).map(|j| v[(j, c)]).collect() } else { vec![0.0; m] }
            };
            [take(0), take(1)]
        }
        // The SVD only fails on non-finite input, which votes cannot produce; fall back anyway.
        Err(_) => subspace_top2(x, None, Iterations::Converge, 0).0,
    }
}

fn orthonormal(z: &[f64], m: usize, l: usize) -> Vec<f64> {
    let mat = Mat::<f64>::from_fn(m, l, |i, j| z[i * l + j]);
    let q = mat.qr().compute_thin_Q();
    let mut out = vec![0.0; m * l];
    for i in 0..m {
        for j in 0..l.min(q.ncols()) {
            out[i * l + j] = q[(i, j)];
        }
    }
    out
}

fn subspace_top2(x: &Centered, warm: Option<&[Vec<f64>; 2]>, limit: Iterations, seed: u64) -> ([Vec<f64>; 2], usize) {
    let (n, m) = (x.n, x.m);
    // From a warm start the two previous components plus two fresh directions suffice: the
    // block only has to catch how far the components moved since the last tick.
    let (l, max_iters) = match (limit, warm) {
        (Iterations::AtMost(k), Some(_)) => (WARM_BLOCK.min(m).min(n).max(2), k.max(1)),
        _ => (BLOCK.min(m).min(n).max(2), MAX_ITERS),
    };
    let mut rng = SplitMix::new(seed);
    let mut start = vec![0.0; m * l];
    for i in 0..m {
        for j in 0..l {
            start[i * l + j] = match (j, warm) {
                (0 | 1, Some(w)) => w[j].get(i).copied().unwrap_or(1.0),
                (0, None) => 1.0,
                _ => rng.next_f64() - 0.5,
            };
        }
    }
    let mut q = orthonormal(&start, m, l);
    let mut previous: Option<[Vec<f64>; 2]> = None;
    let mut iterations = 0;
    loop {
        iterations += 1;
        let y = x.times(&q, l);
        // Rayleigh–Ritz: the eigenvectors of YᵀY = Qᵀ XᵀX Q rotate Q onto the best vectors.
        let gram = gram(&y, l);
        let h = Mat::<f64>::from_fn(l, l, |a, b| gram[a.min(b) * l + a.max(b)]);
        let ritz = match h.self_adjoint_eigen(Side::Lower) {
            Ok(e) => e,
            Err(_) => break (previous.unwrap_or_else(|| [vec![0.0; m], vec![0.0; m]]), iterations),
        };
        let u = ritz.U();
        let top = |c: usize| -> Vec<f64> {
            let col = l - 1 - c;
            (0..m).map(|i| (0..l).map(|k| q[i * l + k] * u[(k, col)]).sum()).collect()
        };
        let current = [top(0), top(1)];
        let converged =
            previous.as_ref().is_some_and(|p| p.iter().zip(&current).all(|(a, b)| 1.0 - dot(a, b).abs() < TOLERANCE));
        if converged || iterations >= max_iters {
            break (current, iterations);
        }
        previous = Some(current);
        q = orthonormal(&x.transpose_times(&y, l), m, l);
    }
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Makes the largest-magnitude loading positive.
fn fix_sign(comp: &mut [f64]) {
    let largest = comp.iter().copied().fold(0.0f64, |best, v| if v.abs() > best.abs() { v } else { best });
    if largest < 0.0 {
        for v in comp.iter_mut() {
            *v = -*v;
        }
    }
}

/// Sparsity-aware participant projection (§2.6): the projection of the mean-imputed row, scaled
/// by √(n_cmts / n_votes). Like Polis, a moderated-out column counts as a vote (Polis zeroes those
/// columns, which fills their missing cells), which keeps the positions comparable with Polis's.
pub fn project_participants(matrix: &VoteMatrix, moderated_out: &[bool], pca: &Pca) -> Vec<[f64; 2]> {
    let n_out = moderated_out.iter().filter(|&&o| o).count();
    (0..matrix.n_rows()).into_par_iter().map(|r| project_row(matrix, moderated_out, n_out, pca, r)).collect()
}

/// The projection of one row (`n_out`: the number of moderated-out columns).
pub fn project_row(matrix: &VoteMatrix, moderated_out: &[bool], n_out: usize, pca: &Pca, row: usize) -> [f64; 2] {
    let mut p = [0.0, 0.0];
    let mut votes = n_out;
    for &(c, v) in matrix.row(row) {
        let j = c as usize;
        if moderated_out[j] {
            continue;
        }
        votes += 1;
        let d = f64::from(v) - pca.center[j];
        p[0] += d * pca.comps[0][j];
        p[1] += d * pca.comps[1][j];
    }
    let scale = (matrix.n_cols() as f64 / votes.max(1) as f64).sqrt();
    [p[0] * scale, p[1] * scale]
}

/// Statement positions: a synthetic participant who agreed with that statement only (§2.6; in
/// Accord's sign, agree = +1). Returns positions and extremities (their lengths).
pub fn project_statements(pca: &Pca) -> (Vec<[f64; 2]>, Vec<f64>) {
    let m = pca.center.len();
    let scale = (m as f64).sqrt();
    let positions: Vec<[f64; 2]> = (0..m)
        .map(|j| {
            let d = 1.0 - pca.center[j];
            [scale * d * pca.comps[0][j], scale * d * pca.comps[1][j]]
        })
        .collect();
    let extremity = positions.iter().map(|p| (p[0] * p[0] + p[1] * p[1]).sqrt()).collect();
    (positions, extremity)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::model::{Vote, VoteEvent};

    fn random_matrix(n: u32, m: u32, seed: u64) -> VoteMatrix {
        let mut rng = SplitMix::new(seed);
        let mut events = Vec::new();
        for p in 0..n {
            let side = if p % 3 == 0 { 1.0 } else { -1.0 };
            for t in 0..m {
                let r: f64 = rng.next_f64() - 0.5;
                if r.abs() < 0.2 {
                    continue;
                }
                let lean = if t % 2 == 0 { side } else { -side };
                let vote = if r * lean > 0.1 {
                    Vote::Agree
                } else if r * lean < -0.1 {
                    Vote::Disagree
                } else {
                    Vote::Pass
                };
                events.push(VoteEvent { participant: p, statement: t, vote, at_ms: 0 });
            }
        }
        VoteMatrix::from_events(&events)
    }

    #[test]
    fn subspace_iteration_matches_the_dense_svd() {
        let matrix = random_matrix(300, 40, 7);
        let out = vec![false; matrix.n_cols()];
        let center = column_means(&matrix, &out);
        let x = Centered::new(&matrix, &out, &center, true);
        let mut dense = dense_top2(&x);
        let (mut iterative, iterations) = subspace_top2(&x, None, Iterations::Converge, 3);
        for c in dense.iter_mut().chain(iterative.iter_mut()) {
            fix_sign(c);
        }
        assert!(iterations > 1);
        for k in 0..2 {
            let cos = dot(&dense[k], &iterative[k]);
            assert!((cos - 1.0).abs() < 1e-9, "component {k}: cos {cos}");
        }
        // Read straight from the vote matrix, the products are the same to the last bit.
        let direct = Centered::new(&matrix, &out, &center, false);
        let q: Vec<f64> = (0..matrix.n_cols() * BLOCK).map(|i| (i % 7) as f64 - 3.0).collect();
        for l in [BLOCK, 3] {
            assert_eq!(direct.times(&q[..matrix.n_cols() * l], l), x.times(&q[..matrix.n_cols() * l], l));
            let y = x.times(&q[..matrix.n_cols() * l], l);
            assert_eq!(direct.transpose_times(&y, l), x.transpose_times(&y, l));
        }
        assert_eq!(
            subspace_top2(&direct, None, Iterations::Converge, 3),
            subspace_top2(&x, None, Iterations::Converge, 3)
        );
    }

    #[test]
    fn components_are_unit_and_orthogonal_and_signs_fixed() {
        let matrix = random_matrix(120, 30, 11);
        let out = vec![false; matrix.n_cols()];
        let pca = pca(&matrix, &out, column_means(&matrix, &out), None, Iterations::Converge, 0);
        assert!((dot(&pca.comps[0], &pca.comps[0]) - 1.0).abs() < 1e-12);
        assert!(dot(&pca.comps[0], &pca.comps[1]).abs() < 1e-12);
        for comp in &pca.comps {
            let largest = comp.iter().copied().fold(0.0f64, |b, v| if v.abs() > b.abs() { v } else { b });
            assert!(largest > 0.0);
        }
    }

    #[test]
    fn moderated_out_columns_do_not_load() {
        let matrix = random_matrix(60, 12, 5);
        let mut out = vec![false; matrix.n_cols()];
        out[3] = true;
        let pca = pca(&matrix, &out, column_means(&matrix, &out), None, Iterations::Converge, 0);
        assert_eq!(pca.center[3], 0.0);
        assert_eq!(pca.comps[0][3], 0.0);
        assert_eq!(pca.comps[1][3], 0.0);
    }
}
