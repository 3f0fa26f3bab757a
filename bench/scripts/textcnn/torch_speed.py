#!/usr/bin/python3
"""Inference speed only of shared/peers/peer_textcnn.py's TextCNN (the same module: embedding 128, convolutions
3/4/5 x 100, dropout, linear; fp32 and fbgemm static int8 with the embedding left fp32), timed exactly as that script
times it (2 threads; batch 1 and 64 over 2,000 documents after one warm-up batch), on random token ids: the speed
does not depend on the weights, so no training is needed. Usage: torch_speed.py VOCAB LABELS MAXLEN"""
import json, sys, time
import torch, torch.nn as nn, torch.nn.functional as F
torch.manual_seed(1); torch.set_num_threads(2)
V, C, MAXLEN = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
class TextCNN(nn.Module):
    def __init__(s, V, C, D=128, K=(3, 4, 5), M=100):
        super().__init__(); s.emb = nn.Embedding(V, D)
        s.convs = nn.ModuleList([nn.Conv1d(D, M, k) for k in K]); s.drop = nn.Dropout(0.5); s.fc = nn.Linear(M * len(K), C)
        s.quant = torch.quantization.QuantStub(); s.dequant = torch.quantization.DeQuantStub()
    def forward(s, x):
        e = s.emb(x).transpose(1, 2)
        e = s.quant(e)
        h = torch.cat([F.relu(c(e)).max(dim=2)[0] for c in s.convs], 1)
        return s.dequant(s.fc(s.drop(h)))
def timed(model, X, bs):
    model.eval(); n = min(len(X), 2000)
    with torch.no_grad():
        model(X[:bs]); t0 = time.time()
        for b in range(0, n, bs): model(X[b:b + bs])
    return round(n / (time.time() - t0), 1)
X = torch.randint(2, V, (2000, MAXLEN))
m = TextCNN(V, C); m.eval()
res = dict(vocab=V, labels=C, maxlen=MAXLEN, fp32_docs_per_s_b1=timed(m, X, 1), fp32_docs_per_s_b64=timed(m, X, 64))
q = TextCNN(V, C); q.load_state_dict(m.state_dict()); q.eval()
q.qconfig = torch.quantization.get_default_qconfig("fbgemm"); q.emb.qconfig = None
torch.quantization.prepare(q, inplace=True)
with torch.no_grad():
    for b in range(0, 2000, 256): q(X[b:b + 256])
torch.quantization.convert(q, inplace=True)
res.update(int8_docs_per_s_b1=timed(q, X, 1), int8_docs_per_s_b64=timed(q, X, 64))
print(json.dumps(res), flush=True)
