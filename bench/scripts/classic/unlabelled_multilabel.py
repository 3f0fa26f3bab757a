#!/usr/bin/python3
"""Multi-label data where most documents have no label: fenlei against scikit-learn on the same rows.

The set: duee's event-labelled news sentences (standard split of ../shared/corpora/README.md) mixed with twice as
many chnsenticorp review sentences, which carry none of duee's event labels (train: the first 2 x 11,958 sentences
of chnsenticorp's train.tsv; test: the first 2 x 1,498 of its dev.tsv; reviews split at 。！？!?; and line ends,
sentences of 5 characters or more), shuffled with a fixed seed and written as fastText lines (an unlabelled
sentence is a line without __label__). So two documents in three have no label.

Systems, each trained on the mixed train split and scored on the mixed test split:
  fenlei svm (defaults; multi-label is detected: 9% of duee's documents have two or more labels),
  fenlei svm trained on the labelled rows only (what the unlabelled rows buy),
  fenlei fasttext (defaults: loss ova) and with the peers' settings (epoch 25, lr 0.5, wordNgrams 2),
  scikit-learn OneVsRestClassifier(LinearSVC(C=1)) over TF-IDF word 1-2 grams (sublinear tf) of Python-jieba
  segmented text, exactly as ../shared/peers/peers.py, with MultiLabelBinarizer rows of zeros for unlabelled rows,
  the fastText CLI with -loss ova and the peers' settings (it skips lines without a label).
fenlei's figures are its own `fenlei eval --json` (checked against scikit-learn's metrics in ScikitLearnAgreementTest);
the Python systems are scored by scikit-learn's f1_score / accuracy_score over MultiLabelBinarizer(gold + predicted),
as peers.py scores them. Prints one JSON line per system.

Usage (from the repository root): /usr/bin/python3 bench/scripts/classic/unlabelled_multilabel.py [--keep DIR]
Needs /usr/bin/python3 with python3-sklearn and python3-jieba, the fasttext CLI (optional: skipped when absent),
and ../shared/corpora (CORPORA=DIR)."""
import json, os, random, re, shutil, subprocess, sys, tempfile, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CORPORA = os.environ.get("CORPORA", os.path.join(ROOT, "..", "shared", "corpora"))
sys.path.insert(0, os.path.join(CORPORA, "..", "peers"))
import peers  # noqa: E402  the peers' loading and jieba segmentation
FENLEI = os.path.join(ROOT, "fenlei")
UNLABELLED_PER_LABELLED = 2
SEED = 1


def sentences(path, n):
    """The first n sentences (5+ characters) of chnsenticorp reviews, in file order."""
    out = []
    for row in peers.lines(path):
        if "\t" not in row:
            continue
        text, label = row.rsplit("\t", 1)
        if label not in ("positive", "negative", "0", "1"):
            continue
        for s in re.split(r"[。！？!?；;]+", text):
            s = " ".join(s.split())
            if len(s) >= 5:
                out.append(s)
                if len(out) == n:
                    return out
    raise SystemExit(f"only {len(out)} sentences in {path}, {n} wanted")


def mixed():
    """(train, test): rows (text, [labels]), duee's and unlabelled review sentences, shuffled."""
    duee_train, duee_test, _ = peers.load("duee")
    senti = os.path.join(CORPORA, "chnsenticorp_ernie")
    train = duee_train + [(s, []) for s in sentences(f"{senti}/train.tsv", UNLABELLED_PER_LABELLED * len(duee_train))]
    test = duee_test + [(s, []) for s in sentences(f"{senti}/dev.tsv", UNLABELLED_PER_LABELLED * len(duee_test))]
    rng = random.Random(SEED)
    rng.shuffle(train)
    rng.shuffle(test)
    return train, test


def write(rows, path):
    with open(path, "w", encoding="utf-8") as f:
        for text, labels in rows:
            f.write("".join("__label__" + l + " " for l in labels) + text + "\n")


def scores(gold, pred):
    """micro-F1, macro-F1, subset accuracy and how many unlabelled documents were rightly given none."""
    m = peers.metrics(gold, pred, True)
    m["unlabelled_given_none"] = sum(1 for g, p in zip(gold, pred) if not g and not p)
    m["unlabelled"] = sum(1 for g in gold if not g)
    return m


