#!/usr/bin/env python3
"""Segmentation quality figures of BENCHMARKS.md, from `fenlei segment` output and Python jieba 0.42.1.

On the SIGHAN 2005 (icwb2) test sets in ../shared/corpora:
  * PKU word F1 against the gold standard (the bakeoff's score: words as spans over the non-whitespace
    characters), fenlei with the default dictionary and with pku_training_words.utf8 as --user-dict, next to
    Python jieba's jieba.lcut and its load_userdict with the same word list;
  * agreement with Python jieba's precise mode (jieba.lcut) on the MSR and PKU test text: token F1 of fenlei's
    tokens against Python's, and the share of identical lines;
  * search mode (--mode search) against jieba.lcut_for_search: share of identical lines;
  * part-of-speech agreement (--pos) with jieba.posseg.lcut on tokens both cut the same way.

Usage: quality.py [JAR] [CORPORA_DIR]   (defaults cli/target/fenlei.jar, ../shared/corpora; run from the
project root). Needs Python 3 with jieba 0.42.1 (apt package python3-jieba) and Java 17.
"""
import logging
import os
import re
import subprocess
import sys

import jieba
import jieba.posseg as pseg

WS = re.compile(r'(\r\n|\s)')


def fenlei(jar, path, *options):
    out = subprocess.run(['java', '--add-modules', 'jdk.incubator.vector', '-jar', jar, 'segment', *options, path],
                         check=True, capture_output=True).stdout.decode('utf-8')
    return [line.split(' ') if line else [] for line in out.split('\n')[:-1]]


def lines(path):
    with open(path, encoding='utf-8', newline='') as f:
        return [line.rstrip('\r\n') for line in f]


def spans(words):
    out, pos = set(), 0
    for w in words:
        out.add((pos, pos + len(w)))
        pos += len(w)
    return out


def f1(predicted, expected):
    """Precision, recall, F1 of predicted word lists against expected ones, line by line."""
    tp = np = ne = 0
    for p, e in zip(predicted, expected, strict=True):
        ps, es = spans(p), spans(e)
        tp += len(ps & es)
        np += len(ps)
        ne += len(es)
    p, r = tp / np, tp / ne
    return p, r, 2 * p * r / (p + r)


def python_cut(texts, cut):
    return [[w for w in cut(t) if not WS.fullmatch(w)] for t in texts]


def split_tag(token):
    word, _, tag = token.rpartition('/')
    return word, tag


def main():
    jieba.setLogLevel(logging.WARNING)
    jar = sys.argv[1] if len(sys.argv) > 1 else 'cli/target/fenlei.jar'
    icwb2 = os.path.join(sys.argv[2] if len(sys.argv) > 2 else '../shared/corpora', 'icwb2')
    path = {c: os.path.join(icwb2, c + '_test.utf8') for c in ('pku', 'msr')}
    text = {c: lines(p) for c, p in path.items()}
    words = os.path.join(icwb2, 'pku_training_words.utf8')
    gold = [line.split() for line in lines(os.path.join(icwb2, 'pku_test_gold.utf8'))]

    print('PKU word F1 against the gold standard (P / R / F1)')
    ours = {c: fenlei(jar, p) for c, p in path.items()}
    python = {c: python_cut(t, jieba.lcut) for c, t in text.items()}
    print('  fenlei, default dictionary            %.5f / %.5f / %.5f' % f1(ours['pku'], gold))
    print('  Python jieba, default dictionary      %.5f / %.5f / %.5f' % f1(python['pku'], gold))
    user = fenlei(jar, path['pku'], '--user-dict', words)
    print('  fenlei, --user-dict training words    %.5f / %.5f / %.5f' % f1(user, gold))
    search = {c: fenlei(jar, p, '--mode', 'search') for c, p in path.items()}
    pos = {c: fenlei(jar, p, '--pos') for c, p in path.items()}

    print('Agreement with Python jieba precise mode (token P / R / F1, identical lines)')
    for c in ('msr', 'pku'):
        same = sum(a == b for a, b in zip(ours[c], python[c]))
        print('  %s  %.5f / %.5f / %.5f   %d of %d lines' % ((c,) + f1(ours[c], python[c]) + (same, len(text[c]))))

    print('Search mode against jieba.lcut_for_search (identical lines)')
    for c in ('msr', 'pku'):
        theirs = python_cut(text[c], jieba.lcut_for_search)
        same = sum(a == b for a, b in zip(search[c], theirs))
        print('  %s  %d of %d lines (%.3f%%)' % (c, same, len(text[c]), 100.0 * same / len(text[c])))

    print('Part-of-speech agreement with jieba.posseg on tokens both cut the same way')
    for c in ('msr', 'pku'):
        compared = agree = total = 0
        for line, tagged in zip(text[c], pos[c]):
            theirs, at = {}, 0
            for p in pseg.lcut(line):
                theirs[(at, at + len(p.word))] = p.flag
                at += len(p.word)
            at = 0
            for token in tagged:
                word, tag = split_tag(token)
                start = line.index(word, at)
                at = start + len(word)
                total += 1
                flag = theirs.get((start, at))
                if flag is not None:
                    compared += 1
                    agree += flag == tag
        print('  %s  %d of %d tokens cut the same (%.2f%%); tags agree on %d = %.2f%%'
              % (c, compared, total, 100.0 * compared / total, agree, 100.0 * agree / compared))

    jieba.load_userdict(words)
    print('PKU, Python jieba load_userdict(training words): %.5f / %.5f / %.5f'
          % f1(python_cut(text['pku'], jieba.lcut), gold))


if __name__ == '__main__':
    main()
