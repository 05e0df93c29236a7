#!/usr/bin/env python3
"""Benchmark peer: run red-dwarf 0.4.0 (Polis math in Python) on Polis openData folders.

Usage:
    run.py [--repeat N] [--seed 42] [--keep-polis-in-conv] [--threads N] DIR...

Each DIR is a compdemocracy/openData conversation folder with comments.csv and
votes.csv and/or participants-votes.csv. Run it with the venv made by setup.sh.

Only the `reddwarf.implementations.polis.run_pipeline` call is timed (CSV loading and
result extraction are not). Prints ONE JSON document on stdout; progress and
warnings go to stderr. A failure in one dataset becomes {"name": ..., "error": ...}.

Input conventions (openData exports, see shared reference consensus-math.md section 3.3):
  * sign: agree = +1, disagree = -1, pass = 0 (the same as red-dwarf expects);
  * votes.csv is an event log with re-votes: the latest vote per (voter, comment)
    by timestamp is kept;
  * without votes.csv, votes are the non-empty cells of participants-votes.csv
    (columns after participant, [xid], group-id, n-comments, n-votes, n-agree,
    n-disagree are comment ids);
  * mod-out = comments with moderated == -1, plus comments with is-meta true
    (is-meta ids are passed as meta_statement_ids too).
"""

import argparse
import contextlib
import csv
import gc
import json
import os
import platform
import statistics
import sys
import time
import traceback
import warnings

