#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for the held-out corpus h4.

Usage:  python3 generate.py            (writes messages.jsonl, truth.jsonl, stats.json, README.md)
        python3 generate.py --check    (regenerates in memory and compares with the files on disk)

Python 3 standard library only.  Seed 20261203.  Output is byte-for-byte deterministic.

Template syntax (templates_sv.py / templates_en.py, one template per line, "## domain" headers):
  [a|b|c]          inline alternatives (nestable; innermost first)
  {PNR} {SAM}      personnummer / samordningsnummer item
  {PHONE} {MOBILE} {LAND} {FPHONE}   phone items (Swedish any / mobile / landline / foreign-or-Swedish)
  {EMAIL} {IBAN} {CARD}               identifier items
  {NAME} {FN} {ENAME} {EFN}           person-name items (full / first; E = English pool)
  {H:cls[,cls]}    HEALTH term drawn from the class deck(s) in vocab.py
  {A:cls[,cls]}    ART9_OTHER term drawn from the class deck(s)
  {!term}          inline HEALTH item            {@term}  inline ART9_OTHER item
  {~term}          inline everyday_health decoy  {^term}  inline everyday_art9 decoy
  {ORDER10} {ORDER12} {ORGNR} {OCR} {DATE} {GIFT16} {TRACK} {TICKET}   identifier decoys
  {N} {NUM} {GV} {KR} {VDAG} {EDAY} {TID} {STAD} {ECITY} {PROD} {EPROD} {MAN} {EMONTH} {GATA}  neutral fillers
