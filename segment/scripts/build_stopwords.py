#!/usr/bin/env python3
"""Builds fenlei's default Chinese stopword list, segment/src/main/resources/org/fenlei/segment/stopwords.txt.

The list is the union of three parts, each reproducible from public inputs:

1. Punctuation and symbols: every BMP character of Unicode categories P* and S* in ASCII, Latin-1, General
   Punctuation (U+2000-206F), the four simple arrows (U+2190-2193), Geometric Shapes (U+25A0-25FF), the two stars
   (U+2605-2606), CJK Symbols and Punctuation (U+3000-303F) and Halfwidth and Fullwidth Forms (U+FF00-FFEF).
2. Function words from jieba's dict.txt (the dictionary fenlei segments with): every word tagged as a conjunction
   (c), preposition (p), auxiliary (u, uj, ul, uz, ug, uv, ud), modal particle (y), interjection (e) or pronoun
   (r, rr, rz, rg) with frequency >= FUNCTION_MIN_FREQ, and adverbs (d), localisers (f), classifiers (q, mq) and
   onomatopoeia (o) with frequency >= ADVERB_LIKE_MIN_FREQ; minus MISTAGGED, content words that dict.txt tags as
   function words (反对/d, 首都/d, 可怕/c, ...) and units of measure (公里/q, 美元/q, ...), removed by hand.
3. Domain-general frequent words: words among the DF_TOP most document-frequent tokens of the training split of at
   least DF_MIN_CORPORA of the nine classification corpora in ../shared/corpora (news, headlines, reviews, SMS,
   events, court cases), segmented with jieba's precise mode (which fenlei reproduces token for token), whose
   dict.txt tag is one of part 2's or a numeral (m) or time word (t) (FREQUENT_WORD_TAGS), so nouns, verbs and
   adjectives such as 中国, 手机, 喜欢 or 好 stay, and outside MISTAGGED; plus AUXILIARY_VERBS, the copula, modal
   and light verbs (是, 有, 会, 能, 进行, ...) that dict.txt tags v.

Words that carry meaning for classification are never stopwords, whatever the parts above say: negations (words
that begin with one of NEGATION_CHARS: 不好, 没有, 无法, 非常, 别人 ...) and tokens made only of ASCII letters or
digits. Only the word list is written; no corpus text.

Usage: build_stopwords.py [CORPORA_DIR]   (default ../shared/corpora beside the project root)
Needs Python 3 with jieba 0.42.1 (apt package python3-jieba).
"""
import collections
import csv
import json
import logging
import os
import re
import sys
import unicodedata

import jieba

FUNCTION_TAGS = {'c', 'p', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'y', 'e', 'r', 'rr', 'rz', 'rg'}
FUNCTION_MIN_FREQ = 20
ADVERB_LIKE_TAGS = {'d', 'f', 'q', 'mq', 'o'}
ADVERB_LIKE_MIN_FREQ = 1000
DF_TOP = 1000
DF_MIN_CORPORA = 4
FREQUENT_WORD_TAGS = FUNCTION_TAGS | ADVERB_LIKE_TAGS | {'m', 't'}
MISTAGGED = set('''
    可怕 因果 接管 接过 总管 所有者 无言 固着 假说 关照 对照 缘由 靶 根 针 鉴 顺从 随从 依从 即时 及时 除以 与非 本病
    反对 同意 同步 向往 大将 大连 好处 差别 异常 快速 整齐 日常 更新 最新 最早 正门 正常 比分 深刻 满脸 特定 真实 立法
    稳步 缓慢 进步 重复 长期 难度 首相 首都 高速 被迫 赶来 通往 相同 相连 自觉 必要 到来 一幅 一小 终身 单独 初步 一脚
    北方 南方 中方 中外 初中 沿海 沿岸 上游 下游 中游 两岸 前期 零部件
    公元 公斤 公里 千克 千公顷 千米 厘米 平方公里 平方千米 平方米 毫米 美元 米 股 系列 亩 分钟 集 级 章 代 台 曲
'''.split())
AUXILIARY_VERBS = set('是 有 会 能 能够 要 可 可能 应 应该 应当 得以 让 使 令 叫 成为 作为 进行 加以 予以'.split())
NEGATION_CHARS = '不没无未非别莫勿否'
SYMBOL_BLOCKS = [(0x0020, 0x00FF), (0x2000, 0x206F), (0x2190, 0x2193), (0x25A0, 0x25FF), (0x2605, 0x2606),
                 (0x3000, 0x303F), (0xFF00, 0xFFEF)]
