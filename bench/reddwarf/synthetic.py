#!/usr/bin/env python3
"""Run red-dwarf 0.4.0 on a synthetic vote matrix with 3 latent opinion groups.

Usage:
    synthetic.py --participants P --statements S --votes V [--seed N] [--repeat R]
                 [--max-rss-gb G] [--timeout-s T] [--threads N]

Votes: every participant belongs to one of 3 latent groups (equal shares); every
(group, statement) has a latent opinion mu ~ N(0, 1); a vote is pass (0) with
probability 0.15, otherwise agree (+1) with probability sigmoid(2*mu) else disagree
(-1). V distinct (participant, statement) cells are drawn uniformly at random
(so every participant has ~V/P votes). Input is the documented list of dicts
{participant_id, statement_id, vote, modified}.

Only the run_pipeline call is timed (vote generation is not). Prints one JSON
document on stdout with the time, the peak RSS of this process (getrusage
ru_maxrss; includes the input list of dicts), the k found and the ARI of
red-dwarf's groups against the latent groups. A watchdog thread ends the process,
after printing the JSON with an "error" (and the Python stacks on stderr), if RSS
passes --max-rss-gb (exit 3) or the run passes --timeout-s (exit 4), so a run that
would exhaust the machine fails cleanly instead.
"""

import argparse
import contextlib
import faulthandler
import gc
import linecache
import json
import os
import platform
import resource
import sys
import threading
import time
import warnings


def rss_bytes():
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def peak_rss_bytes():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB


PIPELINE_FILE = os.path.join("reddwarf", "implementations", "base.py")


def sample_pipeline_step(main_ident, samples, dt):
    """Attribute dt seconds to the line of reddwarf's base.run_pipeline the main thread is in."""
    frame = sys._current_frames().get(main_ident)
    while frame is not None:
        code = frame.f_code
        if code.co_filename.endswith(PIPELINE_FILE) and code.co_name == "run_pipeline":
            line = linecache.getline(code.co_filename, frame.f_lineno).strip()
            key = f"base.py:{frame.f_lineno} {line[:70]}"
            samples[key] = samples.get(key, 0.0) + dt
            return
        frame = frame.f_back


def start_watchdog(limit_bytes, timeout_s, doc, samples):
    t_start = time.perf_counter()
    main_ident = threading.main_thread().ident

    def watch():
        last = time.perf_counter()
        while True:
            now = time.perf_counter()
            if doc.get("stage", "").startswith("run_pipeline"):
                sample_pipeline_step(main_ident, samples, now - last)
            last = now
            r = rss_bytes()
            over_time = timeout_s and time.perf_counter() - t_start > timeout_s
            if r > limit_bytes or over_time:
                if r > limit_bytes:
                    doc["error"] = (f"RSS {r / 2**30:.2f} GiB passed --max-rss-gb "
                                    f"{limit_bytes / 2**30:.2f} GiB; aborted by watchdog during '{doc.get('stage')}'")
                else:
                    doc["error"] = (f"--timeout-s {timeout_s} passed; aborted by watchdog during "
                                    f"'{doc.get('stage')}' (Python stack of all threads on stderr)")
                faulthandler.dump_traceback(file=sys.__stderr__, all_threads=True)
                t0 = doc.pop("_stage_t0", None)
                if t0 is not None:
                    doc["elapsed_in_stage_s"] = round(time.perf_counter() - t0, 3)
                doc["peak_rss_gib"] = round(max(peak_rss_bytes(), r) / 2**30, 3)
                doc["pipeline_step_seconds_sampled"] = {k: round(v, 2) for k, v in samples.items()}
                out = sys.__stdout__  # not sys.stdout: it is redirected to stderr during run_pipeline
                out.write(json.dumps(dict(doc), indent=1) + "\n")
                out.flush()
                os._exit(3 if r > limit_bytes else 4)
            time.sleep(0.1)

    t = threading.Thread(target=watch, daemon=True)
    t.start()