"""
import sys
sys.dont_write_bytecode = True
import datetime
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import vocab  # noqa: E402
import templates_sv  # noqa: E402
import templates_en  # noqa: E402

SEED = 20261203
REF = datetime.date(2026, 12, 3)   # reference date for personnummer century inference
N_MESSAGES = 3000
P_SV = 0.70
P_ITEM_FREE = 0.335

# =====================================================================  checksums & validators


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError


def pnr_parse(value):
    """Return (kind, birthdate) if value is a valid personnummer/samordningsnummer, else None."""
    m = re.fullmatch(r"(\d{6}|\d{8})([-+ ]?)(\d{4})", value)
    if not m:
        return None
    dpart, sep, tail = m.groups()
    if len(dpart) == 8:
        if dpart[:2] not in ("18", "19", "20") or sep == "+":
            return None
        years = [int(dpart[:4])]
        mmdd = dpart[4:]
    else:
        yy = int(dpart[:2])
        mmdd = dpart[2:]
        years = None
    month, day = int(mmdd[:2]), int(mmdd[2:])
    kind = "PNR_PERSONNUMMER"
    if day > 60:
        day -= 60
        kind = "PNR_SAMORDNING"
    if years is None:
        # most recent year <= reference date, minus 100 for '+'
        cand = []
        for cent in (2000, 1900, 1800):
            try:
                d = datetime.date(cent + yy, month, day)
            except ValueError:
                continue
            if d <= REF:
                cand.append(d)
        if not cand:
            return None
        d = cand[0]
        if sep == "+":
            try:
                d = d.replace(year=d.year - 100)
            except ValueError:
                return None
    else:
        try:
            d = datetime.date(years[0], month, day)
        except ValueError:
            return None
        if d > REF:
            return None
    if tail[:3] == "000":
        return None
    if not luhn_ok(dpart[-6:] + tail):
        return None
    return kind, d


def pnr_digits_valid(d10):
    """True if a bare 10-digit string is a valid personnummer or samordningsnummer."""
    return pnr_parse(d10) is not None


def pnr12_valid(d12):
    return pnr_parse(d12) is not None


def orgnr_valid(value):
    d = value.replace("-", "")
    if len(d) == 12:
        if not d.startswith("16"):
            return False
        d = d[2:]
    if len(d) != 10 or not d.isdigit():
        return False
    if d[0] not in "12356789":
        return False
    if int(d[2]) < 2:
        return False
    return luhn_ok(d)


IBAN_LEN = {"SE": 24, "DE": 22, "FI": 18, "DK": 18, "NO": 15, "NL": 18, "FR": 27, "ES": 24, "IT": 27,
            "BE": 16, "AT": 20, "IE": 22, "PL": 28, "PT": 25, "EE": 20, "LT": 20, "LU": 20}


def iban_valid(value):
    s = value.replace(" ", "")
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def card_kind(digits):
    if digits[0] == "4" and len(digits) in (13, 16, 19):
        return "visa"
    if len(digits) == 16 and (51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720):
        return "mastercard"
    if len(digits) == 15 and digits[:2] in ("34", "37"):
        return "amex"
    return None


def card_valid(value):
    d = re.sub(r"[ -]", "", value)
    return d.isdigit() and card_kind(d) is not None and luhn_ok(d)


def card_like(digits):
    return 13 <= len(digits) <= 19 and card_kind(digits) is not None and luhn_ok(digits)


# =====================================================================  deterministic helpers


class Deck:
    """Draw without replacement; reshuffle when empty (spreads vocabulary use)."""

    def __init__(self, rng, items):
        self.rng = rng
        self.items = list(items)
        self.pool = []

    def draw(self):
        if not self.pool:
            self.pool = self.items[:]
            self.rng.shuffle(self.pool)
        return self.pool.pop()

    def draw_where(self, allowed):
        """Draw the next item that is in `allowed` (a subset class sharing this deck)."""
        for _ in range(2):
            for i in range(len(self.pool) - 1, -1, -1):
                if self.pool[i] in allowed:
                    return self.pool.pop(i)
            self.pool = self.items[:]
            self.rng.shuffle(self.pool)
        raise AssertionError("empty subset")


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# =====================================================================  identifier generators


class IdGen:
    def __init__(self, rng):
        self.r = rng

    # ---- personnummer
    def _rand_date(self, y0, y1):
        r = self.r
        while True:
            y = r.randint(y0, y1)
            m = r.randint(1, 12)
            d = r.randint(1, 31)
            try:
                return datetime.date(y, m, d)
            except ValueError:
                continue

    def pnr(self, sam=False):
        r = self.r
        while True:
            fmt = wchoice(r, [("s10dash", 35), ("l12dash", 18), ("l12", 15), ("s10", 14), ("s10space", 8),
                              ("l12space", 3), ("plus", 5 if not sam else 1)])
            if fmt == "plus":
                bd = self._rand_date(1906, 1925)
            elif r.random() < 0.12:
                bd = self._rand_date(2008, 2021)
            else:
                bd = self._rand_date(1934, 2006)
            if bd > REF:
                continue
            day = bd.day + (60 if sam else 0)
            serial = "%03d" % r.randint(1, 999)
            core9 = "%02d%02d%02d%s" % (bd.year % 100, bd.month, day, serial)
            chk = luhn_digit(core9)
            short = core9[:6]
            tail = serial + chk
            longd = "%04d%02d%02d" % (bd.year, bd.month, day)
            if fmt == "s10dash":
                v = short + "-" + tail
            elif fmt == "l12dash":
                v = longd + "-" + tail
            elif fmt == "l12":
                v = longd + tail
            elif fmt == "s10":
                v = short + tail
            elif fmt == "s10space":
                v = short + " " + tail
            elif fmt == "l12space":
                v = longd + " " + tail
            else:
                v = short + "+" + tail
            p = pnr_parse(v)
            if p is None or p[1] != bd:
                continue
            if p[0] != ("PNR_SAMORDNING" if sam else "PNR_PERSONNUMMER"):
                continue
            return v

    # ---- phones
    AREA = ["08", "031", "040", "018", "013", "019", "021", "016", "035", "036", "054", "060", "063", "090",
            "0920", "0980", "0498", "0470", "0480", "0455", "0611", "0660", "0910", "0240", "0243", "023",
            "026", "0380", "0521", "0520", "0500", "0510", "033", "042", "044", "0418", "0411", "0300",
            "0303", "0522", "0570", "0150", "0155", "0171", "0224", "0250", "0340", "0346", "0370", "0431",
            "0451", "0454", "0490", "0515", "0586", "0620", "0647", "0650", "0680", "0911", "0921", "0950",
            "0970", "011", "046", "0325", "0322"]

    @staticmethod
    def _group(sub):
        n = len(sub)
        if n == 5:
            return sub[:3] + " " + sub[3:]
        if n == 6:
            return sub[:2] + " " + sub[2:4] + " " + sub[4:]
        if n == 7:
            return sub[:3] + " " + sub[3:5] + " " + sub[5:]
        if n == 8:
            return sub[:3] + " " + sub[3:6] + " " + sub[6:]
        return sub

    def mobile(self):
        r = self.r
        while True:
            pre = "7" + r.choice("02369")
            sub = "".join(r.choice("0123456789") for _ in range(7))
            sub = r.choice("123456789") + sub[1:]
            nat = "0" + pre + sub
            if pnr_digits_valid(nat):
                continue
            g = sub[:3] + " " + sub[3:5] + " " + sub[5:]
            fmt = wchoice(r, [("a", 26), ("b", 14), ("c", 14), ("d", 5), ("e", 12), ("f", 8), ("g", 5), ("h", 3),
                              ("i", 4), ("j", 4), ("k", 5)])
            v = {"a": "0%s-%s" % (pre, g), "b": nat, "c": "+46 %s %s" % (pre, g), "d": "+46" + pre + sub,
                 "e": "0%s %s" % (pre, g), "f": "0%s-%s" % (pre, sub), "g": "0046 %s %s" % (pre, g),
                 "h": "0046" + pre + sub, "i": "+46 (0)%s-%s" % (pre, g), "j": "+46-%s-%s" % (pre, g),
                 "k": "0%s-%s %s %s" % (pre, sub[:2], sub[2:4], sub[4:])}[fmt]
            return v

    def landline(self):
        r = self.r
        while True:
            ac = r.choice(self.AREA)
            if len(ac) == 2:
                n = r.choice([7, 8, 8])
            elif len(ac) == 3:
                n = r.choice([6, 7, 7])
            else:
                n = r.choice([5, 6, 6])
            sub = r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(n - 1))
            nat = ac + sub
            if len(nat) == 10 and pnr_digits_valid(nat):
                continue
            g = self._group(sub)
            acn = ac[1:]
            fmt = wchoice(r, [("a", 30), ("b", 12), ("c", 12), ("d", 9), ("e", 10), ("f", 4), ("g", 6), ("h", 9),
                              ("i", 4)])
            v = {"a": "%s-%s" % (ac, g), "b": "%s-%s" % (ac, sub), "c": "%s %s" % (ac, g), "d": "(%s) %s" % (ac, g),
                 "e": "+46 %s %s" % (acn, g), "f": "0046 %s %s" % (acn, g), "g": "+46 (0)%s %s" % (acn, g),
                 "h": nat, "i": "%s/%s" % (ac, g)}[fmt]
            return v

    def phone(self):
        return self.mobile() if self.r.random() < 0.6 else self.landline()

    def foreign_phone(self):
        r = self.r
        D = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
        k = wchoice(r, [("uk1", 8), ("uk2", 8), ("uk3", 4), ("uk4", 4), ("us1", 5), ("us2", 4), ("de1", 5),
                        ("de2", 4), ("fr", 5), ("nl", 4), ("ie", 5), ("dk", 3), ("no", 3), ("fi", 3), ("es", 4),
                        ("it", 4), ("pl", 4), ("pt", 3), ("be", 3), ("at", 2)])
        if k == "uk1":
            return "+44 20 7946 0" + D(3)
        if k == "uk2":
            return "+44 7700 900" + D(3)
        if k == "uk3":
            return "020 7946 0" + D(3)
        if k == "uk4":
            return "07700 900" + D(3)
        if k == "us1":
            return "+1 %s-555-01%s" % (r.choice(["202", "312", "415", "617", "646", "305"]), D(2))
        if k == "us2":
            return "(%s) 555-01%s" % (r.choice(["212", "303", "512", "718", "206"]), D(2))
        if k == "de1":
            return "+49 30 " + r.choice("23456789") + D(7)
        if k == "de2":
            return "+49 15%s %s" % (r.choice("1257"), r.choice("23456789") + D(7))
        if k == "fr":
            return "+33 %s %s %s %s %s" % (r.choice("167"), D(2), D(2), D(2), D(2))
        if k == "nl":
            return "+31 6 " + r.choice("123456789") + D(7)
        if k == "ie":
            return "+353 8%s %s %s" % (r.choice("3567"), D(3), D(4))
        if k == "dk":
            return "+45 %s %s %s %s" % (r.choice("2345") + D(1), D(2), D(2), D(2))
        if k == "no":
            return "+47 %s %s %s" % (r.choice("49") + D(2), D(2), D(3))
        if k == "fi":
            return "+358 4%s %s %s" % (r.choice("01"), D(3), D(4))
        if k == "es":
            return "+34 6%s %s %s" % (D(2), D(3), D(3))
        if k == "it":
            return "+39 3%s %s %s" % (D(2), D(3), D(4))
        if k == "pl":
            return "+48 5%s %s %s" % (D(2), D(3), D(3))
        if k == "pt":
            return "+351 9%s %s %s" % (r.choice("1236") + D(1), D(3), D(3))
        if k == "be":
            return "+32 4%s %s %s %s" % (D(2), D(2), D(2), D(2))
        return "+43 664 " + D(7)

    # ---- email
    DOMAINS_SV = ["gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "yahoo.se", "live.se", "icloud.com",
                  "telia.com", "bredband.net", "spray.se", "protonmail.com", "me.com", "outlook.se", "gmail.com",
                  "gmail.com", "hotmail.com"]
    DOMAINS_EN = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "gmx.de", "web.de", "orange.fr",
                  "libero.it", "icloud.com", "hotmail.co.uk", "proton.me", "gmail.com", "outlook.ie", "yahoo.com",
                  "mail.com", "t-online.de", "free.fr", "gmail.com"]
    TRANS = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "á": "a", "í": "i",
                           "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ã": "a", "ê": "e", "ś": "s", "ł": "l",
                           "č": "c", "ć": "c", "ř": "r", "ý": "y", "ō": "o", "ā": "a", "ë": "e", "ï": "i",
                           "'": "", " ": "", "ø": "o"})
    NICKS = ["solstrale", "bilnisse", "musiklisa", "kaffetant", "trädgårdsmamma", "fiskarn", "tomtemor", "gamer",
             "runner", "bookworm", "skiddan", "hundmatte", "cykelpappa", "sailor", "katten", "snickarn", "mamma",
             "pappa", "the.real", "kontakt", "info.privat"]

    def email(self, lang, first=None, last=None):
        r = self.r
        if first is None:
            if lang == "sv" and r.random() < 0.85:
                first, last = r.choice(vocab.SV_FIRST), r.choice(vocab.SV_LAST)
            else:
                first, last = r.choice(vocab.EN_FIRST), r.choice(vocab.EN_LAST)
        f = first.lower().translate(self.TRANS)
        l_ = last.lower().translate(self.TRANS)
        f = re.sub(r"[^a-z0-9-]", "", f)
        l_ = re.sub(r"[^a-z0-9-]", "", l_)
        k = r.randint(0, 9)
        if k == 0:
            loc = "%s.%s" % (f, l_)
        elif k == 1:
            loc = "%s%s" % (f, l_)
        elif k == 2:
            loc = "%s.%s%d" % (f, l_, r.randint(1, 99))
        elif k == 3:
            loc = "%s%s" % (f, r.choice(["", ".", "_"]) + str(r.randint(1950, 2009)))
        elif k == 4:
            loc = "%s.%s" % (f[0], l_)
        elif k == 5:
            loc = "%s_%s" % (f, l_)
        elif k == 6:
            loc = "%s%d" % (r.choice(self.NICKS).translate(self.TRANS), r.randint(1, 999))
        elif k == 7:
            loc = "%s.%s+%s" % (f, l_, r.choice(["shop", "bank", "news", "orders", "post"]))
        elif k == 8:
            loc = "%s-%s" % (f, l_)
        else:
            loc = "%s%s%d" % (f[:3], l_[:4], r.randint(10, 99))
        if r.random() < 0.06:
            loc = loc[0].upper() + loc[1:]
        dom = r.choice(self.DOMAINS_SV if lang == "sv" else self.DOMAINS_EN)
        return loc + "@" + dom

    # ---- IBAN
    def iban(self, country=None):
        r = self.r
        D = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
        c = country or r.choice(["DE", "FI", "DK", "NO", "NL", "FR", "ES", "IT", "BE", "AT", "IE", "PL", "PT",
                                 "EE", "LT", "LU"])
        if c == "SE":
            bban = r.choice(["500", "600", "800", "300", "950", "120", "915", "902", "923", "957"]) + D(17)
        elif c == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + D(10)
        elif c == "IE":
            bban = r.choice(["AIBK", "BOFI", "IPBS"]) + D(6) + D(8)
        elif c == "IT":
            bban = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + D(22)
        elif c == "FR":
            bban = D(23)
        elif c == "LU":
            bban = D(16)
        else:
            bban = D(IBAN_LEN[c] - 4)
        num = "".join(str(int(ch, 36)) for ch in bban + c + "00")
        chk = 98 - int(num) % 97
        s = "%s%02d%s" % (c, chk, bban)
        if r.random() < 0.6:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    # ---- cards
    def card(self):
        r = self.r
        D = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
        k = wchoice(r, [("visa", 50), ("mc", 30), ("mc2", 8), ("amex", 12)])
        if k == "visa":
            p = "4" + D(14)
        elif k == "mc":
            p = str(r.randint(51, 55)) + D(13)
        elif k == "mc2":
            p = str(r.randint(2221, 2720)) + D(11)
        else:
            p = r.choice(["34", "37"]) + D(12)
        d = p + luhn_digit(p)
        f = r.random()
        if len(d) == 15:
            if f < 0.6:
                return "%s %s %s" % (d[:4], d[4:10], d[10:])
            return d
        if f < 0.5:
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))
        if f < 0.85:
            return d
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))

    # ---- decoys
    def order10(self):
        r = self.r
        while True:
            if r.random() < 0.4:
                d = r.choice(["07", "08", "070", "073", "076", "08"]) 
                d = d + "".join(r.choice("0123456789") for _ in range(10 - len(d)))
            else:
                d = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(9))
            if pnr_digits_valid(d) or orgnr_valid(d):
                continue
            return d

    def order12(self):
        r = self.r
        while True:
            if r.random() < 0.3:
                d = r.choice(["19", "20"]) + "".join(r.choice("0123456789") for _ in range(10))
            else:
                d = r.choice("13456789") + "".join(r.choice("0123456789") for _ in range(11))
            if pnr12_valid(d) or pnr_digits_valid(d[2:]) or pnr_digits_valid(d[:10]) or orgnr_valid(d):
                continue
            return d

    def orgnr(self):
        r = self.r
        first = wchoice(r, [("5", 50), ("2", 14), ("7", 10), ("8", 12), ("9", 6), ("1", 2), ("3", 2), ("6", 4)])
        p = first + r.choice("0123456789") + r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(6))
        d = p + luhn_digit(p)
        f = r.random()
        if f < 0.72:
            return d[:6] + "-" + d[6:]
        if f < 0.9:
            return d
        return "16" + d[:6] + "-" + d[6:]

    def ocr(self):
        r = self.r
        n = wchoice(r, [(6, 10), (7, 14), (8, 18), (9, 14), (11, 14), (20, 4), (22, 3), (25, 2)])
        p = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(n - 2))
        return p + luhn_digit(p)

    def giftcard16(self):
        r = self.r
        while True:
            d = r.choice("4567996") + "".join(r.choice("0123456789") for _ in range(15))
            if luhn_ok(d):
                continue
            f = r.random()
            if f < 0.5:
                return " ".join(d[i:i + 4] for i in range(0, 16, 4))
            if f < 0.8:
                return d
            return "-".join(d[i:i + 4] for i in range(0, 16, 4))

    def tracking(self):
        r = self.r
        D = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
        k = wchoice(r, [("s10", 45), ("ups", 15), ("sscc", 15), ("jjd", 10), ("tba", 8), ("ibx", 7)])
        if k == "s10":
            body = D(8)
            w = [8, 6, 4, 2, 3, 5, 9, 7]
            s = 11 - sum(int(c) * x for c, x in zip(body, w)) % 11
            cd = 0 if s == 10 else (5 if s == 11 else s)
            return r.choice(["RR", "UA", "LX", "CX", "EE", "RA", "LZ", "UB", "RB", "CP"]) + body + str(cd) + \
                r.choice(["SE", "SE", "SE", "DE", "GB", "NL", "CN", "FI", "DK"])
        if k == "ups":
            al = "ABCDEFGHJKLMNPRSTUVWXY0123456789"
            return "1Z" + "".join(r.choice(al) for _ in range(6)) + D(10)
        if k == "sscc":
            return "00" + "37" + D(16)
        if k == "jjd":
            return "JJD0" + D(15)
        if k == "tba":
            return "TBA" + D(12)
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "IBX-" + "".join(r.choice(al) for _ in range(6))

    def ticket(self, lang):
        r = self.r
        D = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
        y = str(r.randint(2023, 2026))
        if lang == "sv":
            k = wchoice(r, [("hash", 20), ("ar", 18), ("cs", 10), ("inc", 8), ("ks", 12), ("sr", 8), ("arn", 8),
                            ("yr", 10), ("t", 6)])
        else:
            k = wchoice(r, [("hash", 25), ("case", 15), ("cs", 12), ("inc", 12), ("ref", 12), ("tkt", 12),
                            ("sr", 8)])
        if k == "hash":
            return "#" + r.choice("123456789") + D(r.choice([4, 5]))
        if k == "ar":
            return "ÄR-%s-%s" % (y, D(4))
        if k == "cs":
            return "CS-" + r.choice("123456789") + D(5)
        if k == "inc":
            return "INC00" + r.choice("123456789") + D(4)
        if k == "ks":
            return "%s %s/%s" % (r.choice(["KS", "BN", "SN", "MBN", "UN"]), y, D(r.choice([3, 4])))
        if k == "sr":
            return "SR-" + r.choice("123456789") + D(4)
        if k == "arn":
            return "ÄRN-" + r.choice("123456789") + D(5)
        if k == "yr":
            return "%s-%s" % (y, D(5))
        if k == "t":
            return "T-%s-%s" % (D(4), "".join(r.choice("ABCDEFGHKLMNPRSTUVX") for _ in range(2)))
        if k == "case":
            return "CASE-" + r.choice("123456789") + D(5)
        if k == "ref":
            al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
            return "REF-" + "".join(r.choice(al) for _ in range(6))
        return "TKT-" + r.choice("123456789") + D(5)

    MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                 "oktober", "november", "december"]
    MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"]

    def date(self, lang):
        r = self.r
        while True:
            y = r.randint(2023, 2026)
            m = r.randint(1, 11 if y == 2026 else 12)
            d = r.randint(1, 28 if m == 2 else 30)
            try:
                dt = datetime.date(y, m, d)
            except ValueError:
                continue
            break
        if lang == "sv":
            k = wchoice(r, [("iso", 30), ("dm", 15), ("dmon", 20), ("dmony", 15), ("dots", 8), ("dmy2", 6),
                            ("e", 6)])
            if k == "iso":
                return dt.isoformat()
            if k == "dm":
                return "%d/%d" % (d, m)
            if k == "dmon":
                return "%d %s" % (d, self.MONTHS_SV[m - 1])
            if k == "dmony":
                return "%d %s %d" % (d, self.MONTHS_SV[m - 1], y)
            if k == "dots":
                return "%d.%d.%d" % (d, m, y)
            if k == "dmy2":
                return "%d/%d-%02d" % (d, m, y % 100)
            return "%d:%s %s" % (d, "a" if d in (1, 2, 21, 22) else "e", self.MONTHS_SV[m - 1])
        k = wchoice(r, [("dmy", 25), ("md", 12), ("ddmmyyyy", 15), ("us", 10), ("iso", 15), ("th", 10),
                        ("mon", 13)])
        if k == "dmy":
            return "%d %s %d" % (d, self.MONTHS_EN[m - 1], y)
        if k == "md":
            return "%s %d" % (self.MONTHS_EN[m - 1], d)
        if k == "ddmmyyyy":
            return "%02d/%02d/%d" % (d, m, y)
        if k == "us":
            return "%d/%d/%d" % (m, d, y)
        if k == "iso":
            return dt.isoformat()
        if k == "th":
            suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return "%d%s %s" % (d, suf, self.MONTHS_EN[m - 1])
        return "%s %d, %d" % (self.MONTHS_EN[m - 1][:3], d, y)


# =====================================================================  template parsing

ITEM_SLOTS = {"PNR", "SAM", "PHONE", "MOBILE", "LAND", "FPHONE", "EMAIL", "IBAN", "CARD"}
NAME_SLOTS = {"NAME", "FN", "ENAME", "EFN"}
DECOY_SLOTS = {"ORDER10", "ORDER12", "ORGNR", "OCR", "DATE", "GIFT16", "TRACK", "TICKET"}
NEUTRAL_SLOTS = {"N", "NUM", "GV", "KR", "VDAG", "EDAY", "TID", "STAD", "ECITY", "PROD", "EPROD", "MAN", "EMONTH",
                 "GATA"}
SLOT_RE = re.compile(r"\{([!@~^#])([^{}]*)\}|\{([A-Z0-9]+)(?::([a-z0-9,]+))?\}")
ALT_RE = re.compile(r"\[([^\[\]]*)\]")


def load_templates(text, lang):
    out = []
    dom = None
    for line in text.split("\n"):
        line = line.rstrip()
        if not line.strip():
            continue
        if line.startswith("## "):
            dom = line[3:].strip()
            continue
        cats = set()
        for m in SLOT_RE.finditer(line):
            if m.group(1):
                cats.add({"!": "H", "@": "A", "~": "DH", "^": "DA", "#": "NAME"}[m.group(1)])
            else:
                nm = m.group(3)
                if nm == "H":
                    cats.add("H")
                elif nm == "A":
                    cats.add("A")
                elif nm in ITEM_SLOTS:
                    cats.add("I")
                elif nm in NAME_SLOTS:
                    cats.add("NAME")
                elif nm in DECOY_SLOTS:
                    cats.add("DI")
                elif nm in NEUTRAL_SLOTS:
                    pass
                else:
                    raise ValueError("unknown slot %r in %r" % (nm, line))
                if nm in ("H", "A"):
                    table = (vocab.SV_H if lang == "sv" else vocab.EN_H) if nm == "H" else \
                        (vocab.SV_A if lang == "sv" else vocab.EN_A)
                    for c in (m.group(4) or "").split(","):
                        if c not in table:
                            raise ValueError("unknown class %r in %r" % (c, line))
        for c in ("H", "A", "I", "NAME", "DH", "DA", "DI"):
            if c in cats:
                primary = "I" if c == "NAME" else c
                break
        else:
            primary = "N"
        has_item = bool(cats & {"H", "A", "I", "NAME"})
        out.append({"lang": lang, "domain": dom, "text": line, "cat": primary, "cats": sorted(cats),
                    "has_item": has_item})
    return out


# =====================================================================  rendering

SUBSET_OF = {"nm": "n", "staym": "stay", "adjm": "adj"}   # subset classes share their base class's deck
ARTICLES_EN = ("a ", "an ", "the ")
ARTICLES_SV = ("en ", "ett ")


class Piece:
    __slots__ = ("text", "cls", "label", "fixed")

    def __init__(self, text, cls="lit", label=None, fixed=False):
        self.text = text
        self.cls = cls      # lit | item | decoy
        self.label = label  # item type or decoy kind
        self.fixed = fixed  # literal that must not be rewritten (article taken from a term)


SOFT_LABELS = {"HEALTH", "ART9_OTHER", "NAME", "everyday_health", "everyday_art9"}


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        r = self.rng
        self.ids = IdGen(r)
        self.decks = {}
        self.tpl = load_templates(templates_sv.T, "sv") + load_templates(templates_en.T, "en")
        self.tdecks = {}
        for t in self.tpl:
            self.tdecks.setdefault((t["lang"], t["domain"], t["cat"]), []).append(t)
        for k in list(self.tdecks):
            self.tdecks[k] = Deck(r, self.tdecks[k])
        self.tdecks_any = {}
        for t in self.tpl:
            self.tdecks_any.setdefault((t["lang"], t["cat"]), []).append(t)
        for k in list(self.tdecks_any):
            self.tdecks_any[k] = Deck(r, self.tdecks_any[k])
        self.used_templates = Counter()

    def deck(self, key, items):
        if key not in self.decks:
            self.decks[key] = Deck(self.rng, items)
        return self.decks[key]

    # ----- names
    def person(self, lang):
        r = self.rng
        if lang == "sv":
            sv = r.random() < 0.92
        else:
            sv = r.random() < 0.2
        if sv:
            f = self.deck("svf", vocab.SV_FIRST).draw()
            l_ = self.deck("svl", vocab.SV_LAST).draw()
        else:
            f = self.deck("enf", vocab.EN_FIRST).draw()
            l_ = self.deck("enl", vocab.EN_LAST).draw()
        return f, l_

    def full_name(self, lang):
        r = self.rng
        f, l_ = self.person(lang)
        x = r.random()
        if x < 0.06:
            l2 = r.choice(vocab.SV_LAST if lang == "sv" else vocab.EN_LAST)
            if l2 != l_:
                return "%s %s-%s" % (f, l_, l2)
        if x < 0.11:
            return "%s. %s" % (f[0], l_)
        return "%s %s" % (f, l_)

    # ----- neutral
    def neutral(self, nm, lang):
        r = self.rng
        if nm == "N":
            return str(r.randint(2, 9))
        if nm == "NUM":
            return str(r.randint(10, 59))
        if nm == "GV":
            return str(r.randint(8, 39))
        if nm == "KR":
            v = r.choice([49, 99, 149, 199, 249, 349, 399, 495, 595, 795, 1295, 1450, 2390, 3100])
            s = str(v) if v < 1000 else "%d %03d" % (v // 1000, v % 1000)
            return r.choice([s + " kr", s + ":-", s + " kronor"])
        if nm == "VDAG":
            return r.choice(["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"])
        if nm == "EDAY":
            return r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
        if nm == "TID":
            return r.choice(["07.42", "08:15", "9.05", "12:30", "14.10", "16:45", "17.20", "18:05", "21.37"])
        if nm == "STAD":
            return r.choice(vocab.SV_CITIES)
        if nm == "ECITY":
            return r.choice(vocab.EN_CITIES)
        if nm == "PROD":
            return r.choice(vocab.SV_PRODUCTS)
        if nm == "EPROD":
            return r.choice(vocab.EN_PRODUCTS)
        if nm == "MAN":
            return r.choice(IdGen.MONTHS_SV)
        if nm == "EMONTH":
            return r.choice(IdGen.MONTHS_EN)
        if nm == "GATA":
            return r.choice(vocab.SV_STREETS)
        raise ValueError(nm)

    def term_pieces(self, text, label, lang):
        """Split a leading article off a labelled term (span convention)."""
        arts = ARTICLES_EN if lang == "en" else ARTICLES_SV
        for a in arts:
            if text.startswith(a) and len(text) > len(a) + 1:
                return [Piece(text[:len(a)], fixed=True), Piece(text[len(a):], "item" if label in
                        ("HEALTH", "ART9_OTHER", "NAME") else "decoy", label)]
        cls = "item" if label in ("HEALTH", "ART9_OTHER", "NAME") else "decoy"
        return [Piece(text, cls, label)]

    def expand_alts(self, s):
        r = self.rng
        while True:
            m = ALT_RE.search(s)
            if not m:
                return s
            s = s[:m.start()] + r.choice(m.group(1).split("|")) + s[m.end():]

    def render(self, text, lang):
        """Render template text (alternatives + slots) into a list of Pieces."""
        r = self.rng
        s = self.expand_alts(text)
        pieces = []
        pos = 0
        for m in SLOT_RE.finditer(s):
            if m.start() > pos:
                pieces.append(Piece(s[pos:m.start()]))
            pos = m.end()
            if m.group(1):
                mark, body = m.group(1), m.group(2)
                if "|" in body:
                    body = r.choice(body.split("|"))
                label = {"!": "HEALTH", "@": "ART9_OTHER", "~": "everyday_health", "^": "everyday_art9",
                         "#": "NAME"}[mark]
                pieces.extend(self.term_pieces(body, label, lang))
                continue
            nm, arg = m.group(3), m.group(4)
            if nm in ("H", "A"):
                table = (vocab.SV_H if lang == "sv" else vocab.EN_H) if nm == "H" else \
                    (vocab.SV_A if lang == "sv" else vocab.EN_A)
                classes = arg.split(",")
                c = wchoice(r, [(c, len(table[c])) for c in classes]) if len(classes) > 1 else classes[0]
                if c in SUBSET_OF:
                    base = SUBSET_OF[c]
                    term = self.deck((lang, nm, base), table[base]).draw_where(frozenset(table[c]))
                else:
                    term = self.deck((lang, nm, c), table[c]).draw()
                pieces.extend(self.term_pieces(term, "HEALTH" if nm == "H" else "ART9_OTHER", lang))
            elif nm == "PNR":
                pieces.append(Piece(self.ids.pnr(False), "item", "PNR_PERSONNUMMER"))
            elif nm == "SAM":
                pieces.append(Piece(self.ids.pnr(True), "item", "PNR_SAMORDNING"))
            elif nm == "PHONE":
                pieces.append(Piece(self.ids.phone(), "item", "PHONE"))
            elif nm == "MOBILE":
                pieces.append(Piece(self.ids.mobile(), "item", "PHONE"))
            elif nm == "LAND":
                pieces.append(Piece(self.ids.landline(), "item", "PHONE"))
            elif nm == "FPHONE":
                v = self.ids.foreign_phone() if r.random() < 0.75 else self.ids.phone()
                pieces.append(Piece(v, "item", "PHONE"))
            elif nm == "EMAIL":
                pieces.append(Piece(self.ids.email(lang), "item", "EMAIL"))
            elif nm == "IBAN":
                c = "SE" if (lang == "sv" and r.random() < 0.8) or (lang == "en" and r.random() < 0.25) else None
                pieces.append(Piece(self.ids.iban(c), "item", "IBAN"))
            elif nm == "CARD":
                pieces.append(Piece(self.ids.card(), "item", "CARD"))
            elif nm in ("NAME", "ENAME"):
                pieces.append(Piece(self.full_name("en" if nm == "ENAME" else lang), "item", "NAME"))
            elif nm in ("FN", "EFN"):
                pieces.append(Piece(self.person("en" if nm == "EFN" else lang)[0], "item", "NAME"))
            elif nm == "ORDER10":
                pieces.append(Piece(self.ids.order10(), "decoy", "order10"))
            elif nm == "ORDER12":
                pieces.append(Piece(self.ids.order12(), "decoy", "order12"))
            elif nm == "ORGNR":
                pieces.append(Piece(self.ids.orgnr(), "decoy", "orgnr"))
            elif nm == "OCR":
                pieces.append(Piece(self.ids.ocr(), "decoy", "ocr"))
            elif nm == "DATE":
                pieces.append(Piece(self.ids.date(lang), "decoy", "date"))
            elif nm == "GIFT16":
                pieces.append(Piece(self.ids.giftcard16(), "decoy", "giftcard16"))
            elif nm == "TRACK":
                pieces.append(Piece(self.ids.tracking(), "decoy", "tracking"))
            elif nm == "TICKET":
                pieces.append(Piece(self.ids.ticket(lang), "decoy", "ticket"))
            else:
                pieces.append(Piece(self.neutral(nm, lang)))
        if pos < len(s):
            pieces.append(Piece(s[pos:]))
        pieces = [p for p in pieces if p.text]
        if lang == "en":
            self.fix_articles(pieces)
        # capitalise a sentence that starts with a term
        if pieces and pieces[0].label in SOFT_LABELS and pieces[0].text[:1].islower():
            pieces[0].text = pieces[0].text[0].upper() + pieces[0].text[1:]
        return pieces

    @staticmethod
    def fix_articles(pieces):
        for i in range(len(pieces) - 1):
            p, q = pieces[i], pieces[i + 1]
            if p.cls != "lit" or p.fixed or not q.text[:1].isalpha():
                continue
            m = re.search(r"(^|\s)([Aa])n? $", p.text)
            if not m:
                continue
            vowel = q.text[0].lower() in "aeiou"
            art = m.group(2) + ("n" if vowel else "")
            p.text = p.text[:m.start(2)] + art + " "

    # ----- message-level text effects
    def typo(self, pieces, lang, n):
        r = self.rng
        for _ in range(n):
            lits = [p for p in pieces if p.cls == "lit" and not p.fixed and re.search(r"[^\W\d_]{5,}", p.text)]
            if not lits:
                return
            p = r.choice(lits)
            words = list(re.finditer(r"[^\W\d_]{5,}", p.text))
            w = r.choice(words)
            word = w.group(0)
            k = r.randint(0, 4)
            i = r.randint(1, len(word) - 2)
            if k == 0:
                nw = word[:i] + word[i + 1] + word[i] + word[i + 2:]
            elif k == 1:
                nw = word[:i] + word[i + 1:]
            elif k == 2:
                nw = word[:i] + word[i] + word[i:]
            elif k == 3 and lang == "sv" and re.search("[åäö]", word):
                nw = word.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))
            else:
                nw = word[:i] + word[i + 1] + word[i] + word[i + 2:]
            p.text = p.text[:w.start()] + nw + p.text[w.end():]


# =====================================================================  message frames (not templates)

SV_GREET = ["Hej!", "Hej,", "Hejsan,", "God morgon,", "Goddag,", "Till kundtjänst,", "Till berörd handläggare,",
            "Hej igen,", "Hallå!", "Tjena,", "Hej hej,", "Bästa kundtjänst,", "Hej på er,", "Hej kundservice!",
            "Till den det berör,", "Hej där,"]
SV_GREET_N = ["Hej {FN}!", "Hej {FN},", "Hej igen {FN},", "Tack {FN},", "Hej {FN} och tack för svaret,"]
SV_CLOSE = ["Mvh", "MVH", "Med vänliga hälsningar", "Vänliga hälsningar", "Hälsningar", "Tack på förhand!\nMvh",
            "Tack och hej", "Ha en bra dag!", "Allt gott", "Tack för hjälpen!", "Med vänlig hälsning",
            "Bästa hälsningar", "Vänligen", "Mvh /", "Hälsningar från en trött kund"]
SV_SIG = ["{NAME}", "{FN}", "{NAME}\n{PHONE}", "{NAME}\nTel: {PHONE}", "{NAME}\n{EMAIL}", "{FN} ({MOBILE})",
          "{NAME}\nMobil {MOBILE}", "{NAME}\n{GATA} {N}, {STAD}", "/{FN}", "{NAME}\nTel. {LAND}"]
SV_SENT = ["Skickat från min iPhone", "Skickat från Outlook för Android", "Skickat från min Samsung Galaxy",
           "Skickat från Mail för Windows"]
SV_QUOTE = [
    "Den {DATE} skrev Kundservice:\n> Hej! Tack för att du kontaktar oss. Ditt ärende har fått nummer {TICKET}.\n"
    "> Vi återkommer så snart vi kan.\n> Vänliga hälsningar\n> Kundservice",
    "-----Ursprungligt meddelande-----\nFrån: Kundtjänst\nSkickat: {DATE}\nÄmne: SV: Ditt ärende {TICKET}\n\n"
    "Hej,\nvi behöver fler uppgifter för att kunna gå vidare med ärendet.",
    "> Hej {FN}! Vi har tagit emot ditt ärende och handläggningstiden är just nu cirka två veckor.\n"
    "> Med vänlig hälsning\n> Handläggare, ärende {TICKET}",
    "Den {DATE} skrev {FN} på Kundtjänst:\n> Tack för ditt mejl. Kan du skicka en bild på skadan?",
]
SV_CHAT_OPEN = ["hej", "Hej!", "hallå", "hej hej", "Hej,", "hejsan", "Hej igen,", "god kväll!", "Hej där",
                "Hej, jag har en fråga.", "hej!!", "Hallå?"]
SV_CHAT_CLOSE = ["tack", "tack på förhand", "mvh", "tack!", "🙏", "tack så mycket", "tacksam för svar",
                 "hör av er", "/{FN}", "mvh {FN}", "tack // {FN}"]
SV_TITLE = [
    "Någon mer som haft problem med [fakturan|inloggningen|leveransen|appen]?", "Fråga om handläggningstid",
    "Hur gör man med [ansökan|returen|flytten|uppsägningen]?", "Varning för [krångel|lång väntetid]",
    "Tips: så fick jag svar till slut", "Ingen svarar i telefon", "Hjälp med ett brev jag fått",
    "Är det bara jag?", "Dubbeldebitering??", "Erfarenheter av [hemtjänsten|färdtjänsten|vårdcentralen|skolan]?",
    "Förseningsersättning – lönt att söka?", "{~[Sjukt|Vansinnigt|Sanslöst|Sjukligt]} dålig kundtjänst", "Hur lång tid tog det för er?",
    "Överklaga beslut – hur gjorde ni?", "Fel i fakturan", "Paket som aldrig kom", "Råd behövs!",
    "Bemötande i receptionen", "Någon som vet?", "Bytte avtal – ångrar mig", "Problem med BankID",
    "Inloggning [{~kraschar}|{~dör}|{~hänger sig}]", "Tack till personalen!", "Så här gick det med min ansökan", "Krångel med blanketter",
    "Fråga till er som har barn i skolan", "Brist på information", "Elpriset i vinter", "Hyresvärden svarar inte",
]
SV_TAGS = ["Fråga", "LÖST", "Hjälp", "Tips", "Varning", "Klagomål", "Diskussion", "Uppdatering"]
SV_EDIT = ["Edit: stavfel.", "EDIT: har fått svar nu, tack alla!", "Uppdatering: fortfarande inget svar.",
           "Edit 2: löst!", "Uppdatering: de ringde till slut.", "Edit: lade till mer info."]
SV_FORUM_SIG = ["/{FN}", "// {FN}", "mvh {FN}", "/ en trött förälder", "// en förvirrad kund", "/ Anonym",
                "hälsningar från {STAD}"]

EN_GREET = ["Hi,", "Hello,", "Dear Sir or Madam,", "Good morning,", "Hello there,", "To whom it may concern,",
            "Hey,", "Hi team,", "Dear customer service,", "Hi again,", "Dear support team,", "Good afternoon,"]
EN_GREET_N = ["Hi {EFN},", "Dear {EFN},", "Hello {EFN},", "Thanks {EFN},", "Hi {EFN}, thanks for getting back to me."]
EN_CLOSE = ["Best regards", "Kind regards", "Regards", "Thanks,", "Many thanks,", "Cheers,", "Best,",
            "Thank you in advance,", "Sincerely,", "Yours faithfully,", "Thanks again,", "All the best,"]
EN_SIG = ["{ENAME}", "{EFN}", "{ENAME}\n{FPHONE}", "{ENAME}\nTel: {FPHONE}", "{ENAME}\n{EMAIL}",
          "{EFN} ({FPHONE})", "{ENAME}\nMobile: {FPHONE}", "{ENAME}\n{ECITY}", "– {EFN}"]
EN_SENT = ["Sent from my iPhone", "Sent from Outlook for Android", "Sent from my Galaxy", "Sent from Mail for Windows"]
EN_QUOTE = [
    "On {DATE}, Customer Support wrote:\n> Hi! Thanks for contacting us. Your case number is {TICKET}.\n"
    "> We'll get back to you as soon as possible.\n> Best regards\n> Support",
    "-----Original Message-----\nFrom: Support\nSent: {DATE}\nSubject: RE: Your request {TICKET}\n\n"
    "Hello,\nwe need some more information before we can proceed.",
    "> Hi {EFN}, we have received your request; current handling time is about two weeks.\n> Kind regards\n"
    "> Support, ticket {TICKET}",
    "On {DATE}, {EFN} from Support wrote:\n> Thanks for your email. Could you send a photo of the damage?",
]
EN_CHAT_OPEN = ["hi", "Hi!", "hello", "hey", "Hi,", "Hello there,", "hiya", "Hi, quick question.", "hello??",
                "Good evening,"]
EN_CHAT_CLOSE = ["thanks", "thanks in advance", "thx", "thank you!", "🙏", "cheers", "ty", "- {EFN}",
                 "thanks, {EFN}"]
EN_TITLE = [
    "Anyone else having problems with [billing|login|delivery|the app]?", "Question about processing time",
    "How do you handle [returns|a move|cancellation|a complaint]?", "Warning: [endless queues|hidden fees]",
    "Tip: how I finally got an answer", "Nobody answers the phone", "Help with a letter I received",
    "Is it just me?", "Charged twice??", "Experiences with [home care|paratransit|the health centre|the school]?",
    "Delay compensation – worth claiming?", "{~[Insanely|Sickeningly|Painfully|Crazy]} bad support", "How long did it take for you?",
    "Appealing a decision – how did you do it?", "Wrong invoice", "Parcel never arrived", "Advice needed!",
    "Account locked again", "Does anyone know?", "Switched plans – regret it", "Great experience for once!",
    "Expat here, confused by the forms", "GDPR request ignored",
]
EN_TAGS = ["Question", "SOLVED", "Help", "Tip", "Warning", "Complaint", "Discussion", "Update"]
EN_EDIT = ["Edit: typo.", "EDIT: got an answer now, thanks all!", "Update: still no reply.", "Edit 2: solved!",
           "Update: they finally called.", "Edit: added more info."]
EN_FORUM_SIG = ["- {EFN}", "/{EFN}", "cheers, {EFN}", "- a tired parent", "- confused customer", "- anon"]

EMOJI = ["🙂", "😊", "😅", "🙏", "👍", "😡", "🤦‍♀️", "🤦", "❤️", "😭", "🎉", "✅", "📦", "🤔", "😤", "🙄", "💸", "😩",
         "🤷‍♂️", "😂", "👌", "☹️", "🔥"]

SV_DOMAINS = [("municipality", 11), ("healthcare", 14), ("social_insurance", 8), ("tax", 5), ("school", 8),
              ("housing", 8), ("utility", 6), ("webshop", 10), ("insurance", 7), ("bank", 7), ("telecom", 7),
              ("library", 4), ("transport", 5)]
EN_DOMAINS = [("eu_company", 22), ("webshop", 13), ("bank", 9), ("telecom", 7), ("insurance", 7),
              ("healthcare", 13), ("housing", 6), ("transport", 7), ("municipality", 5), ("social_insurance", 4),
              ("tax", 3), ("school", 4), ("utility", 4), ("library", 2)]


def has_item_text(s):
    for m in SLOT_RE.finditer(s):
        if m.group(1) in ("!", "@", "#"):
            return True
        if m.group(3) in ITEM_SLOTS or m.group(3) in NAME_SLOTS or m.group(3) in ("H", "A"):
            return True
    return False


class MessageBuilder:
    def __init__(self, g):
        self.g = g
        self.r = g.rng

    def pick_template(self, lang, domain, cat):
        r = self.r
        g = self.g
        keys = []
        if r.random() < 0.78:
            keys.append((lang, domain, cat))
        keys.append((lang, "generic", cat))
        keys.append((lang, domain, cat))
        for k in keys:
            if k in g.tdecks:
                return g.tdecks[k].draw()
        k = (lang, cat)
        if k in g.tdecks_any:
            return g.tdecks_any[k].draw()
        return None

    def body_templates(self, lang, channel, domain, with_items):
        r = self.r
        n = {"chat": wchoice(r, [(1, 4), (2, 4), (3, 1)]), "email": wchoice(r, [(2, 3), (3, 4), (4, 2)]),
             "forum": wchoice(r, [(2, 5), (3, 3), (1, 1)])}[channel]
        cats = []
        core = None
        if with_items:
            core = wchoice(r, [("H", 44), ("A", 20), ("I", 28), ("NAMEONLY", 8)])
            if core != "NAMEONLY":
                cats.append(core)
        while len(cats) < n:
            opts = [("N", 47), ("DH", 17), ("DA", 9), ("DI", 22)]
            if with_items:
                opts += [("H", 5), ("A", 2), ("I", 5)]
            cats.append(wchoice(r, opts))
        r.shuffle(cats)
        out = []
        for c in cats:
            t = self.pick_template(lang, domain, c)
            if t is None:
                continue
            out.append(t)
        return out, core

    def build(self, idx):
        r = self.r
        g = self.g
        lang = "sv" if r.random() < P_SV else "en"
        channel = r.choice(["chat", "email", "forum"])
        domain = wchoice(r, SV_DOMAINS if lang == "sv" else EN_DOMAINS)
        with_items = r.random() >= P_ITEM_FREE
        tpls, core = self.body_templates(lang, channel, domain, with_items)
        for t in tpls:
            g.used_templates[(t["lang"], t["domain"], t["text"])] += 1
        sents = [g.render(t["text"], lang) for t in tpls]
        pieces = []
        sv = lang == "sv"
        need_name = core == "NAMEONLY"

        def R(s):
            return g.render(s, lang)

        def ok(s):
            return with_items or not has_item_text(s)

        if channel == "chat":
            lower = r.random() < (0.32 if sv else 0.24)
            runon = r.random() < 0.35
            if r.random() < 0.55:
                pieces += R(r.choice(SV_CHAT_OPEN if sv else EN_CHAT_OPEN)) + [Piece(" ")]
            for i, sp in enumerate(sents):
                if i:
                    pieces.append(Piece(r.choice([" ", ", ", " ", " och " if sv else " and "]) if runon else " "))
                if runon and sp and sp[-1].cls == "lit" and sp[-1].text.endswith("."):
                    sp[-1].text = sp[-1].text[:-1]
                if runon and i and sp and sp[0].cls == "lit" and sp[0].text[:1].isupper() and \
                        not sp[0].text[:2].isupper():
                    sp[0].text = sp[0].text[0].lower() + sp[0].text[1:]
                pieces += sp
                if r.random() < 0.12:
                    pieces.append(Piece(" " + r.choice(EMOJI)))
            closes = [c for c in (SV_CHAT_CLOSE if sv else EN_CHAT_CLOSE) if ok(c)]
            if need_name:
                closes = [c for c in closes if "FN}" in c]
            if need_name or r.random() < 0.4:
                pieces += [Piece(" ")] + R(r.choice(closes))
            if lower:
                for p in pieces:
                    if p.cls == "lit" or p.label in SOFT_LABELS:
                        p.text = p.text.lower()
            ntypo = wchoice(r, [(0, 45), (1, 40), (2, 15)])
        elif channel == "email":
            if r.random() < 0.2:
                pieces += [Piece("Ämne: " if sv else "Subject: ")] + R(r.choice(SV_TITLE if sv else EN_TITLE)) + \
                    [Piece("\n\n")]
            greets = (SV_GREET + (SV_GREET_N if with_items else [])) if sv else \
                (EN_GREET + (EN_GREET_N if with_items else []))
            if r.random() < 0.9:
                pieces += R(r.choice(greets)) + [Piece("\n\n")]
            # paragraphs
            k = len(sents)
            breaks = set()
            for i in range(1, k):
                if r.random() < 0.4:
                    breaks.add(i)
            if len(sents) >= 2 and r.random() < 0.12:
                pieces.append(Piece(r.choice(["Kort sammanfattat:", "Det gäller följande:", "Punkter:"] if sv else
                                             ["In short:", "The issues are:", "Summary:"]) + "\n"))
                bullet = r.choice(["- ", "* ", "• ", "– ", ""])
                for i, sp in enumerate(sents):
                    pieces.append(Piece(("\n" if i else "") + (bullet if bullet else "%d. " % (i + 1))))
                    pieces += sp
            else:
                for i, sp in enumerate(sents):
                    if i:
                        pieces.append(Piece("\n\n" if i in breaks else (" " if r.random() < 0.8 else "\n")))
                    pieces += sp
            pieces.append(Piece("\n\n"))
            pieces += R(r.choice(SV_CLOSE if sv else EN_CLOSE))
            if with_items and (need_name or r.random() < 0.8):
                pieces.append(Piece("\n"))
                pieces += R(r.choice(SV_SIG if sv else EN_SIG))
            if r.random() < 0.12:
                pieces += [Piece("\n\n")] + R(r.choice(SV_SENT if sv else EN_SENT))
            if r.random() < 0.18:
                qs = [q for q in (SV_QUOTE if sv else EN_QUOTE) if ok(q)]
                pieces += [Piece("\n\n")] + R(r.choice(qs))
            ntypo = wchoice(r, [(0, 70), (1, 25), (2, 5)])
        else:
            title = R(r.choice(SV_TITLE if sv else EN_TITLE))
            f = r.random()
            if f < 0.2:
                pieces += title + [Piece(" – ")]
            elif f < 0.3:
                pieces += title + [Piece(" — ")]
            elif f < 0.5:
                end = "" if title[-1].text[-1:] in "?!." else "."
                pieces += [Piece(("Rubrik: " if sv else "Title: "))] + title + [Piece(end + " ")]
            elif f < 0.7:
                pieces += [Piece("[%s] " % r.choice(SV_TAGS if sv else EN_TAGS))] + title + [Piece(": ")]
            elif f < 0.85:
                pieces += title + [Piece(" " + r.choice(EMOJI) + " ")]
            else:
                pieces += title + [Piece(" | ")]
            numbered = len(sents) >= 2 and r.random() < 0.15
            for i, sp in enumerate(sents):
                if numbered:
                    pieces.append(Piece((" " if i else "") + "%d) " % (i + 1)))
                elif i:
                    pieces.append(Piece(" "))
                pieces += sp
            if r.random() < 0.18:
                pieces += [Piece(" ")] + R(r.choice(SV_EDIT if sv else EN_EDIT))
            sigs = [s for s in (SV_FORUM_SIG if sv else EN_FORUM_SIG) if ok(s)]
            if need_name:
                sigs = [s for s in sigs if "FN}" in s]
            if need_name or r.random() < 0.35:
                pieces += [Piece(" ")] + R(r.choice(sigs))
            if r.random() < 0.1:
                pieces.append(Piece(" " + r.choice(EMOJI)))
            ntypo = wchoice(r, [(0, 55), (1, 35), (2, 10)])
        g.typo(pieces, lang, ntypo)
        return lang, channel, domain, pieces


# =====================================================================  assembly & checks

PNR_SCAN = re.compile(r"(?<!\d)(?:(?:18|19|20)\d{2}|\d{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])"
                      r"[-+ ]?\d{4}(?!\d)")
CARD_SCAN = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
IBAN_SCAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
EMAIL_SCAN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

ITEM_TYPES = ["PNR_PERSONNUMMER", "PNR_SAMORDNING", "PHONE", "EMAIL", "IBAN", "CARD", "HEALTH", "ART9_OTHER",
              "NAME"]
DECOY_KINDS = ["everyday_health", "everyday_art9", "order10", "order12", "orgnr", "ocr", "date", "giftcard16",
               "tracking", "ticket"]

TRACK_RE = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}|1Z[A-Z0-9]{6}\d{10}|0037\d{16}|JJD0\d{15}|TBA\d{12}|IBX-[A-Z0-9]{6}")
TICKET_RE = re.compile(r"#\d{5,6}|ÄR-\d{4}-\d{4}|CS-\d{6}|INC00\d{5}|(KS|BN|SN|MBN|UN) \d{4}/\d{3,4}|SR-\d{5}|"
                       r"ÄRN-\d{6}|\d{4}-\d{5}|T-\d{4}-[A-Z]{2}|CASE-\d{6}|REF-[A-Z0-9]{6}|TKT-\d{6}")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(-\d{2}|/\d{4})?|\d{1,2}\.\d{1,2}\.\d{4}|"
                     r"\d{1,2}(:[ae])? [a-zåäö]+( \d{4})?|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}(, \d{4})?|"
                     r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+|\d{2}/\d{2}/\d{4}")
PHONE_CHARS = re.compile(r"[+()0-9 /-]+")


def check_identifier(kind, v):
    digits = re.sub(r"\D", "", v)
    if kind in ("PNR_PERSONNUMMER", "PNR_SAMORDNING"):
        p = pnr_parse(v)
        return p is not None and p[0] == kind
    if kind == "IBAN":
        return iban_valid(v)
    if kind == "CARD":
        return card_valid(v)
    if kind == "PHONE":
        if not PHONE_CHARS.fullmatch(v):
            return False
        if v.startswith("+46") or v.startswith("0046") or (v.startswith("0") and not v.startswith("00")) or \
                v.startswith("(0"):
            if v.startswith("020 7946") or v.startswith("07700"):
                return len(digits) == 11
            nat = digits[2:] if v.startswith("+46") else (digits[4:] if v.startswith("0046") else digits)
            nat = nat.lstrip("0")
            if not (7 <= len(nat) <= 9):
                return False
            if len(digits) == 10 and v == digits and pnr_digits_valid(digits):
                return False
            return True
        return v.startswith("+") or v.startswith("(")
    if kind == "EMAIL":
        return EMAIL_SCAN.fullmatch(v) is not None
    if kind == "order10":
        return len(digits) == 10 and v == digits and not pnr_digits_valid(digits) and not orgnr_valid(digits)
    if kind == "order12":
        return len(digits) == 12 and v == digits and not pnr12_valid(digits) and not pnr_digits_valid(digits[2:]) \
            and not pnr_digits_valid(digits[:10])
    if kind == "orgnr":
        return orgnr_valid(v)
    if kind == "ocr":
        return v == digits and luhn_ok(digits) and len(digits) not in (10, 12) and not (13 <= len(digits) <= 19) \
            and not card_like(digits)
    if kind == "giftcard16":
        return len(digits) == 16 and not luhn_ok(digits)
    if kind == "tracking":
        return TRACK_RE.fullmatch(v) is not None
    if kind == "ticket":
        return TICKET_RE.fullmatch(v) is not None
    if kind == "date":
        if DATE_RE.fullmatch(v) is None:
            return False
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            datetime.date.fromisoformat(v)
        return True
    return True


def assemble(pieces):
    text = "".join(p.text for p in pieces)
    items, decoys = [], []
    pos = 0
    bpos = 0
    for p in pieces:
        n = len(p.text)
        nb = len(p.text.encode("utf-8"))
        if p.cls in ("item", "decoy"):
            rec = OrderedDict()
            rec["type" if p.cls == "item" else "kind"] = p.label
            rec["start"] = pos
            rec["end"] = pos + n
            rec["bstart"] = bpos
            rec["bend"] = bpos + nb
            rec["value"] = p.text
            (items if p.cls == "item" else decoys).append(rec)
        pos += n
        bpos += nb
    return text, items, decoys


def message_problems(text, items, decoys):
    probs = []
    b = text.encode("utf-8")
    spans = []
    for rec in items + decoys:
        v = rec["value"]
        if text[rec["start"]:rec["end"]] != v:
            probs.append("codepoint slice mismatch %r" % v)
        if b[rec["bstart"]:rec["bend"]].decode("utf-8") != v:
            probs.append("byte slice mismatch %r" % v)
        if v != v.strip() or not v:
            probs.append("untrimmed value %r" % v)
        kind = rec.get("type") or rec.get("kind")
        if not check_identifier(kind, v):
            probs.append("identifier check failed %s %r" % (kind, v))
        spans.append((rec["start"], rec["end"], kind))
    spans.sort()
    for a, c in zip(spans, spans[1:]):
        if c[0] < a[1]:
            probs.append("overlap %r %r" % (a, c))
    # word boundaries for soft labels (a label must not cut a word)
    for rec in items + decoys:
        s, e = rec["start"], rec["end"]
        if s > 0 and text[s - 1].isalnum() and text[s].isalnum():
            probs.append("span starts inside a word %r" % rec["value"])
        if e < len(text) and text[e].isalnum() and text[e - 1].isalnum():
            probs.append("span ends inside a word %r" % rec["value"])

    def covered(s, e, kinds):
        for rec in items + decoys:
            k = rec.get("type") or rec.get("kind")
            if k in kinds and rec["start"] < e and s < rec["end"]:
                return True
        return False

    # accidental identifiers anywhere in the text must be labelled
    for m in PNR_SCAN.finditer(text):
        if pnr_parse(m.group(0)) and not covered(m.start(), m.end(), ("PNR_PERSONNUMMER", "PNR_SAMORDNING")):
            probs.append("unlabelled personnummer-like %r" % m.group(0))
    for m in CARD_SCAN.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if card_like(d) and not covered(m.start(), m.end(), ("CARD",)):
            probs.append("unlabelled card-like %r" % m.group(0))
    for m in IBAN_SCAN.finditer(text):
        if iban_valid(m.group(0)) and not covered(m.start(), m.end(), ("IBAN",)):
            probs.append("unlabelled IBAN %r" % m.group(0))
    for m in EMAIL_SCAN.finditer(text):
        if not covered(m.start(), m.end(), ("EMAIL",)):
            probs.append("unlabelled e-mail %r" % m.group(0))
    return probs


def generate():
    g = Gen()
    mb = MessageBuilder(g)
    msgs, truths = [], []
    meta = []
    retries = 0
    i = 0
    while len(msgs) < N_MESSAGES:
        lang, channel, domain, pieces = mb.build(i)
        text, items, decoys = assemble(pieces)
        probs = message_problems(text, items, decoys)
        if probs:
            retries += 1
            if retries > 200:
                raise SystemExit("too many rejected messages: %s" % probs)
            continue
        i += 1
        mid = "h4-%05d" % i
        m = OrderedDict([("id", mid), ("lang", lang), ("channel", channel), ("text", text)])
        t = OrderedDict([("id", mid), ("items", items), ("decoys", decoys)])
        msgs.append(m)
        truths.append(t)
        meta.append(domain)
    return g, msgs, truths, meta, retries


def final_checks(g, msgs, truths, meta):
    """Corpus-wide assertions (run before writing)."""
    errors = []
    ids = [m["id"] for m in msgs]
    assert len(set(ids)) == len(ids)
    for m, t in zip(msgs, truths):
        assert m["id"] == t["id"]
        errors += ["%s: %s" % (m["id"], p) for p in message_problems(m["text"], t["items"], t["decoys"])]
        assert m["lang"] in ("sv", "en") and m["channel"] in ("chat", "email", "forum")
        if m["channel"] != "email":
            assert "\n" not in m["text"], m["id"]
    assert not errors, errors[:20]
    n = len(msgs)
    sv = sum(1 for m in msgs if m["lang"] == "sv")
    assert 0.66 <= sv / n <= 0.74, sv / n
    ch = Counter(m["channel"] for m in msgs)
    for c in ("chat", "email", "forum"):
        assert 0.28 <= ch[c] / n <= 0.39, ch
    free = sum(1 for t in truths if not t["items"])
    assert 0.28 <= free / n <= 0.39, free / n
    it = Counter(x["type"] for t in truths for x in t["items"])
    dc = Counter(x["kind"] for t in truths for x in t["decoys"])
    h_terms = set(x["value"].lower() for t in truths for x in t["items"] if x["type"] == "HEALTH")
    a_terms = set(x["value"].lower() for t in truths for x in t["items"] if x["type"] == "ART9_OTHER")
    assert it["HEALTH"] >= 900, it
    assert it["ART9_OTHER"] >= 400, it
    assert len(h_terms) >= 600, len(h_terms)
    assert len(a_terms) >= 200, len(a_terms)
    assert dc["everyday_health"] >= 800, dc
    assert dc["everyday_art9"] >= 350, dc
    for k in ITEM_TYPES:
        assert it[k] > 0, k
    for k in DECOY_KINDS:
        assert dc[k] > 0, k
    # same surface word as item in one message and decoy in another
    dh_terms = set(x["value"].lower() for t in truths for x in t["decoys"] if x["kind"] == "everyday_health")
    da_terms = set(x["value"].lower() for t in truths for x in t["decoys"] if x["kind"] == "everyday_art9")
    shared = sorted((h_terms & dh_terms) | (a_terms & da_terms))
    return it, dc, h_terms, a_terms, shared


def crossover_words(truths):
    """Stems that occur inside both an item and a decoy (the same word used in both senses)."""
    def words(kinds, key):
        s = set()
        for t in truths:
            for x in t[key]:
                if x.get("type", x.get("kind")) in kinds:
                    for w in re.findall(r"[^\W\d_]{4,}", x["value"].lower()):
                        s.add(w)
        return s
    hi = words(("HEALTH",), "items")
    hd = words(("everyday_health",), "decoys")
    ai = words(("ART9_OTHER",), "items")
    ad = words(("everyday_art9",), "decoys")
    return sorted(hi & hd), sorted(ai & ad)


def dump_jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def build_stats(g, msgs, truths, meta, it, dc, h_terms, a_terms, xh, xa):
    n = len(msgs)
    tpl_count = Counter(t["lang"] for t in g.tpl)
    tpl_used = Counter(k[0] for k in g.used_templates)
    stats = OrderedDict()
    stats["seed"] = SEED
    stats["messages"] = n
    stats["messages_without_items"] = sum(1 for t in truths if not t["items"])
    stats["items_total"] = sum(it.values())
    stats["decoys_total"] = sum(dc.values())
    stats["items"] = OrderedDict((k, it[k]) for k in ITEM_TYPES)
    stats["decoys"] = OrderedDict((k, dc[k]) for k in DECOY_KINDS)
    stats["lang"] = OrderedDict(sorted(Counter(m["lang"] for m in msgs).items()))
    stats["channel"] = OrderedDict(sorted(Counter(m["channel"] for m in msgs).items()))
    stats["domain"] = OrderedDict(sorted(Counter(meta).items()))
    stats["lang_channel"] = OrderedDict(sorted(Counter("%s/%s" % (m["lang"], m["channel"]) for m in msgs).items()))
    stats["distinct_terms"] = OrderedDict([("HEALTH", len(h_terms)), ("ART9_OTHER", len(a_terms))])
    stats["templates"] = OrderedDict([("sv", tpl_count["sv"]), ("en", tpl_count["en"]),
                                      ("sv_used", tpl_used["sv"]), ("en_used", tpl_used["en"])])
    stats["items_by_lang"] = OrderedDict()
    for lang in ("sv", "en"):
        c = Counter(x["type"] for m, t in zip(msgs, truths) if m["lang"] == lang for x in t["items"])
        stats["items_by_lang"][lang] = OrderedDict((k, c[k]) for k in ITEM_TYPES)
    stats["decoys_by_lang"] = OrderedDict()
    for lang in ("sv", "en"):
        c = Counter(x["kind"] for m, t in zip(msgs, truths) if m["lang"] == lang for x in t["decoys"])
        stats["decoys_by_lang"][lang] = OrderedDict((k, c[k]) for k in DECOY_KINDS)
    stats["words_used_both_as_item_and_decoy"] = OrderedDict([("health", len(xh)), ("art9", len(xa))])
    return stats


README_TMPL = """# h4 — held-out test corpus for the sensitive-data scanner

