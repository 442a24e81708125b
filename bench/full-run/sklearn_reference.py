"""The reference pipeline most teams would write: TF-IDF + sparse product + top-k.

Usage: python3 sklearn_reference.py <texts.json>, where the file holds
{"topK": 50, "participants": [{"country": "FR", "text": "..."}, ...]}.
Prints one JSON line with the timings (vectorising, product, top-k; reading the file is not
timed) and the peak RSS of this process.
"""

import json
import resource
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


def top_k_per_row(similarity, k):
    """Best k columns of each CSR row, best first (argpartition, then sort the k)."""
    lists = []
    for row in range(similarity.shape[0]):
        start, end = similarity.indptr[row], similarity.indptr[row + 1]
        scores = similarity.data[start:end]
        if scores.size > k:
            best = np.argpartition(-scores, k - 1)[:k]
        else:
            best = np.arange(scores.size)
        best = best[np.argsort(-scores[best], kind="stable")]
        lists.append(similarity.indices[start:end][best])
    return lists


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        payload = json.load(file)
    texts = [participant["text"] for participant in payload["participants"]]
    countries = np.array([participant["country"] for participant in payload["participants"]])
    k = payload["topK"]

    started = time.perf_counter()
    cpu_started = time.process_time()
    # Default settings: rows are L2-normalised, so a dot product is a cosine.
    matrix = TfidfVectorizer().fit_transform(texts)
    vectorised = time.perf_counter()
    french = matrix[np.flatnonzero(countries == "FR")]
    moroccan = matrix[np.flatnonzero(countries == "MA")]
    french_to_moroccan = (french @ moroccan.T).tocsr()
    # The reverse lists: the transpose of the same product (cheaper than a second product).
    moroccan_to_french = french_to_moroccan.T.tocsr()
    multiplied = time.perf_counter()
    lists = top_k_per_row(french_to_moroccan, k) + top_k_per_row(moroccan_to_french, k)
    ranked = time.perf_counter()
    cpu_used = time.process_time() - cpu_started

    print(
        json.dumps(
            {
                "participants": len(texts),
                "vocabulary": matrix.shape[1],
                "productNonZeros": int(french_to_moroccan.nnz),
                "lists": len(lists),
                "suggestions": int(sum(len(found) for found in lists)),
                "vectoriseMs": (vectorised - started) * 1000,
                "productMs": (multiplied - vectorised) * 1000,
                "topKMs": (ranked - multiplied) * 1000,
                "totalMs": (ranked - started) * 1000,
                # CPU time of all threads: near totalMs unless something else took the cores.
                "cpuMs": cpu_used * 1000,
                # Linux reports ru_maxrss in KiB.
                "maxRssKiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            }
        )
    )


if __name__ == "__main__":
    main()
