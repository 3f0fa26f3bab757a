#!/usr/bin/python3
"""The Python pipeline `fenlei classify` is measured against: jieba (precise mode) + scikit-learn TF-IDF (word
1-2 grams, as ../shared/peers/peers.py) + LinearSVC.

  python_folder.py train TSV MODEL.pkl [--cnews]   train on label/text rows, pickle vectorizer + model
  python_folder.py classify MODEL.pkl DIR OUT.jsonl classify every file under DIR (sorted walk), one JSON line each

Batches of 2,048 documents are vectorised and predicted at once, as fenlei does; the record carries the best label
and its decision value.
"""
import json
import os
import pickle
import sys

import jieba
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

jieba.setLogLevel(60)


def seg(text):
    return ' '.join(jieba.lcut(text))


def train(tsv, out, cnews):
    texts, labels = [], []
    with open(tsv, encoding='utf-8') as f:
        for i, line in enumerate(f):
            parts = line.rstrip('\n').split('\t')
            if cnews:  # label<TAB>text, rows i%5!=4 train
                if i % 5 == 4:
                    continue
                label, text = parts[0], parts[1]
            else:  # text<TAB>label
                text, label = parts[0], parts[1]
            texts.append(seg(text))
            labels.append(label)
    vec = TfidfVectorizer(ngram_range=(1, 2), token_pattern=r'(?u)\S+', sublinear_tf=True)
    model = LinearSVC().fit(vec.fit_transform(texts), labels)
    with open(out, 'wb') as f:
        pickle.dump((vec, model), f)


def walk(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.startswith('.'):
                yield os.path.join(dirpath, name)


def classify(model_path, root, out_path):
    with open(model_path, 'rb') as f:
        vec, model = pickle.load(f)
    n = 0
    with open(out_path, 'w', encoding='utf-8') as out:
        batch = []

        def flush():
            x = vec.transform([seg(t) for _, t in batch])
            scores = model.decision_function(x)
            best = scores.argmax(axis=1)
            for (p, _), b, s in zip(batch, best, scores):
                out.write(json.dumps({'path': p, 'line': None, 'labels': [
                    {'label': str(model.classes_[b]), 'score': round(float(s[b]), 6)}]}, ensure_ascii=False) + '\n')
            batch.clear()

        for p in walk(root):
            with open(p, encoding='utf-8') as f:
                batch.append((p, f.read().strip()))
            n += 1
            if len(batch) == 2048:
                flush()
        if batch:
            flush()
    print('classified %d documents' % n, file=sys.stderr)


if __name__ == '__main__':
    if sys.argv[1] == 'train':
        train(sys.argv[2], sys.argv[3], '--cnews' in sys.argv)
    else:
        classify(sys.argv[2], sys.argv[3], sys.argv[4])