def fenlei(name, train, test, model, *settings):
    d = os.path.dirname(train)
    m = os.path.join(d, name + ".fenlei")
    args = [FENLEI, "train", "--train", train, "--format", "fasttext", "--model", model, "--threads", "2",
            "--out", m]
    for s in settings:
        args += ["--set", s]
    t0 = time.time()
    trained = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    train_s = time.time() - t0
    out = subprocess.run([FENLEI, "eval", "--model", m, "--test", test, "--format", "fasttext", "--threads", "2",
                          "--json", "--bootstrap", "0"], check=True, capture_output=True, text=True).stdout
    e = json.loads(out)
    metrics = e["metrics"]
    return dict(micro_f1=round(e["micro_f1"], 4), macro_f1=round(e["macro_f1"], 4),
                subset_acc=round(e["subset_accuracy"], 4), hamming_loss=round(e["hamming_loss"], 5),
                unlabelled_given_none=int(metrics["documents_without_gold_label_given_none"]),
                unlabelled=int(metrics["documents_without_gold_label"]),
                train_s=round(train_s, 1), trained=trained.splitlines()[0])


def sklearn_svc(train, test):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.preprocessing import MultiLabelBinarizer
    from sklearn.svm import LinearSVC
    t0 = time.time()
    trs, tes = peers.seg(train), peers.seg(test)
    vec = TfidfVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False, ngram_range=(1, 2),
                          sublinear_tf=True)
    x = vec.fit_transform([t for t, _ in trs])
    mlb = MultiLabelBinarizer()
    y = mlb.fit_transform([ls for _, ls in trs])  # an unlabelled row is a row of zeros
    clf = OneVsRestClassifier(LinearSVC(C=1.0)).fit(x, y)
    train_s = time.time() - t0
    p = clf.predict(vec.transform([t for t, _ in tes]))
    pred = [list(mlb.classes_[r.nonzero()[0]]) for r in p]
    return dict(scores([ls for _, ls in test], pred), train_s=round(train_s, 1), features=x.shape[1])


def fasttext_cli(train, test, d):
    if shutil.which("fasttext") is None:
        return None
    trs, tes = peers.seg(train), peers.seg(test)
    write(trs, f"{d}/ft-train.txt")
    with open(f"{d}/ft-test.txt", "w", encoding="utf-8") as f:
        for t, _ in tes:
            f.write(t + "\n")
    t0 = time.time()
    subprocess.run(["fasttext", "supervised", "-input", f"{d}/ft-train.txt", "-output", f"{d}/ft", "-thread", "2",
                    "-verbose", "0", "-epoch", "25", "-lr", "0.5", "-wordNgrams", "2", "-dim", "100", "-minCount",
                    "1", "-loss", "ova"], check=True)
    train_s = time.time() - t0
    res = subprocess.run(["fasttext", "predict", f"{d}/ft.bin", f"{d}/ft-test.txt", "-1", "0.5"], check=True,
                         capture_output=True, text=True).stdout.splitlines()
    pred = [[w[len("__label__"):] for w in line.split()] for line in res]
    os.remove(f"{d}/ft.bin")
    return dict(scores([ls for _, ls in test], pred), train_s=round(train_s, 1))


def main():
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    d = keep or tempfile.mkdtemp()
    os.makedirs(d, exist_ok=True)
    train, test = mixed()
    write(train, f"{d}/mixed-train.txt")
    write(test, f"{d}/mixed-test.txt")
    write([r for r in train if r[1]], f"{d}/labelled-train.txt")
    sizes = dict(train=len(train), train_unlabelled=sum(1 for _, ls in train if not ls), test=len(test),
                 test_unlabelled=sum(1 for _, ls in test if not ls))

    def out(system, r):
        if r is not None:
            print(json.dumps(dict(system=system, **sizes, **r), ensure_ascii=False), flush=True)

    out("fenlei svm (defaults)", fenlei("svm", f"{d}/mixed-train.txt", f"{d}/mixed-test.txt", "svm"))
    out("fenlei svm, trained on the labelled rows only",
        fenlei("svm-labelled", f"{d}/labelled-train.txt", f"{d}/mixed-test.txt", "svm"))
    out("sklearn OneVsRest LinearSVC", sklearn_svc(train, test))
    out("fenlei fasttext (defaults: ova)", fenlei("ft", f"{d}/mixed-train.txt", f"{d}/mixed-test.txt", "fasttext"))
    out("fenlei fasttext ova (epoch 25, lr 0.5, wordNgrams 2)",
        fenlei("ft-peers", f"{d}/mixed-train.txt", f"{d}/mixed-test.txt", "fasttext", "epoch=25", "lr=0.5",
               "wordNgrams=2"))
    out("fastText CLI ova (epoch 25, lr 0.5, wordNgrams 2)", fasttext_cli(train, test, d))
    if keep is None:
        shutil.rmtree(d)


if __name__ == "__main__":
    main()