**Held out. Do not use this corpus to write, tune or debug the scanner, its word lists, thresholds or tests.
Use it only to measure.** If any part of it is ever used during development (read, grepped for examples,
used to pick a threshold), it is no longer held out: write a new corpus with a new author and seed.

Synthetic Swedish (~70 %) and English (~30 %) customer-service messages (chat, e-mail, forum) written to
municipalities, regions/healthcare, social-insurance and tax agencies, schools, housing companies, utilities,
web shops, insurers, banks, telecoms, libraries, public transport and (English) EU companies. Every planted
sensitive item and every look-alike decoy is labelled with code-point and UTF-8 byte offsets.

The templates and vocabulary were written independently from general knowledge, without reading the scanner,
its word lists, its tests or the project's other corpora (only the corpus format README, the identifier
reference and the legal reference were read).

All identifiers are synthetic: personnummer/samordningsnummer have correct check digits and real dates but are
random; e-mail addresses use made-up local parts on common free-mail domains; IBANs and cards are valid by
checksum only; UK and US phone numbers use fictional/drama ranges; names are random first+last combinations.

## Files

| file | content |
| --- | --- |
| `messages.jsonl` | one message per line: `{{"id", "lang": "sv"\\|"en", "channel": "chat"\\|"email"\\|"forum", "text"}}` (only e-mails contain `\\n`) |
| `truth.jsonl` | per id: `items` (each with `type`) and `decoys` (each with `kind`); every entry has `start`/`end` (code points), `bstart`/`bend` (UTF-8 bytes) and `value` |
| `stats.json` | counts per item type, decoy kind, language, channel, domain, distinct terms, template counts, seed |
| `generate.py` | the deterministic generator and all checks (Python 3 standard library only) |
| `vocab.py` | term lists (health, Art. 9, names, fillers) by grammatical frame |
| `templates_sv.py`, `templates_en.py` | sentence templates grouped by domain |
| `README.md` | this file (written by `generate.py`) |