WS = re.compile(r'\s+')
ASCII_WORD = re.compile(r'[A-Za-z0-9]+')


def punctuation():
    out = set()
    for lo, hi in SYMBOL_BLOCKS:
        for c in range(lo, hi + 1):
            ch = chr(c)
            if unicodedata.category(ch)[0] in 'PS':
                out.add(ch)
    return out


def function_words():
    out = set()
    path = os.path.join(os.path.dirname(jieba.__file__), 'dict.txt')
    with open(path, encoding='utf-8') as f:
        for line in f:
            word, freq, tag = line.split()
            freq = int(freq)
            if ((tag in FUNCTION_TAGS and freq >= FUNCTION_MIN_FREQ)
                    or (tag in ADVERB_LIKE_TAGS and freq >= ADVERB_LIKE_MIN_FREQ)):
                out.add(word)
    return out - MISTAGGED


def dictionary_tags():
    path = os.path.join(os.path.dirname(jieba.__file__), 'dict.txt')
    tags = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            word, _, tag = line.split()
            tags[word] = tag
    return tags


def rows_mod5_train(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        reader = csv.reader(f)
        next(reader)
        for i, row in enumerate(reader):
            if i % 5 != 4 and len(row) >= 2:
                yield row[1]


def training_texts(root):
    """The training split of each classification corpus, as ../shared/corpora/README.md defines it."""
    def column(path, col, sep='\t'):
        with open(path, encoding='utf-8-sig') as f:
            for line in f:
                fields = line.rstrip('\r\n').split(sep)
                if len(fields) > col:
                    yield fields[col]

    def after_space(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                yield line.rstrip('\r\n').partition(' ')[2]

    def cnews(path):
        with open(path, encoding='utf-8') as f:
            for i, line in enumerate(f):
                if i % 5 != 4:
                    yield line.rstrip('\r\n').partition('\t')[2]

    def jsonl(path, field):
        with open(path, encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)[field]

    j = lambda *p: os.path.join(root, *p)
    return {
        'thucnews_titles': column(j('thucnews_titles', 'dev.txt'), 0),
        'tnews': column(j('tnews_clue', 'train.tsv'), 0),
        'chnsenticorp': column(j('chnsenticorp_ernie', 'train.tsv'), 0),
        'mudou_spam': column(j('mudou_spam_sms', 'mudou_spam.train'), 1),
        'duee': after_space(j('duee_event_multilabel', 'multi-classification-train.txt')),
        'cnews1000': cnews(j('cnews_subset1000', 'cnews.val.txt')),
        'litigation': column(j('admin_litigation_ay', 'ay.train.txt'), 1),
        'htl': rows_mod5_train(j('chnsenticorp_htl', 'ChnSentiCorp_htl_all.csv')),
        'waimai': rows_mod5_train(j('waimai_10k', 'waimai_10k.csv')),
    }


def frequent_words(root):
    votes = collections.Counter()
    for name, texts in training_texts(root).items():
        df = collections.Counter()
        for text in texts:
            df.update({w for w in jieba.lcut(text) if not WS.fullmatch(w)})
        for word, _ in df.most_common(DF_TOP):
            votes[word] += 1
    tags = dictionary_tags()
    return {w for w, v in votes.items() if v >= DF_MIN_CORPORA and tags.get(w) in FREQUENT_WORD_TAGS} - MISTAGGED


def main():
    jieba.setLogLevel(logging.WARNING)
    here = os.path.dirname(os.path.abspath(__file__))
    project = os.path.dirname(os.path.dirname(here))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(project, '..', 'shared', 'corpora')
    parts = [('punctuation and symbols', punctuation()), ('function words of dict.txt', function_words()),
             ('auxiliary verbs', AUXILIARY_VERBS),
             ('domain-general frequent words', frequent_words(root))]
    words = set()
    if os.environ.get('STOPWORDS_DEBUG'):
        for name, part in parts[1:]:
            print(name, ' '.join(sorted(part)), file=sys.stderr)
    for name, part in parts:
        words |= part
        print('%-32s %5d' % (name, len(part)), file=sys.stderr)
    words = {w for w in words if w[0] not in NEGATION_CHARS and not ASCII_WORD.fullmatch(w) and not WS.search(w)}
    print('%-32s %5d' % ('stopwords', len(words)), file=sys.stderr)
    out = os.path.join(project, 'segment', 'src', 'main', 'resources', 'org', 'fenlei', 'segment', 'stopwords.txt')
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        for w in sorted(words):
            f.write(w + '\n')


if __name__ == '__main__':
    main()