FIXED_PV_COLUMNS = {"participant", "xid", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"}


def _truthy(s):
    return str(s).strip().lower() in ("true", "t", "1", "yes")


def load_comments(path):
    """Return (n_comments, mod_out_ids, meta_ids) from comments.csv."""
    mod_out, meta = set(), set()
    n = 0
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        has_meta = "is-meta" in (r.fieldnames or [])
        for row in r:
            n += 1
            cid = int(row["comment-id"])
            mod = (row.get("moderated") or "").strip()
            if mod and int(float(mod)) == -1:
                mod_out.add(cid)
            if has_meta and _truthy(row.get("is-meta", "")):
                meta.add(cid)
                mod_out.add(cid)
    return n, sorted(mod_out), sorted(meta)


def load_votes_csv(path):
    """Latest vote per (voter-id, comment-id) by timestamp from the votes.csv event log."""
    latest = {}  # (pid, sid) -> (timestamp, row_index, vote)
    n_events = 0
    with open(path, newline="", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            n_events += 1
            key = (int(row["voter-id"]), int(row["comment-id"]))
            ts = int(float(row["timestamp"]))
            vote = int(float(row["vote"]))
            prev = latest.get(key)
            # ties on timestamp: the later row in the file wins
            if prev is None or (ts, i) >= (prev[0], prev[1]):
                latest[key] = (ts, i, vote)
    votes = [
        {"participant_id": pid, "statement_id": sid, "vote": v, "modified": ts}
        for (pid, sid), (ts, _i, v) in latest.items()
    ]
    return votes, n_events


def load_participants_votes(path):
    """Return (votes from the matrix cells or None, {pid: polis group-id} for grouped participants)."""
    votes = []
    polis_groups = {}
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        idx_pid = header.index("participant")
        idx_gid = header.index("group-id") if "group-id" in header else None
        comment_cols = [(j, int(h)) for j, h in enumerate(header) if h not in FIXED_PV_COLUMNS]
        for row in r:
            if not row:
                continue
            pid = int(row[idx_pid])
            if idx_gid is not None and row[idx_gid].strip() != "":
                polis_groups[pid] = int(float(row[idx_gid]))
            for j, sid in comment_cols:
                cell = row[j].strip() if j < len(row) else ""
                if cell != "":
                    votes.append({"participant_id": pid, "statement_id": sid,
                                  "vote": int(float(cell)), "modified": 0})
    return votes, polis_groups


def read_summary_groups(path):
    """Polis's k from summary.csv (a two-column key,value file), or None."""
    try:
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.reader(f):
                if len(row) >= 2 and row[0].strip() == "groups":
                    return int(float(row[1]))
    except (OSError, ValueError):
        pass
    return None


def run_dataset(d, repeat, seed, keep_polis_in_conv, run_pipeline):
    name = os.path.basename(os.path.normpath(d))
    if not os.path.isdir(d):
        return {"name": name, "error": f"not a directory: {d}"}
    votes_path = os.path.join(d, "votes.csv")
    pv_path = os.path.join(d, "participants-votes.csv")
    comments_path = os.path.join(d, "comments.csv")
    if not os.path.exists(votes_path) and not os.path.exists(pv_path):
        return {"name": name, "skipped": "no votes.csv and no participants-votes.csv (only %s)"
                % ", ".join(sorted(os.listdir(d)))}

    # ---- load (not timed) ----
    n_comments, mod_out, meta = (None, [], [])
    if os.path.exists(comments_path):
        n_comments, mod_out, meta = load_comments(comments_path)
    polis_groups = {}
    n_events = None
    if os.path.exists(votes_path):
        votes, n_events = load_votes_csv(votes_path)
        source = "votes.csv"
        if os.path.exists(pv_path):
            _, polis_groups = load_participants_votes(pv_path)
    else:
        votes, polis_groups = load_participants_votes(pv_path)
        source = "participants-votes.csv"
    if not votes:
        return {"name": name, "error": "no votes found"}

    participants = len({v["participant_id"] for v in votes})
    statements = len({v["statement_id"] for v in votes})

    kwargs = dict(
        votes=votes,
        mod_out_statement_ids=mod_out,
        meta_statement_ids=meta,
        random_state=seed,
    )
    if keep_polis_in_conv:
        kwargs["keep_participant_ids"] = sorted(polis_groups)

    # ---- timed runs ----
    times, results_groups = [], []
    result = None
    for _ in range(repeat):
        result = None
        gc.collect()
        with contextlib.redirect_stdout(sys.stderr):
            t0 = time.perf_counter()
            result = run_pipeline(**kwargs)
            t1 = time.perf_counter()
        times.append(t1 - t0)
        pdf = result.participants_df
        clustered = pdf[pdf["to_cluster"] & pdf["cluster_id"].notna()]
        results_groups.append({str(int(pid)): int(cid) for pid, cid in clustered["cluster_id"].items()})

    groups = results_groups[0]
    k = len(set(groups.values()))
    out = {
        "name": name,
        "source": source,
        "participants": participants,
        "statements": statements,
        "votes": len(votes),
        "comments": n_comments,
        "mod_out": len(mod_out),
        "meta": len(meta),
        "vote_events": n_events,
        "repeat": repeat,
        "seconds_median": statistics.median(times),
        "seconds_min": min(times),
        "seconds_all": times,
        "k": k,
        "clustered": len(groups),
        "deterministic_across_repeats": all(g == groups for g in results_groups[1:]),
        "polis_k": read_summary_groups(os.path.join(d, "summary.csv")),
    }
    # Agreement with Polis's exported group-id (over participants clustered by both); not timed.
    common = [p for p in groups if int(p) in polis_groups]
    if len(common) >= 2:
        try:
            from sklearn.metrics import adjusted_rand_score
            out["ari_vs_polis"] = float(adjusted_rand_score(
                [polis_groups[int(p)] for p in common], [groups[p] for p in common]))
            out["ari_common_participants"] = len(common)
        except Exception as e:  # noqa: BLE001 - optional extra, never fatal
            out["ari_vs_polis_error"] = repr(e)
    out["groups"] = groups
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed run_pipeline calls per dataset (default 3)")
    ap.add_argument("--seed", type=int, default=42, help="random_state passed to run_pipeline (default 42)")
    ap.add_argument("--keep-polis-in-conv", action="store_true",
                    help="pass participants with a Polis group-id as keep_participant_ids")
    ap.add_argument("--threads", type=int, default=None,
                    help="limit BLAS/OpenMP threads via threadpoolctl (default: library default)")
    ap.add_argument("dirs", nargs="+", metavar="DIR", help="openData conversation folder(s)")
    a = ap.parse_args(argv)
    if a.repeat < 1:
        ap.error("--repeat must be >= 1")

    import importlib.metadata as md
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydantic UnsupportedFieldAttributeWarning at import
        try:
            from reddwarf.implementations.polis import run_pipeline
        except ImportError as e:
            print(f"run.py: ERROR: cannot import red-dwarf ({e}); run setup.sh and use its venv python",
                  file=sys.stderr)
            return 2
    try:
        version = md.version("red-dwarf")
    except md.PackageNotFoundError:
        version = None

    if a.threads:
        from threadpoolctl import threadpool_limits
        threadpool_limits(limits=a.threads)  # stays in force for the whole process
    try:
        from threadpoolctl import threadpool_info
        blas_threads = sorted({i.get("num_threads") for i in threadpool_info()} - {None})
    except Exception:  # noqa: BLE001
        blas_threads = None

    load_before = list(os.getloadavg())
    datasets = []
    for d in a.dirs:
        name = os.path.basename(os.path.normpath(d))
        print(f"run.py: {name} ...", file=sys.stderr, flush=True)
        try:
            res = run_dataset(d, a.repeat, a.seed, a.keep_polis_in_conv, run_pipeline)
        except Exception as e:  # noqa: BLE001 - per-dataset failure must not abort the run
            traceback.print_exc(file=sys.stderr)
            res = {"name": name, "error": f"{type(e).__name__}: {e}"}
        if "seconds_median" in res:
            print(f"run.py: {name}: median {res['seconds_median']:.3f}s k={res['k']}", file=sys.stderr, flush=True)
        else:
            print(f"run.py: {name}: {res.get('error') or res.get('skipped')}", file=sys.stderr, flush=True)
        datasets.append(res)

    doc = {
        "peer": "red-dwarf",
        "version": version,
        "python": platform.python_version(),
        "seed": a.seed,
        "repeat": a.repeat,
        "keep_polis_in_conv": a.keep_polis_in_conv,
        "blas_threads": blas_threads,
        "cpus": os.cpu_count(),
        # timings are wall clock; a busy machine inflates them, so the load is recorded
        "loadavg_1m_before": round(load_before[0], 2),
        "loadavg_1m_after": round(os.getloadavg()[0], 2),
        "datasets": datasets,
    }
    json.dump(doc, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
