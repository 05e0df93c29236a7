#!/usr/bin/env python3
"""Render run.py's JSON (file argument or stdin) as a Markdown table."""
import json
import sys

d = json.load(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
print(f"red-dwarf {d['version']}, Python {d['python']}, repeat {d['repeat']}, seed {d['seed']}, "
      f"BLAS threads {d.get('blas_threads')}, keep_polis_in_conv {d['keep_polis_in_conv']}, "
      f"load {d.get('loadavg_1m_before')}→{d.get('loadavg_1m_after')}\n")
print("| dataset | participants | statements | votes | mod-out | median s | min s | k (Polis k) | clustered | ARI vs Polis |")
print("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|")
for x in d["datasets"]:
    if "seconds_median" not in x:
        print(f"| {x['name']} | {x.get('skipped') or 'ERROR: ' + str(x.get('error'))} |||||||||")
        continue
    ari = x.get("ari_vs_polis")
    print(f"| {x['name']} | {x['participants']:,} | {x['statements']:,} | {x['votes']:,} | {x['mod_out']} | "
          f"{x['seconds_median']:.3f} | {x['seconds_min']:.3f} | {x['k']} ({x['polis_k']}) | {x['clustered']:,} | "
          f"{'' if ari is None else f'{ari:.2f}'} |")