## Labels

Item types (must be found): `PNR_PERSONNUMMER`, `PNR_SAMORDNING`, `PHONE` (Swedish mobile and landline numbers
with 2–4 digit area codes in national, `+46`, `0046`, `(0)`, parenthesised, slashed, spaced and compact forms;
foreign E.164 and UK/US national numbers in English messages), `EMAIL`, `IBAN` (SE and 16 other EU countries,
grouped in fours or compact), `CARD` (Visa, Mastercard incl. 2-series, Amex; spaced, dashed or compact),
`HEALTH`, `ART9_OTHER`, `NAME` (optional for the scanner; a finding on a name is not a false positive).

Decoy kinds (must not be reported as what they imitate): `everyday_health`, `everyday_art9`, `order10`,
`order12`, `orgnr`, `ocr`, `date`, `giftcard16`, `tracking`, `ticket`.

### Span convention for HEALTH and ART9_OTHER

The span is the **term itself**: the shortest word or phrase that by itself carries the sensitive meaning,
exactly as written (inflected, compounded, misspelled or lower-cased as in the text). It never includes the
subject, possessive or copula ("min pappa har", "my", "jag är", "she is"), and a leading article
("a", "an", "the", "en", "ett") is left outside the span. Concretely:

* conditions, symptoms, medicines, treatments, aids, care stays: the term or term phrase
  (`typ 2-diabetes`, `migränanfallen`, `Sertralin 50 mg`, `ryggoperationen`, `rullator`, `inlagd på psyk`,
  `on dialysis`, `in intensive care`);
