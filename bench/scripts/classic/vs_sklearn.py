#!/usr/bin/python3
"""Training and prediction time of fenlei's classic models against scikit-learn's on the same split.

For each dataset: scikit-learn segments with Python jieba, fits TfidfVectorizer (word 1-2 grams, sublinear tf)
and MultinomialNB / LinearSVC, then predicts the test split; fenlei runs `fenlei train` and `fenlei eval` (whole
processes: JVM start, segmentation, features, training and saving / loading, prediction; `eval --bootstrap 0`,
no confidence intervals). Both use 2 threads at most
(scikit-learn's LinearSVC and NB are single-threaded). Prints one JSON line per (dataset, system) with seconds and
accuracy, and the fenlei/sklearn time ratios; fenlei is also timed in-process (bench ClassicTiming: the clock
around what scikit-learn's clock is around, cold and warm). Usage (from the repository root, the bench jar built:
mvn -B -q -DskipTests -pl bench -am package):
    bench/scripts/classic/vs_sklearn.py [DATASET...]
Needs /usr/bin/python3 with python3-sklearn and python3-jieba, and ../shared/corpora (CORPORA=DIR)."""
import json, os, subprocess, sys, tempfile, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CORPORA = os.environ.get("CORPORA", os.path.join(ROOT, "..", "shared", "corpora"))
sys.path.insert(0, os.path.join(CORPORA, "..", "peers"))
import peers  # noqa: E402  the peers' own loading of the standard splits
import jieba  # noqa: E402
jieba.setLogLevel(60)


def sklearn_run(name, model):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.naive_bayes import MultinomialNB
    from sklearn.svm import LinearSVC
    tr, te, ml = peers.load(name)
    t0 = time.time()
    trs = peers.seg(tr)
    vec = TfidfVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False, ngram_range=(1, 2), sublinear_tf=True)
    x = vec.fit_transform([t for t, _ in trs])
    clf = (MultinomialNB(alpha=0.1) if model == "nb" else LinearSVC(C=1.0)).fit(x, [ls[0] for _, ls in trs])
    train_s = time.time() - t0
    t1 = time.time()
    tes = peers.seg(te)
    pred = clf.predict(vec.transform([t for t, _ in tes]))
    predict_s = time.time() - t1
    acc = sum(p == ls[0] for p, (_, ls) in zip(pred, te)) / len(te)
    return dict(train_s=round(train_s, 2), predict_s=round(predict_s, 2), accuracy=round(acc, 4), test=len(te))


def fenlei_run(name, model):
    d = tempfile.mkdtemp()
    m = os.path.join(d, "m.fenlei")
    fenlei = os.path.join(ROOT, "fenlei")
    t0 = time.time()
    # calibration=none: scikit-learn's LinearSVC and MultinomialNB are not calibrated either (fenlei's default
    # calibration trains five more models; its cost is in BENCHMARKS.md's core section)
    subprocess.run([fenlei, "train", "--corpus", name, "--data-dir", CORPORA, "--model", model, "--threads", "2",
                    "--set", "calibration=none", "--out", m], check=True, capture_output=True)
    train_s = time.time() - t0
    t1 = time.time()
    out = subprocess.run([fenlei, "eval", "--model", m, "--corpus", name, "--data-dir", CORPORA, "--threads", "2",
                          "--json", "--bootstrap", "0"], check=True, capture_output=True, text=True).stdout
    predict_s = time.time() - t1
    return dict(train_s=round(train_s, 2), predict_s=round(predict_s, 2), accuracy=round(json.loads(out)["accuracy"], 4))


def fenlei_inprocess(name, model):
    """ClassicTiming in the bench jar: in-process times as scikit-learn's are taken, cold (first round, all cores)
    and warm (second round, one thread, as scikit-learn)."""
    jar = os.path.join(ROOT, "bench", "target", "benchmarks.jar")
    out = subprocess.run(["java", "--add-modules", "jdk.incubator.vector", "-cp", jar,
                          "org.fenlei.bench.classic.ClassicTiming", CORPORA, name, model],
                         check=True, capture_output=True, text=True).stdout
    r = json.loads(out)
    return dict(cold=r["round1_threads2"], warm_1_thread=r["round2_threads1"], warm=r["round2_threads2"])


def main():
    subprocess.run([os.path.join(ROOT, "fenlei"), "--version"], check=True, capture_output=True)  # build first
    for name in sys.argv[1:] or ["chnsenticorp", "thucnews_titles", "tnews"]:
        for model in ["nb", "svm"]:
            s = sklearn_run(name, model)
            f = fenlei_run(name, model)
            i = fenlei_inprocess(name, model)
            print(json.dumps(dict(dataset=name, model=model, sklearn=s, fenlei_process=f, fenlei_in_process=i,
                                  process_train_ratio=round(f["train_s"] / s["train_s"], 2),
                                  process_predict_ratio=round(f["predict_s"] / s["predict_s"], 2),
                                  warm_train_ratio=round(i["warm_1_thread"]["train_s"] / s["train_s"], 2),
                                  warm_predict_ratio=round(i["warm_1_thread"]["predict_s"] / s["predict_s"], 2))),
                  flush=True)


if __name__ == "__main__":
    main()
