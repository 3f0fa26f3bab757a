#!/usr/bin/python3
"""Writes tiny.train.txt and tiny.test.txt: short hand-made segmented sentences on three topics (sport,
finance, tech) in the fastText tool's format. Deterministic. See README.md for how the models were made."""
import random
random.seed(5)
topics = {
    "体育": "球队 比赛 进球 冠军 联赛 教练 球员 主场 篮球 足球 赛季 决赛".split(),
    "财经": "股市 上涨 银行 利率 投资 基金 指数 涨幅 央行 债券 营收 股价".split(),
    "科技": "手机 芯片 发布 系统 人工智能 算法 屏幕 电池 软件 数据 网络 苹果".split(),
}
common = "今天 我们 这个 非常 已经 表示 记者 报道 ， 。 的 了".split()
def sentence(label):
    words = random.sample(topics[label], 3) + random.sample(common, 3)
    random.shuffle(words)
    return " ".join(words)
for name, n in (("tiny.train.txt", 40), ("tiny.test.txt", 8)):
    with open(name, "w") as f:
        for i in range(n):
            for label in topics:
                f.write(f"__label__{label} {sentence(label)}\n")
