"""The peer for card parsing: huggingface_hub's own ModelCard, on the same files.

Prints cards per second for ModelCard(text) (front matter split + yaml.safe_load into CardData)
over every *.md file of a folder, on one core, best of 3 rounds. Used by scripts/bench-cards.
"""
import pathlib
import sys
import time

import huggingface_hub
from huggingface_hub import ModelCard


def main() -> None:
    folder = pathlib.Path(sys.argv[1])
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for t in texts:
            card = ModelCard(t)
            _ = card.data.to_dict()
        best = min(best, time.perf_counter() - start)
    print(f"huggingface_hub {huggingface_hub.__version__} ModelCard: {len(texts) / best:,.0f} cards/s ({len(texts)} cards)")


if __name__ == "__main__":
    main()