* party, union and congregation membership: the **organisation name alone** (`Vänsterpartiet`, `Kommunal`,
  `Svenska kyrkan`, `Labour Party`), not the words "medlem i"/"member of";
* belief, ethnic origin, political opinion, sexual orientation: the noun or adjective phrase
  (`muslim`, `samisk bakgrund`, `socialist`, `samkönat par`);
* criminal offences/convictions (Art. 10): the whole offence or sanction phrase including its verb
  (`dömdes för snatteri`, `satt på anstalt`, `was convicted of fraud`);
* genetic and biometric data: the data phrase (`BRCA1-mutation`, `fingeravtryck`, `facial scan`).

A scanner match that overlaps the span counts as found.

### Decisions on borderline decoys

* Medicine names with no person attached (a shop's stock list, a price question, a product in a basket) are
  `everyday_health` decoys; the same names taken by or prescribed to a person are `HEALTH`.
* Health words about services rather than about someone's health (opening hours of a pharmacy or health centre,
  a vaccination bus timetable, a hearing loop or wheelchair ramp in a building, how to file a sick-leave form,
  uploading a medical certificate in general, charity campaigns against cancer) are `everyday_health` decoys.
* Figurative, technical and idiomatic uses (software crashes, computer viruses, "sjukt bra", "sick of waiting",
  "retail therapy", "dead link", Swedish *recept* = recipe, *gips* = plasterboard, *tablett* = dishwasher tablet)
  are `everyday_health` decoys.
