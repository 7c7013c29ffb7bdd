#!/usr/bin/env python3
"""make_corpus.py: writes the template articles a01..a26 of tests/doc/ and their .ann files
(deterministic: fixed seed). Usage: make_corpus.py DIR"""
import random, datetime, os, sys
random.seed(7)
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
pairs = [("Japan","JPN","China","CHN"),("France","FRA","Germany","DEU"),("Brazil","BRA","Argentina","ARG"),
         ("Kenya","KEN","Uganda","UGA"),("India","IND","Pakistan","PAK"),("Poland","POL","Ukraine","UKR"),
         ("Canada","CAN","Mexico","MEX"),("Egypt","EGY","Sudan","SDN"),("Peru","PER","Chile","CHL"),
         ("Turkey","TUR","Greece","GRC"),("Vietnam","VNM","the Philippines","PHL"),("Norway","NOR","Sweden","SWE"),
         ("Nigeria","NGA","Ghana","GHA"),("Indonesia","IDN","Malaysia","MYS"),("Italy","ITA","Spain","ESP"),
         ("Australia","AUS","New Zealand","NZL"),("South Korea","KOR","Japan","JPN"),("Morocco","MAR","Algeria","DZA")]
# verb: (past, base, object tail, cameo root)
verbs = [("condemned","condemn","over the arrest of its fishermen near the disputed islands","11"),
         ("praised","praise","for its handling of the refugee crisis along the border","05"),
         ("criticized","criticize","for the new tariffs on steel and aluminium imports","11"),
         ("accused","accuse","of sheltering armed groups along their shared border","11"),
         ("threatened","threaten","with retaliation over the closure of the main border crossing","13"),
         ("visited","visit","to discuss trade and energy cooperation with senior ministers","04")]
mon = ["January","February","March","April","May","June","July","August","September","October","November","December"]
wd = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
def fmt(d): return d.strftime("%Y-%m-%d")
def recent_weekday(ref, w):
    back = (ref.weekday() - w) % 7
    return ref - datetime.timedelta(days=back)
def recent_md(ref, m, d):
    y = ref.year if (m, d) <= (ref.month, ref.day) else ref.year - 1
    return datetime.date(y, m, d)