def make_votes(P, S, V, seed):
    import numpy as np

    if V > P * S:
        raise SystemExit(f"--votes {V} exceeds participants*statements {P * S}")
    rng = np.random.default_rng(seed)
    group = rng.integers(0, 3, size=P)
    mu = rng.normal(0.0, 1.0, size=(3, S))
    # V distinct cells: oversample with replacement, dedupe, shuffle, cut.
    cells = np.empty(0, dtype=np.int64)
    while cells.size < V:
        need = V - cells.size
        extra = rng.integers(0, P * S, size=int(need * 1.2) + 1000, dtype=np.int64)
        cells = np.unique(np.concatenate([cells, extra]))
    cells = rng.permutation(cells)[:V]
    pid = cells // S
    sid = cells % S
    p_agree = 1.0 / (1.0 + np.exp(-2.0 * mu[group[pid], sid]))
    u = rng.random(V)
    is_pass = rng.random(V) < 0.15
    vote = np.where(is_pass, 0, np.where(u < p_agree, 1, -1)).astype(np.int64)
    ts = 1_700_000_000_000 + np.arange(V, dtype=np.int64)
    votes = [
        {"participant_id": p, "statement_id": s, "vote": v, "modified": t}
        for p, s, v, t in zip(pid.tolist(), sid.tolist(), vote.tolist(), ts.tolist())
    ]
    return votes, group


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--participants", type=int, required=True)
    ap.add_argument("--statements", type=int, required=True)
    ap.add_argument("--votes", type=int, required=True)
    ap.add_argument("--seed", type=int, default=42, help="data seed and random_state (default 42)")
    ap.add_argument("--repeat", type=int, default=1, help="timed run_pipeline calls (default 1)")
    ap.add_argument("--max-rss-gb", type=float, default=20.0,
                    help="abort (exit 3) if the process RSS passes this many GiB (default 20)")
    ap.add_argument("--timeout-s", type=float, default=None,
                    help="abort (exit 4) after this many seconds in total, printing a JSON error (default: none)")
    ap.add_argument("--threads", type=int, default=None,
                    help="limit BLAS/OpenMP threads via threadpoolctl (default: library default)")
    a = ap.parse_args(argv)

    doc = {
        "peer": "red-dwarf",
        "python": platform.python_version(),
        "participants": a.participants,
        "statements": a.statements,
        "votes": a.votes,
        "seed": a.seed,
        "dense_matrix_gib_float64": round(a.participants * a.statements * 8 / 2**30, 3),
        "stage": "import",
    }
    samples = {}
    start_watchdog(int(a.max_rss_gb * 2**30), a.timeout_s, doc, samples)

    import importlib.metadata as md
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from reddwarf.implementations.polis import run_pipeline
    doc["version"] = md.version("red-dwarf")
    from sklearn.metrics import adjusted_rand_score

    if a.threads:
        from threadpoolctl import threadpool_limits
        threadpool_limits(limits=a.threads)  # stays in force for the whole process
    from threadpoolctl import threadpool_info
    doc["blas_threads"] = sorted({i.get("num_threads") for i in threadpool_info()} - {None})
    doc["loadavg_1m_before"] = round(os.getloadavg()[0], 2)

    doc["stage"] = "generate"
    t0 = time.perf_counter()
    votes, latent = make_votes(a.participants, a.statements, a.votes, a.seed)
    doc["generate_s"] = round(time.perf_counter() - t0, 3)
    gc.collect()
    doc["rss_before_pipeline_gib"] = round(rss_bytes() / 2**30, 3)

    times = []
    for i in range(a.repeat):
        result = None
        gc.collect()
        doc["stage"] = f"run_pipeline #{i + 1}"
        doc["_stage_t0"] = time.perf_counter()
        with contextlib.redirect_stdout(sys.stderr):
            t0 = time.perf_counter()
            result = run_pipeline(votes=votes, random_state=a.seed)
            times.append(time.perf_counter() - t0)
    doc.pop("_stage_t0", None)
    doc["stage"] = "done"

    pdf = result.participants_df
    clustered = pdf[pdf["to_cluster"] & pdf["cluster_id"].notna()]
    labels = clustered["cluster_id"].astype(int).to_numpy()
    doc.update({
        "seconds": [round(t, 3) for t in times],
        "seconds_median": round(sorted(times)[len(times) // 2], 3),
        "seconds_min": round(min(times), 3),
        "peak_rss_gib": round(peak_rss_bytes() / 2**30, 3),
        "loadavg_1m_after": round(os.getloadavg()[0], 2),
        "matrix_shape": list(result.raw_vote_matrix.shape),
        "clustered": int(len(labels)),
        "k": int(len(set(labels.tolist()))),
        "ari_vs_latent": round(float(adjusted_rand_score(latent[clustered.index.to_numpy()], labels)), 4),
        # wall time per line of reddwarf/implementations/base.py run_pipeline, summed over
        # all repeats, sampled every ~0.1 s by the watchdog thread (a rough breakdown)
        "pipeline_step_seconds_sampled": {k: round(v, 2) for k, v in
                                          sorted(samples.items(), key=lambda kv: -kv[1])},
    })
    sys.stdout.write(json.dumps(doc, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