* Art. 9/10 words not said about a person (a party's press release, a church's opening hours, the union as a
  negotiating party, a fee called *straffavgift*, Swedish *sex* = six, *facket* = a compartment, *parti* = a batch,
  "third party", "free trial", "charged twice", "conservative estimate", a victim's police report, a phone's
  face-recognition feature) are `everyday_art9` decoys.
* `order10`/`order12` fail the personnummer rules (date or check digit); some `order10` start with 07/08 so they
  also look like phone numbers. `orgnr` are valid organisationsnummer (third digit ≥ 2; some with the `16`
  prefix). `ocr` are Luhn-valid references of 6–9, 11 or 20–25 digits (never 10, 12 or 13–19 digits).
  `giftcard16` are 16 digits failing Luhn. Item spans and decoy spans never overlap.

## Counts

{counts}

## How it was made

`generate.py` draws every random choice from one `random.Random({seed})`. Each message picks a language
(70/30), a channel (uniform) and a domain, then decides whether it carries items at all (about a third carry
none: no identifiers, no names, no sensitive terms, but often decoys). Messages with items get one "core"
sentence (health, Art. 9, identifiers, or only a name in the signature) plus filler sentences that are neutral
or contain decoys. Sentence templates ({tpl_sv} Swedish, {tpl_en} English; inline alternatives in `[a|b]`) are
drawn per language, domain and category from shuffled decks so that their use is spread evenly; sensitive terms are drawn
from shuffled decks per grammatical class so that the vocabulary is spread. Channels add their own framing:
chat lines (openers, lower-case writing, run-on sentences, emoji), e-mails (subject, greeting, paragraphs,
sign-off, signature with name/phone/e-mail, "sent from", quoted replies), forum posts (title, tag, edits,
signatures). Typos are injected into literal text only (never into labelled spans).

