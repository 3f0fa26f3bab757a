"""scikit-learn's metrics on predictions written by ScikitLearnAgreementTest: one "name value" line each."""
import json
import sys

import numpy as np
from scipy import stats
from sklearn import metrics

task, path = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    data = json.load(f)


def out(name, value):
    print(name, repr(float(value)))


if task == "mcnemar":
    for b, c in data["pairs"]:
        p = 1.0 if b + c == 0 else stats.binomtest(min(b, c), b + c, 0.5).pvalue
        out(f"mcnemar_{b}_{c}", p)
    sys.exit(0)

labels = data["labels"]
n_labels = len(labels)
gold, predicted = data["gold"], data["predicted"]

if task in ("multiclass", "binary"):
    NONE = n_labels  # a document given no label
    y_true = np.array([g[0] for g in gold])
    y_pred = np.array([p[0] if p else NONE for p in predicted])
    present = sorted(set(y_true) | set(y_pred) - {NONE})
    real = list(range(n_labels))
    out("accuracy", metrics.accuracy_score(y_true, y_pred))
    p, r, f, _ = metrics.precision_recall_fscore_support(y_true, y_pred, labels=present, average="macro",
                                                         zero_division=0)
    out("macro_precision", p)
    out("macro_recall", r)
    out("macro_f1", f)
    out("micro_f1", metrics.f1_score(y_true, y_pred, labels=real, average="micro", zero_division=0))
    out("weighted_f1", metrics.f1_score(y_true, y_pred, labels=present, average="weighted", zero_division=0))
    out("cohen_kappa", metrics.cohen_kappa_score(y_true, y_pred))
    out("hamming_loss", metrics.hamming_loss(y_true, y_pred))
    p, r, f, s = metrics.precision_recall_fscore_support(y_true, y_pred, labels=real, average=None, zero_division=0)
    predicted_count = [(y_pred == i).sum() for i in real]
    for i in real:
        if predicted_count[i] > 0:
            out(f"precision_{i}", p[i])
        if s[i] > 0:
            out(f"recall_{i}", r[i])
        out(f"f1_{i}", f[i])
        out(f"support_{i}", s[i])
    cm = metrics.confusion_matrix(y_true, y_pred, labels=real + [NONE])
    for g in real:
        for q in range(n_labels + 1):
            out(f"confusion_{g}_{q}", cm[g][q])
    scores = np.array(data["scores"])
    if task == "multiclass":
        for k in (2, 3):
            out(f"top_{k}_accuracy", metrics.top_k_accuracy_score(y_true, scores, k=k, labels=real))
    else:
        positive = labels.index("positive")
        truth = (y_true == positive).astype(int)
        out("roc_auc", metrics.roc_auc_score(truth, scores[:, positive]))
        out("average_precision", metrics.average_precision_score(truth, scores[:, positive]))

if task == "multilabel":
    Y = np.zeros((len(gold), n_labels), dtype=int)
    P = np.zeros((len(gold), n_labels), dtype=int)
    for d, (g, p) in enumerate(zip(gold, predicted)):
        Y[d, g] = 1
        P[d, p] = 1
    present = [i for i in range(n_labels) if Y[:, i].any() or P[:, i].any()]
    out("accuracy", metrics.accuracy_score(Y, P))
    out("hamming_loss", metrics.hamming_loss(Y, P))
    for avg in ("micro", "samples"):
        p, r, f, _ = metrics.precision_recall_fscore_support(Y, P, average=avg, zero_division=0)
        out(f"{avg}_precision", p)
        out(f"{avg}_recall", r)
        out(f"{avg}_f1", f)
    p, r, f, _ = metrics.precision_recall_fscore_support(Y, P, labels=present, average="macro", zero_division=0)
    out("macro_precision", p)
    out("macro_recall", r)
    out("macro_f1", f)
    out("weighted_f1", metrics.f1_score(Y, P, labels=present, average="weighted", zero_division=0))
    p, r, f, s = metrics.precision_recall_fscore_support(Y, P, average=None, zero_division=0)
    for i in range(n_labels):
        if P[:, i].any():
            out(f"precision_{i}", p[i])
        if s[i] > 0:
            out(f"recall_{i}", r[i])
        if P[:, i].any() or s[i] > 0:
            out(f"f1_{i}", f[i])
        out(f"support_{i}", s[i])
    out("gold_cardinality", Y.sum(axis=1).mean())
    out("predicted_cardinality", P.sum(axis=1).mean())