narts = 26
sid = 0
for a in range(narts):
    ref = datetime.date(2021, 1, 1) + datetime.timedelta(days=random.randrange(0, 1200))
    lines = []; ann = []
    p = pairs[a % len(pairs)]
    title = "%s and %s trade words in a week of tension" % (p[0], p[2].replace("the ", "").title() if p[2].startswith("the") else p[2])
    body = []
    for s in range(9):
        src, sc, tgt, tc = random.choice(pairs)
        if random.random() < 0.5: src, sc, tgt, tc = tgt[0].upper()+tgt[1:], tc, src, sc
        past, base, tail, root = random.choice(verbs)
        # date cue
        dk = random.choice(["none","md","mdy","dmy","wd","month","monthy","yesterday","lastweek","yearsago","iso","range"])
        if dk == "none": cue, dv, pr = "", fmt(ref), "doc"
        elif dk == "md":
            m = random.randrange(1,13); d = random.randrange(1,29); cue = "On %s %d," % (mon[m-1], d); dv = fmt(recent_md(ref,m,d)); pr = "day"
        elif dk == "mdy":
            y = ref.year - random.randrange(0,3); m = random.randrange(1,13); d = random.randrange(1,29)
            cue = "On %s %d, %d," % (mon[m-1], d, y); dv = "%04d-%02d-%02d" % (y,m,d); pr = "day"
        elif dk == "dmy":
            y = ref.year - random.randrange(0,3); m = random.randrange(1,13); d = random.randrange(1,29)
            cue = "On %d %s %d," % (d, mon[m-1], y); dv = "%04d-%02d-%02d" % (y,m,d); pr = "day"
        elif dk == "wd":
            w = random.randrange(0,7); cue = "On %s," % wd[w]; dv = fmt(recent_weekday(ref, w)); pr = "day"
        elif dk == "month":
            m = random.choice([x for x in range(1,13) if x != 5]); cue = "In %s," % mon[m-1]; dv = fmt(recent_md(ref,m,1).replace(day=1)); pr = "month"
            y = ref.year if m <= ref.month else ref.year - 1; dv = "%04d-%02d-01" % (y, m)
        elif dk == "monthy":
            y = ref.year - random.randrange(0,3); m = random.randrange(1,13); cue = "In %s %d," % (mon[m-1], y); dv = "%04d-%02d-01" % (y,m); pr = "month"
        elif dk == "yesterday": cue = "Yesterday,"; dv = fmt(ref - datetime.timedelta(days=1)); pr = "day"
        elif dk == "lastweek": cue = "Last week,"; dv = fmt(ref - datetime.timedelta(days=7 + ref.weekday())); pr = "week"
        elif dk == "yearsago":
            n = random.randrange(2,6); names = {2:"Two",3:"Three",4:"Four",5:"Five"}; cue = "%s years ago," % names[n]; dv = "%04d-01-01" % (ref.year - n); pr = "year"
        elif dk == "iso":
            y = ref.year - random.randrange(0,2); m = random.randrange(1,13); d = random.randrange(1,29)
            cue = "On %04d-%02d-%02d," % (y,m,d); dv = "%04d-%02d-%02d" % (y,m,d); pr = "day"
        else:
            m = random.randrange(1,13); d = random.randrange(1,20); cue = "On %s %d-%d," % (mon[m-1], d, d+2); dv = fmt(recent_md(ref,m,d)); pr = "day"
        sk = random.choice(["asserted","asserted","may","could","expected","not","never","said_after","said_before","according","reported","media"])
        spk = random.choice([("the foreign ministry spokesman","the foreign ministry spokesman"),("a senior official","a senior official")])
        def sent(subj, vp):
            c = (cue + " ") if cue else ""
            if c: return c + subj + " " + vp
            return subj[0].upper() + subj[1:] + " " + vp
        obj = "%s %s" % (tgt, tail)
        st, said, scue = "asserted", "-", ""
        if sk == "asserted": text = sent(src, "%s %s." % (past, obj))
        elif sk == "may": text = sent(src, "may %s %s." % (base, obj)); st = "hypothetical"
        elif sk == "could": text = sent(src, "could %s %s, analysts believe." % (base, obj)); st = "hypothetical"; said = "analysts"
        elif sk == "expected": text = sent(src, "is expected to %s %s." % (base, obj)); st = "hypothetical"
        elif sk == "not": text = sent(src, "did not %s %s." % (base, obj)); st = "negated"
        elif sk == "never": text = sent(src, "has never %s %s." % (past, obj)); st = "negated"
        elif sk == "said_after": text = sent(src, "%s %s, %s said." % (past, obj, spk[0])); st = "reported"; said = spk[1]
        elif sk == "said_before":
            sp2 = random.choice([(pairs[(a+3)%len(pairs)][0] + "'s foreign minister", pairs[(a+3)%len(pairs)][1] + "GOV")])
            c = (cue + " ") if cue else ""
            text = c + sp2[0] + " said that " + src + " had " + past + " " + obj + "."
            if not c: text = text[0].upper() + text[1:]
            st = "reported"; said = sp2[1]
        elif sk == "according":
            c = (cue + " ") if cue else ""
            text = "According to diplomats in the region, " + (cue[0].lower()+cue[1:]+" " if cue and not cue[0].isdigit() and not cue.startswith("On 2") else c) + src + " " + past + " " + obj + "."
            st = "reported"; said = "diplomats in the region"
        elif sk == "reported":
            c = (cue + " ") if cue else ""
            text = c + "it was reported that " + src + " " + past + " " + obj + "."
            if not c: text = text[0].upper() + text[1:]
            st = "reported"; said = "media"
        else:
            c = (cue + " ") if cue else ""
            text = c + "local media reported that " + src + " " + past + " " + obj + "."
            if not c: text = text[0].upper() + text[1:]
            st = "reported"; said = "media"
        if "  " in text: text = text.replace("  ", " ")
        body.append(text)
        if root == "04":
            ann.append((s+1, sc, tc, "04", dv, pr, st, said))
        else:
            ann.append((s+1, sc, tc, root, dv, pr, st, said))
    name = "a%02d" % (a+1)
    with open(os.path.join(out, name + ".txt"), "w") as f:
        f.write("date: %s\nsource: Test Wire\ntitle: %s\n\n" % (fmt(ref), title))
        f.write("\n\n".join(body) + "\n")
    with open(os.path.join(out, name + ".ann"), "w") as f:
        f.write("# sentence source target root | date precision | status | said_by\n")
        for r in ann:
            f.write("%d %s %s %s | %s %s | %s | %s\n" % r)