## Checks done by the script before writing

1. Every item and decoy value slices out of `text` by code points **and** by UTF-8 bytes; values are trimmed
   and do not start or end inside a word.
2. No two labelled spans overlap (items vs. items, decoys vs. decoys, items vs. decoys).
3. Every planted identifier is checked against its label: personnummer/samordningsnummer (Luhn over 10 digits,
   real date ≤ {ref}, day + 60 for samordningsnummer, serial ≠ 000, `+` only in 10-digit form, century
   inference gives the intended birth date); IBAN mod 97 = 1 and country length; card Luhn + Visa/Mastercard/
   Amex prefix and length; phone shape and length (and a compact 10-digit phone is never a valid personnummer);
   `order10`/`order12` fail personnummer rules (also on the 10-digit windows of `order12`) and are not orgnr;
   `orgnr` valid with third digit ≥ 2; `giftcard16` fails Luhn; `ocr` Luhn-valid, not 10/12 digits, not
   13–19 digits (not card-like); tracking, ticket and date values match their shapes (ISO dates are real dates).
4. Whole-text scans: any personnummer-shaped valid number, card-like Luhn number, valid IBAN or e-mail address
   anywhere in a message must be covered by a label of that type (no accidental unlabelled identifiers).
5. Corpus level: {n} messages, Swedish share 66–74 %, each channel 28–39 %, messages without items 28–39 %,
   ≥ 900 HEALTH items with ≥ 600 distinct surface terms, ≥ 400 ART9_OTHER items with ≥ 200 distinct terms,
   ≥ 800 everyday_health and ≥ 350 everyday_art9 decoys, every item type and decoy kind present.
6. Determinism: `python3 generate.py --check` regenerates everything in memory and compares it byte for byte
   with the files on disk.

## Regenerate

    python3 generate.py          # writes messages.jsonl, truth.jsonl, stats.json, README.md; prints stats
    python3 generate.py --check  # verifies the files on disk are exactly what the seed produces

SHA-256 of the outputs: messages.jsonl `{sha_m}`, truth.jsonl `{sha_t}`.
"""


def build_readme(stats, sha_m, sha_t):
    parts = []
    parts.append(md_table(["", "value"], [["messages", stats["messages"]],
                                          ["messages without any item", stats["messages_without_items"]],
                                          ["items", stats["items_total"]], ["decoys", stats["decoys_total"]],
                                          ["distinct HEALTH terms", stats["distinct_terms"]["HEALTH"]],
                                          ["distinct ART9_OTHER terms", stats["distinct_terms"]["ART9_OTHER"]],
                                          ["seed", stats["seed"]]]))
    parts.append(md_table(["item type", "sv", "en", "total"],
                          [[k, stats["items_by_lang"]["sv"][k], stats["items_by_lang"]["en"][k], stats["items"][k]]
                           for k in ITEM_TYPES]))
    parts.append(md_table(["decoy kind", "sv", "en", "total"],
                          [[k, stats["decoys_by_lang"]["sv"][k], stats["decoys_by_lang"]["en"][k],
                            stats["decoys"][k]] for k in DECOY_KINDS]))
    parts.append(md_table(["language", "messages"], list(stats["lang"].items())))
    parts.append(md_table(["channel", "messages"], list(stats["channel"].items())))
    parts.append(md_table(["domain", "messages"], list(stats["domain"].items())))
    parts.append(md_table(["templates", "sv", "en"], [["written", stats["templates"]["sv"], stats["templates"]["en"]],
                                                     ["used at least once", stats["templates"]["sv_used"],
                                                      stats["templates"]["en_used"]]]))
    return README_TMPL.format(counts="\n\n".join(parts), seed=SEED, tpl_sv=stats["templates"]["sv"],
                              tpl_en=stats["templates"]["en"], ref=REF.isoformat(), n=stats["messages"],
                              sha_m=sha_m, sha_t=sha_t)


def main():
    check_only = "--check" in sys.argv
    g, msgs, truths, meta, retries = generate()
    it, dc, h_terms, a_terms, shared = final_checks(g, msgs, truths, meta)
    xh, xa = crossover_words(truths)
    stats = build_stats(g, msgs, truths, meta, it, dc, h_terms, a_terms, xh, xa)
    out_m = dump_jsonl(msgs)
    out_t = dump_jsonl(truths)
    # round-trip check of the JSON lines
    for line_m, line_t in zip(out_m.splitlines(), out_t.splitlines()):
        m = json.loads(line_m)
        t = json.loads(line_t)
        b = m["text"].encode("utf-8")
        for x in t["items"] + t["decoys"]:
            assert m["text"][x["start"]:x["end"]] == x["value"]
            assert b[x["bstart"]:x["bend"]].decode("utf-8") == x["value"]
    out_s = json.dumps(stats, ensure_ascii=False, indent=2) + "\n"
    sha_m = hashlib.sha256(out_m.encode("utf-8")).hexdigest()
    sha_t = hashlib.sha256(out_t.encode("utf-8")).hexdigest()
    out_r = build_readme(stats, sha_m, sha_t)
    files = {"messages.jsonl": out_m, "truth.jsonl": out_t, "stats.json": out_s, "README.md": out_r}
    if check_only:
        bad = []
        for fn, content in files.items():
            p = os.path.join(HERE, fn)
            if not os.path.exists(p) or open(p, "rb").read() != content.encode("utf-8"):
                bad.append(fn)
        if bad:
            raise SystemExit("MISMATCH: %s" % ", ".join(bad))
        print("check ok: files on disk match seed %d" % SEED)
    else:
        for fn, content in files.items():
            with open(os.path.join(HERE, fn), "wb") as f:
                f.write(content.encode("utf-8"))
    print(json.dumps(OrderedDict([(k, stats[k]) for k in ("seed", "messages", "messages_without_items",
                                                          "items_total", "decoys_total", "items", "decoys",
                                                          "lang", "channel", "distinct_terms", "templates",
                                                          "words_used_both_as_item_and_decoy")]),
                     ensure_ascii=False, indent=1))
    print("rejected-and-regenerated messages:", retries, file=sys.stderr)


if __name__ == "__main__":
    main()
