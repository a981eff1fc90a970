#!/usr/bin/env python3
"""Held-out test corpus no. 3 for the Samtal sensitive-data scanner.

Writes messages.jsonl, truth.jsonl and stats.json next to this file.
Python 3 standard library only; fixed seed; byte-for-byte deterministic.

This corpus was written independently of the scanner: its author never read the
scanner's source, lexicons or tests. Do not use it to write or tune the scanner.

Template mini-language used below:
  (a|b|c)        pick one alternative (may be nested, may be empty: (a|))
  {SLOT} {SLOT^} fill a slot (^ = capitalise first letter)
  [[H:text]]     HEALTH item            [[A:text]]  ART9_OTHER item
  [[N:text]]     NAME item
  [[eh:text]]    everyday_health decoy  [[ea:text]] everyday_art9 decoy
Vocabulary entries may mark the labelled core with single brackets: "en [stroke]".
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 20250611
N_MESSAGES = 3300
REF_DATE = datetime.date(2025, 6, 1)   # reference date for century inference
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

rng = random.Random(SEED)

# Approximate targets; selection is steered towards categories still below target.
TARGETS = {
    'HEALTH': 1060, 'ART9_OTHER': 460, 'PHONE': 950, 'PNR_PERSONNUMMER': 550,
    'PNR_SAMORDNING': 200, 'EMAIL': 400, 'IBAN': 80, 'CARD': 80,
    'everyday_health': 900, 'everyday_art9': 350, 'order10': 450, 'order12': 150,
    'orgnr': 200, 'ocr': 200, 'date': 380, 'giftcard16': 80, 'tracking': 150,
    'ticket': 250,
}
ITEM_TYPES = ['PNR_PERSONNUMMER', 'PNR_SAMORDNING', 'PHONE', 'EMAIL', 'IBAN', 'CARD',
              'HEALTH', 'ART9_OTHER', 'NAME']
DECOY_KINDS = ['everyday_health', 'everyday_art9', 'order10', 'order12', 'orgnr', 'ocr',
               'date', 'giftcard16', 'tracking', 'ticket']

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def wchoice(pairs):
    """pairs: list of (value, weight)"""
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    acc = 0.0
    for v, w in pairs:
        acc += w
        if r < acc:
            return v
    return pairs[-1][0]


def digits(n, first_nonzero=False):
    s = ''.join(rng.choice('0123456789') for _ in range(n))
    if first_nonzero and s and s[0] == '0':
        s = rng.choice('123456789') + s[1:]
    return s


def luhn_ok(ds):
    total = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(payload):
    for c in '0123456789':
        if luhn_ok(payload + c):
            return c
    raise AssertionError


def date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def pnr10_valid(ten):
    """True if ten digits could be a valid personnummer/samordningsnummer (any century)."""
    if len(ten) != 10 or not ten.isdigit() or not luhn_ok(ten) or ten[6:9] == '000':
        return False
    yy, mm, dd = int(ten[0:2]), int(ten[2:4]), int(ten[4:6])
    if dd > 60:
        dd -= 60
    return any(date_ok(c * 100 + yy, mm, dd) for c in (18, 19, 20))


def pnr12_valid(tw):
    if len(tw) != 12 or not tw.isdigit() or tw[:2] not in ('18', '19', '20'):
        return False
    ten = tw[2:]
    if not luhn_ok(ten) or ten[6:9] == '000':
        return False
    mm, dd = int(ten[2:4]), int(ten[4:6])
    if dd > 60:
        dd -= 60
    return date_ok(int(tw[:4]), mm, dd)


def orgnr_valid(ten):
    return (len(ten) == 10 and ten.isdigit() and ten[0] in '1235679' + '8'
            and int(ten[2]) >= 2 and luhn_ok(ten))


def card_like(ds):
    if not (13 <= len(ds) <= 19) or not luhn_ok(ds):
        return False
    if ds[0] == '4' or ds[:2] in ('34', '37') or '51' <= ds[:2] <= '55':
        return True
    return 2221 <= int(ds[:4]) <= 2720


def ascii_fold(s):
    s = s.replace('ß', 'ss').replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae')
    n = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in n if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# identifier generators (items)
# ---------------------------------------------------------------------------

def rand_date(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def make_pnr(sam=False, who='adult'):
    """Personnummer / samordningsnummer with correct check digit and a real date."""
    if who == 'elder':
        fmt = wchoice([('plus', 55), ('12dash', 27), ('12', 8), ('10dash', 10)])
    elif sam:
        fmt = wchoice([('10dash', 45), ('12dash', 30), ('12', 10), ('10', 15)])
    else:
        fmt = wchoice([('10dash', 36), ('10', 15), ('12dash', 26), ('12', 15),
                       ('10space', 4), ('12space', 2)])
    if fmt == 'plus':
        d = rand_date(1913, 1924)          # 100+ years old at REF_DATE
    elif who == 'child':
        d = rand_date(2008, 2023)
    elif who == 'elder':
        d = rand_date(1930, 1948)
    elif sam:
        d = rand_date(1955, 2006)
    else:
        d = rand_date(1937, 2006)
    day = d.day + (60 if sam else 0)
    serial = '%03d' % rng.randint(1, 999)
    body = '%02d%02d%02d%s' % (d.year % 100, d.month, day, serial)
    ten = body + luhn_digit(body)
    assert pnr10_valid(ten)
    cent = str(d.year // 100)
    if fmt == '10dash':
        return ten[:6] + '-' + ten[6:]
    if fmt == '10':
        return ten
    if fmt == '10space':
        return ten[:6] + ' ' + ten[6:]
    if fmt == 'plus':
        return ten[:6] + '+' + ten[6:]
    if fmt == '12dash':
        return cent + ten[:6] + '-' + ten[6:]
    if fmt == '12space':
        return cent + ten[:6] + ' ' + ten[6:]
    return cent + ten


MOBILE_NDC = ['70', '72', '73', '76', '79']
AREA_CODES = [('8', [7, 8], 8), ('31', [6, 7], 4), ('40', [6, 7], 3), ('18', [6], 2),
              ('13', [6], 1), ('19', [6], 1), ('21', [6], 1), ('23', [5, 6], 1),
              ('26', [6], 1), ('35', [6], 1), ('36', [6], 1), ('42', [6], 1),
              ('46', [6], 1), ('54', [6], 1), ('60', [6], 1), ('63', [6], 1),
              ('90', [6], 2), ('920', [5, 6], 1), ('910', [5, 6], 1), ('380', [5], 1),
              ('480', [5], 1), ('520', [5], 1), ('570', [5], 1), ('660', [5], 1),
              ('980', [5], 1), ('498', [5], 1), ('471', [5], 1), ('150', [5], 1),
              ('240', [5], 1), ('11', [6], 1), ('16', [6], 1)]


def group_sub(s):
    n = len(s)
    if n == 5:
        return s[:3] + ' ' + s[3:]
    if n == 6:
        return s[:2] + ' ' + s[2:4] + ' ' + s[4:]
    if n == 7:
        return s[:3] + ' ' + s[3:5] + ' ' + s[5:]
    return s[:3] + ' ' + s[3:6] + ' ' + s[6:]


def make_mobile():
    while True:
        p = rng.choice(MOBILE_NDC)
        s = digits(7)
        if not pnr10_valid('0' + p + s):
            break
    g = s[:3] + ' ' + s[3:5] + ' ' + s[5:]
    fmt = wchoice([
        ('0{p}-{g}', 22), ('0{p}{s}', 14), ('0{p} {g}', 12), ('0{p}-{s}', 9),
        ('+46 {p} {g}', 9), ('+46{p}{s}', 6), ('+46(0){p}-{g}', 3), ('+46 (0){p} {g}', 3),
        ('0046 {p} {g}', 3), ('0046{p}{s}', 2), ('0{p}.{d3}.{d2}.{e2}', 3),
        ('0{p}-{a2} {b2} {c3}', 4), ('0{p} {a2} {b2} {c3}', 2), ('(0{p}) {g}', 2),
        ('+46-{p}-{s}', 1), ('0{p}/{g}', 2), ('+46 {p}-{g}', 2)])
    return fmt.format(p=p, s=s, g=g, d3=s[:3], d2=s[3:5], e2=s[5:], a2=s[:2], b2=s[2:4],
                      c3=s[4:])


def make_landline():
    while True:
        a, lens, _ = wchoice([(x, x[2]) for x in AREA_CODES])
        n = rng.choice(lens)
        s = digits(n, first_nonzero=True)
        if len('0' + a + s) == 10 and pnr10_valid('0' + a + s):
            continue
        break
    g = group_sub(s)
    fmt = wchoice([('0{a}-{g}', 34), ('0{a} {g}', 14), ('0{a}-{s}', 12), ('0{a}{s}', 6),
                   ('+46 {a} {g}', 12), ('+46(0){a}-{g}', 5), ('+46{a}{s}', 4),
                   ('0046 {a} {g}', 4), ('(0{a}) {g}', 4), ('0{a}/{s}', 2)])
    return fmt.format(a=a, s=s, g=g)


def make_phone_se():
    return make_mobile() if rng.random() < 0.74 else make_landline()


def make_phone_uk():
    k = rng.random()
    t = '%03d' % rng.randint(0, 999)
    if k < 0.45:
        return wchoice([('07700 900' + t, 4), ('+44 7700 900' + t, 4),
                        ('+44 (0)7700 900' + t, 1), ('07700900' + t, 1)])
    if k < 0.75:
        return wchoice([('020 7946 0' + t, 4), ('+44 20 7946 0' + t, 3),
                        ('+44 (0)20 7946 0' + t, 1)])
    return wchoice([('0161 496 0' + t, 2), ('+44 161 496 0' + t, 1), ('0117 496 0' + t, 1),
                    ('0113 496 0' + t, 1)])


def make_phone_us():
    ac = rng.choice(['212', '415', '312', '617', '206', '303', '512', '646', '718', '202',
                     '305', '773'])
    t = '01%02d' % rng.randint(0, 99)
    return wchoice([('({a}) 555-{t}', 4), ('{a}-555-{t}', 3), ('+1 {a} 555 {t}', 3),
                    ('+1 ({a}) 555-{t}', 2), ('{a}.555.{t}', 1), ('1-{a}-555-{t}', 1),
                    ('+1-{a}-555-{t}', 1)]).format(a=ac, t=t)


FREEMAIL = [('gmail.com', 30), ('hotmail.com', 10), ('hotmail.se', 8), ('outlook.com', 8),
            ('live.se', 5), ('yahoo.se', 4), ('yahoo.com', 3), ('icloud.com', 7),
            ('me.com', 2), ('telia.com', 5), ('spray.se', 1), ('bredband.net', 2),
            ('comhem.se', 2), ('protonmail.com', 3), ('proton.me', 2), ('gmx.de', 1),
            ('web.de', 1), ('mail.com', 1), ('bahnhof.se', 1), ('tele2.se', 1)]
WORKMAIL = ['byggab.se', 'ekonomikonsult.se', 'skolan.example.se', 'vardbolaget.se',
            'norrlandsbygg.se', 'elfirma.nu', 'student.uu.se', 'student.lu.se',
            'kommunen.example.se', 'redovisning-syd.se', 'transportgruppen.se',
            'hemservice.nu', 'fastighetsteam.se', 'cafe-linden.se', 'ljusdesign.se']


def make_email(first=None, last=None):
    if first is None:
        first, last = random_name_pair(rng.choice(['sv', 'sv', 'en', 'mix']))
    f = re.sub(r"[^a-z]", '', ascii_fold(first).lower())
    l = re.sub(r"[^a-z]", '', ascii_fold(last).lower())
    yy = rng.choice(['%02d' % rng.randint(50, 99), '%02d' % rng.randint(0, 9), str(rng.randint(1, 99)),
                     str(rng.randint(1955, 2006))])
    tag = rng.choice(['ff', 'kommun', 'skatt', 'handla', 'bostad', 'vard', 'skola'])
    nick = rng.choice(['sommarflicka', 'fjallraven', 'kaffekoppen', 'nordstjarna', 'skogsmulle',
                       'vinterbad', 'blabar', 'havsorn', 'lillgubben', 'stugliv', 'pappa.bjorn',
                       'mamma.mia', 'tanten', 'joggaren', 'cykelnord', 'runner', 'coffeefan',
                       'bookworm', 'northernlight', 'moosefan'])
    local = wchoice([
        (f + '.' + l, 26), (f + l, 10), (f[0] + '.' + l, 8), (f + '_' + l, 5),
        (f + '.' + l + yy, 10), (f + yy, 8), (l + '.' + f, 4), (f + '.' + l + '+' + tag, 3),
        (nick + yy, 8), (f + '-' + l, 3), (f[0] + l + yy, 6), (f + '.' + l[0], 3)])
    if rng.random() < 0.22:
        dom = rng.choice(WORKMAIL)
        local = wchoice([(f + '.' + l, 6), (f[0] + l, 2), (f, 1)])
    else:
        dom = wchoice(FREEMAIL)
    addr = local + '@' + dom
    if rng.random() < 0.05:
        addr = local[:1].upper() + local[1:] + '@' + dom
    return addr


IBAN_SPECS = {
    'SE': 'bank3+17', 'DE': 'n18', 'FI': 'n14', 'DK': 'n14', 'NO': 'n11', 'NL': 'a4n10',
    'GB': 'a4n14', 'FR': 'n23', 'ES': 'n20', 'PL': 'n24', 'EE': 'n16', 'AT': 'n16',
    'BE': 'n12', 'IE': 'a4n14',
}
BANK_LETTERS = {'NL': ['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB'],
                'GB': ['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL'],
                'IE': ['AIBK', 'BOFI']}


def iban_check(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    return '%02d' % (98 - int(num) % 97)


def iban_valid(iban):
    iban = iban.replace(' ', '')
    s = iban[4:] + iban[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(cc=None):
    if cc is None:
        cc = wchoice([('SE', 60), ('FI', 7), ('DE', 7), ('DK', 4), ('NO', 4), ('NL', 3),
                      ('GB', 3), ('FR', 2), ('ES', 3), ('PL', 3), ('EE', 1), ('AT', 1),
                      ('BE', 1), ('IE', 1)])
    spec = IBAN_SPECS[cc]
    if cc == 'SE':
        bban = rng.choice(['500', '600', '800', '300', '120', '957', '230', '954', '915',
                           '927', '965']) + digits(17)
    elif spec.startswith('a4'):
        bban = rng.choice(BANK_LETTERS[cc]) + digits(int(spec[3:]))
    else:
        bban = digits(int(spec[1:]))
    iban = cc + iban_check(cc, bban) + bban
    assert iban_valid(iban)
    if rng.random() < 0.62:
        return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


BICS = ['SWEDSESS', 'ESSESESS', 'HANDSESS', 'NDEASESS', 'DABASESX', 'DEUTDEFF', 'NDEAFIHH',
        'INGBNL2A', 'NWBKGB2L', 'OKOYFIHH', 'DNBANOKK']


def make_card():
    kind = wchoice([('visa', 55), ('mc', 30), ('mc2', 5), ('amex', 10)])
    if kind == 'visa':
        body = '4' + digits(14)
    elif kind == 'mc':
        body = '5' + rng.choice('12345') + digits(13)
    elif kind == 'mc2':
        body = str(rng.randint(2221, 2720)) + digits(11)
    else:
        body = rng.choice(['34', '37']) + digits(12)
    pan = body + luhn_digit(body)
    assert card_like(pan)
    if len(pan) == 15:
        if rng.random() < 0.6:
            return pan[:4] + ' ' + pan[4:10] + ' ' + pan[10:]
        return pan
    sep = wchoice([(' ', 50), ('-', 14), ('', 36)])
    return sep.join(pan[i:i + 4] for i in range(0, 16, 4))


# ---------------------------------------------------------------------------
# look-alike generators (decoys)
# ---------------------------------------------------------------------------

def make_order10():
    style = rng.random()
    while True:
        if style < 0.36:
            d = '07' + rng.choice('02369') + digits(7)
        elif style < 0.56:
            d = '08' + digits(8)
        elif style < 0.68:
            d = '0' + rng.choice('1234569') + digits(8)
        else:
            d = digits(10, first_nonzero=True)
        if pnr10_valid(d) or orgnr_valid(d):
            continue
        return d


def make_order12():
    style = rng.random()
    while True:
        if style < 0.4:
            d = rng.choice(['19', '20']) + digits(10)
        else:
            d = digits(12, first_nonzero=True)
        if pnr12_valid(d) or (d[:2] == '16' and orgnr_valid(d[2:])) or pnr10_valid(d[2:]):
            continue
        return d


def make_orgnr():
    g = rng.choice('2555557778889')
    body = g + rng.choice('0123456789') + rng.choice('23456789') + digits(6)
    o = body + luhn_digit(body)
    assert orgnr_valid(o) and not pnr10_valid(o)
    fmt = wchoice([('dash', 74), ('plain', 14), ('16', 5), ('vat', 7)])
    if fmt == 'dash':
        return o[:6] + '-' + o[6:]
    if fmt == 'plain':
        return o
    if fmt == '16':
        return '16' + o[:6] + '-' + o[6:]
    return 'SE' + o + '01'


def make_ocr():
    while True:
        n = wchoice([(6, 1), (7, 2), (8, 3), (9, 3), (11, 3), (13, 2), (14, 3), (15, 2),
                     (16, 3), (17, 2), (18, 3), (19, 2), (20, 2), (22, 1), (25, 1)])
        body = digits(n - 1, first_nonzero=True)
        if body.startswith('46'):
            continue
        o = body + luhn_digit(body)
        if card_like(o):
            continue
        return o


MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti',
             'september', 'oktober', 'november', 'december']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']


def make_date(lang):
    d = rand_date(2023, 2026)
    if lang == 'sv':
        fmt = wchoice([('iso', 38), ('dmy/', 10), ('dmy.', 9), ('d/m', 8), ('ymd/', 4),
                       ('compact', 8), ('yymmdd', 6), ('text', 12), ('d/m-yy', 5)])
    else:
        fmt = wchoice([('iso', 30), ('dmy/', 20), ('mdy/', 10), ('dmy.', 5), ('text', 20),
                       ('textus', 8), ('compact', 4), ('d/m', 3)])
    if fmt == 'iso':
        return d.isoformat()
    if fmt == 'dmy/':
        return '%02d/%02d/%d' % (d.day, d.month, d.year)
    if fmt == 'dmy.':
        return '%02d.%02d.%d' % (d.day, d.month, d.year)
    if fmt == 'd/m':
        return '%d/%d' % (d.day, d.month)
    if fmt == 'ymd/':
        return '%d/%02d/%02d' % (d.year, d.month, d.day)
    if fmt == 'compact':
        return '%d%02d%02d' % (d.year, d.month, d.day)
    if fmt == 'yymmdd':
        return '%02d%02d%02d' % (d.year % 100, d.month, d.day)
    if fmt == 'd/m-yy':
        return '%d/%d-%02d' % (d.day, d.month, d.year % 100)
    if fmt == 'mdy/':
        return '%d/%d/%d' % (d.month, d.day, d.year)
    if fmt == 'textus':
        return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)
    if lang == 'sv':
        return '%d %s %d' % (d.day, MONTHS_SV[d.month - 1], d.year)
    return '%d %s %d' % (d.day, MONTHS_EN[d.month - 1], d.year)


def make_gift16():
    while True:
        d = digits(16, first_nonzero=rng.random() < 0.7)
        if not luhn_ok(d):
            break
    sep = wchoice([(' ', 48), ('', 37), ('-', 15)])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def s10_check(n8):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(n8, w)) % 11
    return '0' if c == 10 else ('5' if c == 11 else str(c))


def make_tracking():
    k = wchoice([('s10', 40), ('sscc', 24), ('jjd', 14), ('ups', 10), ('alnum', 12)])
    if k == 's10':
        n8 = digits(8)
        return (rng.choice(['RR', 'RA', 'LX', 'UA', 'CC', 'EE', 'RB', 'LY', 'UE', 'LA']) + n8 +
                s10_check(n8) + rng.choice(['SE', 'SE', 'SE', 'CN', 'DE', 'GB', 'US', 'NL']))
    if k == 'sscc':
        return '00' + rng.choice(['3735', '3739', '7070', '3730']) + digits(14)
    if k == 'jjd':
        return 'JJD' + '0' + digits(17)
    if k == 'ups':
        return '1Z' + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTUVWXY') for _ in range(6)) + digits(10)
    return (''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3)) + '-' +
            ''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6)))


def make_ticket(lang):
    y = rng.choice(['2024', '2025'])
    k = wchoice([('hash', 14), ('inc', 10), ('sr', 8), ('ar', 10), ('ks', 10), ('cs', 8),
                 ('bn', 6), ('long', 8), ('skv', 6), ('tk', 6), ('fk', 6), ('case', 6)])
    if k == 'hash':
        return '#' + digits(rng.choice([5, 6]), True)
    if k == 'inc':
        return 'INC' + digits(7)
    if k == 'sr':
        return 'SR-' + digits(6, True)
    if k == 'ar':
        return 'ÄR-' + y + '-' + digits(5)
    if k == 'ks':
        return rng.choice(['KS', 'SN', 'BUN', 'MBN', 'TN']) + ' ' + y + '/' + str(rng.randint(12, 2400))
    if k == 'cs':
        return 'CS-' + digits(6, True)
    if k == 'bn':
        return 'BN ' + y + '-' + digits(6)
    if k == 'long':
        return y + '-' + digits(6, True)
    if k == 'skv':
        return 'SKV-' + y + '-' + digits(5)
    if k == 'tk':
        return 'TK' + digits(8)
    if k == 'fk':
        return 'Ä' + digits(9, True) if lang == 'sv' else 'REF-' + digits(7)
    return 'CASE-' + digits(6, True)


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

def _words(s):
    return [w.strip() for w in s.split(',') if w.strip()]


SV_FEMALE = _words("""Anna, Maria, Karin, Sara, Eva, Lena, Emma, Kristina, Johanna, Linnéa, Elin,
 Ida, Malin, Sofia, Hanna, Camilla, Ingrid, Marie, Birgitta, Ulla, Jenny, Frida, Matilda, Ebba,
 Alice, Maja, Agnes, Wilma, Tove, Annika, Helena, Petra, Åsa, Märta, Siv, Gunilla, Lotta,
 Pernilla, Therese, Louise, Moa, Stina, Ylva, Vendela, Signe, Astrid, Gun, Inger, Majken, Tuva""")
SV_MALE = _words("""Erik, Lars, Karl, Anders, Johan, Per, Nils, Mikael, Jan, Hans, Peter, Thomas,
 Daniel, Fredrik, Magnus, Oskar, Gustav, Axel, Elias, Liam, Hugo, Noah, Viktor, Emil, Linus,
 Björn, Göran, Stig, Bengt, Åke, Sören, Rasmus, Jonas, Henrik, Mattias, Kent, Leif, Ove, Tore,
 Arvid, Ludvig, Sixten, Melker, Olle, Pontus, Joakim, Kjell, Ulf""")
MIX_FEMALE = _words("""Fatima, Amina, Leila, Yasmin, Nour, Zeynep, Mirja, Aino, Dragana, Agnieszka,
 Hodan, Samira, Ayan, Shirin, Mariam, Elif, Jelena, Mei, Thi Lan, Parisa, Rahel, Nasra""")
MIX_MALE = _words("""Mohammed, Ahmed, Ali, Omar, Hassan, Yusuf, Mehmet, Arash, Dragan, Piotr,
 Juha, Matti, Tuan, Abdi, Karim, Samir, Goran, Tomasz, Reza, Daniel, Yonas, Bilal""")
SV_LAST = _words("""Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson,
 Svensson, Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg,
 Jakobsson, Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström,
 Lundberg, Lundgren, Lind, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg,
 Sjöberg, Wallin, Engström, Danielsson, Håkansson, Eklund, Lundin, Gunnarsson, Holm, Björk,
 Bergman, Samuelsson, Fransson, Nyström, Holmberg, Åberg, Strand, Söderberg, Hedlund, Ek,
 Nordin, Blom, Sundberg, Falk, Ström, Öberg, Viklund, Dahl, Hellström, Rönnholm""")
MIX_LAST = _words("""Ali, Mohammed, Hassan, Ahmadi, Yilmaz, Nguyen, Kowalski, Nowak, Petrović,
 Hadžić, Korhonen, Virtanen, Abdi, Rahimi, Said, Haddad, Jovanović, Demir, Karimi, Osman,
 Mäkinen, Tesfaye, Ibrahim, Öztürk, Popescu, Wiśniewska""")
EN_FIRST_F = _words("""Emily, Olivia, Sophie, Hannah, Sarah, Rachel, Priya, Aisha, Chloe, Grace,
 Amelia, Mia, Laura, Fiona, Julia, Megan, Lucy, Charlotte, Holly, Nina, Ella, Jessica, Rebecca""")
EN_FIRST_M = _words("""James, Daniel, Michael, David, Tom, Lucas, Ben, Jack, Noah, Mark, Kevin, Ryan,
 Oliver, George, Harry, Sam, Matthew, Andrew, Chris, Luke, Ethan, Owen, Patrick""")
EN_LAST = _words("""Clarke, Walker, Hughes, Murphy, Turner, O'Brien, Patel, Chen, Johnson, Kim,
 Fletcher, Sharma, Khan, Meyer, Martin, Carter, Robinson, Evans, Wright, Fischer, Rossi, Novak,
 García, Schmidt, Thompson, Bennett, O'Neill, Campbell, Cooper, Petrova, Brown, Taylor, Wilson,
 Davies, Reid, Doyle, Müller, Moreau, Kowalczyk, Jensen""")


def random_name_pair(pool, gender=None):
    if gender is None:
        gender = rng.choice('mf')
    if pool == 'en':
        f = rng.choice(EN_FIRST_F if gender == 'f' else EN_FIRST_M)
        l = rng.choice(EN_LAST)
    elif pool == 'mix':
        f = rng.choice(MIX_FEMALE if gender == 'f' else MIX_MALE)
        l = rng.choice(MIX_LAST + SV_LAST[:10])
    else:
        f = rng.choice(SV_FEMALE if gender == 'f' else SV_MALE)
        l = rng.choice(SV_LAST)
    return f, l


# ---------------------------------------------------------------------------
# subjects (who the message is about)
#   sv: (np, subject pronoun, object pronoun, gender)
#   en: (np, pronoun, object pronoun, possessive, gender)
# ---------------------------------------------------------------------------

SV_OTHERS = [('min son', 'han', 'honom', 'm'), ('min dotter', 'hon', 'henne', 'f'),
             ('vår son', 'han', 'honom', 'm'), ('vår dotter', 'hon', 'henne', 'f'),
             ('min man', 'han', 'honom', 'm'), ('min fru', 'hon', 'henne', 'f'),
             ('min sambo', 'hon', 'henne', 'f'), ('min sambo', 'han', 'honom', 'm'),
             ('pappa', 'han', 'honom', 'm'), ('mamma', 'hon', 'henne', 'f'),
             ('min mamma', 'hon', 'henne', 'f'), ('min pappa', 'han', 'honom', 'm'),
             ('min mormor', 'hon', 'henne', 'f'), ('min farfar', 'han', 'honom', 'm'),
             ('min bror', 'han', 'honom', 'm'), ('min syster', 'hon', 'henne', 'f'),
             ('min svärmor', 'hon', 'henne', 'f'), ('min pojkvän', 'han', 'honom', 'm'),
             ('min flickvän', 'hon', 'henne', 'f'), ('min äldsta dotter', 'hon', 'henne', 'f'),
             ('min yngsta son', 'han', 'honom', 'm'), ('min man', 'han', 'honom', 'm')]
SV_CHILD = [('min son', 'han', 'honom', 'm'), ('min dotter', 'hon', 'henne', 'f'),
            ('vår son', 'han', 'honom', 'm'), ('vår dotter', 'hon', 'henne', 'f'),
            ('min son [[N:{BOY}]]', 'han', 'honom', 'm'),
            ('min dotter [[N:{GIRL}]]', 'hon', 'henne', 'f'),
            ('vår yngsta', 'hen', 'hen', 'x'), ('min bonusson', 'han', 'honom', 'm'),
            ('vår äldsta dotter', 'hon', 'henne', 'f'),
            ('min son i årskurs (3|5|7|8)', 'han', 'honom', 'm'),
            ('min dotter i (tvåan|fyran|sjuan|nian)', 'hon', 'henne', 'f')]
SV_ELDER = [('pappa', 'han', 'honom', 'm'), ('mamma', 'hon', 'henne', 'f'),
            ('min pappa', 'han', 'honom', 'm'), ('min mamma', 'hon', 'henne', 'f'),
            ('min mormor', 'hon', 'henne', 'f'), ('min morfar', 'han', 'honom', 'm'),
            ('min farmor', 'hon', 'henne', 'f'), ('min farfar', 'han', 'honom', 'm'),
            ('min svärfar', 'han', 'honom', 'm'), ('min gamla mamma', 'hon', 'henne', 'f'),
            ('min far', 'han', 'honom', 'm'), ('min mor', 'hon', 'henne', 'f')]
SV_RELATIVE = ['min bror', 'min syster', 'min son', 'min vuxna dotter', 'min kusin',
               'min pappa', 'min exman', 'min granne']

EN_OTHERS = [('my son', 'he', 'him', 'his', 'm'), ('my daughter', 'she', 'her', 'her', 'f'),
             ('my husband', 'he', 'him', 'his', 'm'), ('my wife', 'she', 'her', 'her', 'f'),
             ('my partner', 'she', 'her', 'her', 'f'), ('my partner', 'he', 'him', 'his', 'm'),
             ('my dad', 'he', 'him', 'his', 'm'), ('my mum', 'she', 'her', 'her', 'f'),
             ('my mother', 'she', 'her', 'her', 'f'), ('my father', 'he', 'him', 'his', 'm'),
             ('my grandmother', 'she', 'her', 'her', 'f'), ('my brother', 'he', 'him', 'his', 'm'),
             ('my sister', 'she', 'her', 'her', 'f'), ('my boyfriend', 'he', 'him', 'his', 'm'),
             ('our son', 'he', 'him', 'his', 'm'), ('our daughter', 'she', 'her', 'her', 'f'),
             ('my mom', 'she', 'her', 'her', 'f'), ('my fiancée', 'she', 'her', 'her', 'f')]
EN_CHILD = [('my son', 'he', 'him', 'his', 'm'), ('my daughter', 'she', 'her', 'her', 'f'),
            ('our son', 'he', 'him', 'his', 'm'), ('our daughter', 'she', 'her', 'her', 'f'),
            ('my son [[N:{BOY_EN}]]', 'he', 'him', 'his', 'm'),
            ('my daughter [[N:{GIRL_EN}]]', 'she', 'her', 'her', 'f'),
            ('my stepson', 'he', 'him', 'his', 'm'), ('our youngest', 'she', 'her', 'her', 'f'),
            ('my eldest', 'he', 'him', 'his', 'm'),
            ('my son, who is in year (3|5|7),', 'he', 'him', 'his', 'm')]
EN_ELDER = [('my dad', 'he', 'him', 'his', 'm'), ('my mum', 'she', 'her', 'her', 'f'),
            ('my father', 'he', 'him', 'his', 'm'), ('my mother', 'she', 'her', 'her', 'f'),
            ('my grandmother', 'she', 'her', 'her', 'f'), ('my grandad', 'he', 'him', 'his', 'm'),
            ('my father-in-law', 'he', 'him', 'his', 'm'), ('my elderly mother', 'she', 'her', 'her', 'f')]
EN_RELATIVE = ['my brother', 'my sister', 'my son', 'my adult daughter', 'my cousin',
               'my father', 'my ex-husband', 'my neighbour']

BOYS_SV = _words("Elias, Liam, Hugo, Noah, William, Oscar, Lucas, Adam, Viggo, Alfred, Ebbe, Malte, Ibrahim, Leo, Sixten, Måns")
GIRLS_SV = _words("Alice, Maja, Ella, Vera, Selma, Olivia, Saga, Alva, Stella, Nova, Ines, Leah, Tyra, Juni, Märta, Amira")
BOYS_EN = _words("Oliver, Jack, Harry, Leo, Max, Toby, Finn, Arthur, Theo, Charlie")
GIRLS_EN = _words("Ava, Isla, Freya, Poppy, Ruby, Evie, Lily, Zoe, Nora, Ivy")
AGENTS_SV = _words("Sara, Johan, Maria, Ahmed, Lisa, Peter, Emma, Nadia, Kalle, Lina, Mats, Jessica, Fredrik, Hanna, Robin, Yvonne")
AGENTS_EN = _words("Sarah, John, Maria, Ahmed, Lisa, Peter, Emma, Nadia, Tom, Lina, Kate, Jessica, Mike, Hanna, Robin")


# ---------------------------------------------------------------------------
# vocabularies (compiled for this corpus)
# one entry per line; "[...]" marks the labelled core, otherwise the whole entry
# ---------------------------------------------------------------------------

def _lines(s):
    out = []
    for line in s.split('\n'):
        line = line.strip()
        if line and not line.startswith('#'):
            out.append(line)
    return out


VOCAB = {'sv': {}, 'en': {}}
SV = VOCAB['sv']
EN = VOCAB['en']

SV['H_COND'] = _lines("""
diabetes typ 1
typ 2-diabetes
diabetes
astma
svår astma
KOL
epilepsi
MS
Parkinsons sjukdom
Alzheimers sjukdom
en demenssjukdom
reumatoid artrit
ledgångsreumatism
psoriasis
psoriasisartrit
Crohns sjukdom
ulcerös kolit
IBS
celiaki
endometrios
adenomyos
PCOS
fibromyalgi
ME/CFS
postcovid
långtidscovid
hjärtsvikt
förmaksflimmer
högt blodtryck
kärlkramp
kronisk njursvikt
levercirros
hepatit C
hiv
borrelia
bältros
bröstcancer
prostatacancer
tjocktarmscancer
lungcancer
äggstockscancer
leukemi
lymfom
en [hjärntumör]
malignt melanom
ADHD
ADD
autism
Aspergers syndrom
Tourettes syndrom
en [språkstörning]
en [intellektuell funktionsnedsättning]
Downs syndrom
CP
ryggmärgsbråck
en [ryggmärgsskada]
en [whiplashskada]
diskbråck
ischias
artros
knäartros
benskörhet
tinnitus
en [hörselnedsättning]
makuladegeneration
grön starr
grå starr
depression
en [djup depression]
bipolär sjukdom
schizofreni
ett [ångestsyndrom]
generaliserat ångestsyndrom
social fobi
paniksyndrom
PTSD
tvångssyndrom
OCD
anorexi
bulimi
en [ätstörning]
utmattningssyndrom
hypotyreos
giftstruma
Hashimotos sjukdom
Addisons sjukdom
sarkoidos
SLE
Sjögrens syndrom
Bechterews sjukdom
Ehlers-Danlos syndrom
hemofili
sicklecellanemi
talassemi
cystisk fibros
ALS
Huntingtons sjukdom
myastenia gravis
narkolepsi
sömnapné
migrän
kronisk migrän
klusterhuvudvärk
trigeminusneuralgi
karpaltunnelsyndrom
en [frusen skuldra]
inkontinens
njursten
gallsten
svår nötallergi
atopiskt eksem
alopeci
vitiligo
lipödem
lymfödem
POTS
en [förvärvad hjärnskada]
afasi
diabetesretinopati
neuropati
ett [medfött hjärtfel]
ett [hjärtklaffsfel]
WPW-syndrom
svår endometrios
kronisk bihåleinflammation
glaukom
mitokondriell sjukdom
Menières sjukdom
polymyalgia reumatika
hidradenitis suppurativa
interstitiell cystit
kronisk pankreatit
""")

SV['H_DIAG'] = _lines("""
ADHD
ADD
juvenil idiopatisk artrit
barnreumatism
leukemi
autism
autismspektrumtillstånd
Aspergers syndrom
Tourettes syndrom
dyslexi
dyskalkyli
bipolär sjukdom typ 2
emotionellt instabil personlighetsstörning
borderline
schizofreni
paranoid schizofreni
PTSD
komplex PTSD
fibromyalgi
typ 1-diabetes
epilepsi
endometrios
Crohns sjukdom
celiaki
ME/CFS
långtidscovid
narkolepsi
POTS
Ehlers-Danlos syndrom
selektiv mutism
språkstörning
lindrig intellektuell funktionsnedsättning
FASD
Klinefelters syndrom
Turners syndrom
Noonans syndrom
fragilt X-syndrom
spinal muskelatrofi
Duchennes muskeldystrofi
tuberös skleros
PANS
ARFID
anorexia nervosa
generaliserat ångestsyndrom
tvångssyndrom
""")

SV['H_CHILD'] = _lines("""
ADHD
autism
typ 1-diabetes
diabetes typ 1
epilepsi
Downs syndrom
CP
en [språkstörning]
dyslexi
astma
svår nötallergi
celiaki
en [hörselnedsättning]
Aspergers syndrom
Tourettes syndrom
selektiv mutism
ARFID
PANS
en [intellektuell funktionsnedsättning]
cystisk fibros
leukemi
ett [medfött hjärtfel]
juvenil idiopatisk artrit
barnreumatism
en [ätstörning]
svår ångest
depression
FASD
spinal muskelatrofi
dyskalkyli
en [synnedsättning]
Duchennes muskeldystrofi
ADD
autism och ADHD
""")

SV['H_CHILD_ALLERGY'] = _lines("""
svår nötallergi
celiaki
mjölkproteinallergi
äggallergi
en svår jordnötsallergi
fiskallergi
allergi mot sesam
""")

SV['H_DEF'] = _lines("""
astman
diabetesen
epilepsin
migränen
depressionen
cancern
bröstcancern
reumatismen
artrosen
psoriasisen
hjärtsvikten
stroken
hjärtinfarkten
endometriosen
utmattningssyndromet
tinnitusen
sömnapnén
diskbråcket
ryggskottet
whiplashskadan
hjärnskakningen
lunginflammationen
ADHD:n
autismen
nötallergin
eksemet
spelberoendet
missbruket
alkoholberoendet
cellgiftsbehandlingen
strålbehandlingen
dialysen
graviditeten
förlossningsdepressionen
missfallet
fibromyalgin
ångesten
panikångesten
yrselanfallen
hjärnskadan
demensen
de kroniska smärtorna
höftfrakturen
förmaksflimret
bältrosen
borrelian
ätstörningen
psykosen
utbrändheten
långtidscoviden
ryggmärgsskadan
synnedsättningen
hörselnedsättningen
migränanfallen
epilepsianfallen
astmaattackerna
""")

SV['H_MED'] = _lines("""
sertralin
Sertralin Accord
Zoloft
escitalopram
Cipralex
fluoxetin
Fontex
venlafaxin
Efexor
mirtazapin
Voxra
bupropion
Concerta
Elvanse
metylfenidat
Ritalin
Medikinet
Strattera
Intuniv
insulin
NovoRapid
Lantus
Tresiba
Ozempic
Wegovy
Mounjaro
metformin
Waran
Eliquis
Xarelto
Trombyl
Levaxin
Euthyrox
Lyrica
pregabalin
gabapentin
Oxynorm
OxyContin
Citodon
tramadol
morfin
metadon
Subutex
buprenorfin
Suboxone
Antabus
Campral
naltrexon
litium
Lithionit
lamotrigin
Lamictal
Keppra
Ergenyl
Tegretol
Seroquel
quetiapin
Abilify
olanzapin
Zyprexa
Risperdal
Atarax
Propavan
Imovane
zopiklon
Stesolid
Sobril
Xanor
prednisolon
Betapred
Humira
Enbrel
metotrexat
Ventoline
Bricanyl
Symbicort
Spiriva
Losec
omeprazol
Atacand
Seloken
Fragmin
Tamoxifen
Letrozol
PrEP
Naloxon
Saxenda
Madopark
Aricept
Ebixa
Imigran
sumatriptan
Lergigan
Theralen
Valdoxan
Elontril
Circadin
Nozinan
Dolcontin
Alprazolam
Clozapin
Inderal
""")

SV['H_MED_CHILD'] = _lines("""
Concerta
Elvanse
Medikinet
Ritalin
Intuniv
insulin
NovoRapid
melatonin
Circadin
Ventoline
Keppra
Ergenyl
Lamictal
Strattera
Atarax
""")

SV['H_TREAT'] = _lines("""
dialys
hemodialys
bukhinnedialys
cellgiftsbehandling
cytostatikabehandling
strålbehandling
immunterapi
KBT
samtalsterapi
psykoterapi
traumaterapi
ECT
elbehandling
fysioterapi
sjukgymnastik
smärtrehabilitering
hjärtrehabilitering
strokerehabilitering
logopedbehandling
LARO-behandling
substitutionsbehandling
antikroppsbehandling
biologisk behandling
syrgasbehandling
blodtransfusioner
ljusbehandling mot psoriasis
DBT-behandling
cellgifter
""")

SV['H_TREAT_FERT'] = _lines("""
IVF-behandling
IVF
insemination
en fertilitetsutredning
äggdonation
ett andra IVF-försök
""")

SV['H_PROC'] = _lines("""
ett [kejsarsnitt]
en [höftledsoperation]
en [knäprotesoperation]
en [bypassoperation]
en [gastric bypass]
en [överviktsoperation]
en [mastektomi]
en [hysterektomi]
en [njurtransplantation]
en [levertransplantation]
en [hjärtoperation]
en [ryggoperation]
en [diskbråcksoperation]
en [gråstarrsoperation]
en [blindtarmsoperation]
en [amputation]
en [ballongvidgning]
en [pacemakeroperation]
en [halsmandeloperation]
en [korsbandsoperation]
en [axeloperation]
en [tumöroperation]
en [abort]
en [sterilisering]
en [vasektomi]
en [koloskopi]
en [gastroskopi]
en [biopsi]
en [magnetröntgen av hjärnan]
en [datortomografi]
en [mammografi]
en [lumbalpunktion]
en [embryoöverföring]
en [äggplockning]
en [stomioperation]
en [tjocktarmsoperation]
en [prostataoperation]
en [sköldkörteloperation]
en [ablation för förmaksflimmer]
""")

SV['H_PROC_DEF'] = _lines("""
kejsarsnittet
höftoperationen
knäoperationen
bypassoperationen
överviktsoperationen
mastektomin
hysterektomin
transplantationen
ryggoperationen
amputationen
biopsin
gallstensoperationen
pacemakeroperationen
korsbandsoperationen
""")

SV['H_SL'] = _lines("""
utmattningssyndrom
depression
utbrändhet
ryggskott
diskbråck
en [whiplashskada]
långtidscovid
postcovid
ångest
en [akut stressreaktion]
ischias
en [axelskada]
en [hjärnskakning]
en [korsbandsskada]
fibromyalgi
migrän
bröstcancer
en [höftfraktur]
graviditetsillamående
foglossning
hyperemesis
ME/CFS
PTSD
bipolär sjukdom
en [knäoperation]
tennisarmbåge
karpaltunnelsyndrom
en [hjärtinfarkt]
en [stroke]
lunginflammation
bältros
borrelia
yrsel
kronisk smärta
tinnitus
en [ätstörning]
en [förlossningsdepression]
ett [ångestsyndrom]
""")

SV['H_STATE'] = _lines("""
döv
blind
synskadad
hörselskadad
rullstolsburen
rörelsehindrad
diabetiker
astmatiker
epileptiker
allergiker
immunsupprimerad
dement
autistisk
multisjuk
nyopererad
hjärtsjuk
njursjuk
cancersjuk
psykiskt sjuk
långtidssjukskriven
sjukskriven på heltid
kraftigt synskadad
gravt hörselskadad
dövblind
lätt dement
inlagd på psykiatrisk avdelning
stomiopererad
strokedrabbad
""")

SV['H_PREG'] = _lines("""
gravid
gravid i vecka (12|18|24|31|36)
höggravid
gravid med tvillingar
gravid för första gången
gravid och sjukskriven för foglossning
i tredje trimestern
nyförlöst
""")

SV['H_STATE_MOB'] = _lines("""
rullstolsburen
rörelsehindrad
synskadad
blind
kraftigt synskadad
svårt hjärtsjuk
beroende av rullator
amputerad på ena benet
förlamad från midjan och ner
beroende av syrgas
""")

SV['H_STATE_ADDICT'] = _lines("""
alkoholist
missbrukare
beroende av opioider
spelberoende
heroinmissbrukare
amfetaminmissbrukare
beroende av tabletter
aktiv i ett missbruk
""")

SV['H_CARE'] = _lines("""
BUP
barn- och ungdomspsykiatrin
vuxenpsykiatrin
psykiatrin
beroendemottagningen
Beroendecentrum
Maria Ungdom
mödravården
MVC
habiliteringen
barnhabiliteringen
psykakuten
minnesmottagningen
smärtmottagningen
ätstörningsenheten
hemsjukvården
ASIH
onkologen
onkologiska kliniken
dialysavdelningen
reumatologen
diabetesmottagningen
hörcentralen
syncentralen
neurologen
hjärtmottagningen
infektionskliniken
fertilitetskliniken
strokeenheten
geriatriken
rättspsykiatrin
ett [behandlingshem]
spelberoendemottagningen
transplantationsenheten
lungmottagningen
psykosmottagningen
""")

SV['H_CARE_CHILD'] = _lines("""
BUP
barnhabiliteringen
Maria Ungdom
ätstörningsenheten
barn- och ungdomspsykiatrin
hörselhabiliteringen
barndiabetesmottagningen
barnonkologen
""")

SV['H_CARE_HOSP'] = _lines("""
IVA
strokeenheten
hjärtavdelningen
intensiven
infektionskliniken
psykiatriska akutavdelningen
onkologavdelningen
""")

SV['H_SYMPT'] = _lines("""
hög feber
bröstsmärtor
svår yrsel
andnöd
kraftiga buksmärtor
blod i urinen
blodiga kräkningar
domningar i vänster arm
svåra huvudvärksattacker
synbortfall
kramper
hjärtklappning
panikattacker
svåra magkramper
ihållande hosta
nattliga svettningar
svullna ben
ledvärk
svimningsanfall
minnesluckor
hallucinationer
självmordstankar
självskadebeteende
ångestattacker
kraftiga blödningar
värkar
sammandragningar
ont i bröstet
tryck över bröstet
svåra ryggsmärtor
dubbelseende
sluddrigt tal
""")

SV['H_EVENT'] = _lines("""
en [stroke]
en [hjärtinfarkt]
en [propp i lungan]
en [blodpropp]
en [hjärnblödning]
ett [epileptiskt anfall]
ett [migränanfall]
ett [astmaanfall]
en [panikattack]
en [allergisk chock]
ett [missfall]
en [psykos]
en [hjärnskakning]
en [TIA]
en [lårbenshalsfraktur]
en [höftfraktur]
[sepsis]
en [blodförgiftning]
ett [hjärtstopp]
ett [psykiskt sammanbrott]
ett [ryggskott]
en [gallstensattack]
en [njurstensattack]
en [överdos]
ett [krampanfall]
en [hjärtinfarkt]
ett [skov]
""")

SV['H_INPAT'] = _lines("""
lunginflammation
RS-virus
blodförgiftning
njurbäckeninflammation
hjärnhinneinflammation
en [blindtarmsinflammation]
ketoacidos
astma
falsk krupp
hjärtsvikt
en [hjärtinfarkt]
en [stroke]
ett [svårt astmaanfall]
en [höftfraktur]
covid
influensa med komplikationer
en [psykos]
bukspottkörtelinflammation
en [tarmvred]
""")

SV['H_COND_ELDER'] = _lines("""
demens
Alzheimers sjukdom
Parkinsons sjukdom
KOL
hjärtsvikt
en [demenssjukdom]
vaskulär demens
grav synnedsättning
benskörhet
makuladegeneration
""")

SV['H_COND_AIR'] = _lines("""
astma
KOL
svår astma
sarkoidos
cystisk fibros
en [kronisk lungsjukdom]
lungfibros
allergisk astma
""")

SV['H_MENTAL'] = _lines("""
PTSD
ångest
ett [ångestsyndrom]
depression
bipolär sjukdom
paniksyndrom
autism
social fobi
tvångssyndrom
utmattningssyndrom
komplex PTSD
""")

SV['H_DEVICE'] = _lines("""
en [syrgaskoncentrator]
en [hemdialysmaskin]
en [respirator]
en [andningsapparat]
en [CPAP för sömnapné]
en [näringspump]
en [elektrisk slemsug]
""")

SV['H_INJURY'] = _lines("""
en [handledsfraktur]
en [hjärnskakning]
en [korsbandsskada]
en [whiplashskada]
ett [armbrott]
en [fotledsfraktur]
en [axelluxation]
en [revbensfraktur]
en [meniskskada]
en [höftfraktur]
en [pisksnärtsskada]
""")

SV['A_REL_SG'] = _lines("""
muslim
praktiserande muslim
troende muslim
katolik
praktiserande katolik
jude
ortodox jude
troende kristen
frikyrklig
pingstvän
syrisk-ortodox
buddhist
hindu
sikh
mormon
Jehovas vittne
sjundedagsadventist
laestadian
shiamuslim
sunnimuslim
""")

SV['A_REL_PL'] = _lines("""
muslimer
praktiserande muslimer
judar
ortodoxa judar
sjundedagsadventister
hinduer
buddhister
Jehovas vittnen
troende kristna
laestadianer
syrisk-ortodoxa
sikher
""")

SV['A_CHURCH'] = _lines("""
Svenska kyrkan
Katolska kyrkan
Syrisk-ortodoxa kyrkan
Equmeniakyrkan
Pingstkyrkan
Livets Ord
Frälsningsarmén
Finska ortodoxa församlingen
Judiska församlingen
Jesu Kristi Kyrka av Sista Dagars Heliga
Islamiska förbundet
Evangeliska Fosterlandsstiftelsen
""")

SV['A_PARTY'] = _lines("""
Vänsterpartiet
Socialdemokraterna
Moderaterna
Sverigedemokraterna
Miljöpartiet
Kristdemokraterna
Centerpartiet
Liberalerna
Feministiskt initiativ
Piratpartiet
Medborgerlig samling
Nyans
Alternativ för Sverige
Sveriges kommunistiska parti
""")

SV['A_PARTY_YOUTH'] = _lines("""
SSU
Ung Vänster
MUF
Grön Ungdom
CUF
Liberala ungdomsförbundet
KDU
Ungsvenskarna
""")

SV['A_POLNOUN'] = _lines("""
sosse
gammal sosse
moderat
kommunist
vänsterpartist
sverigedemokrat
miljöpartist
centerpartist
kristdemokrat
anarkist
socialist
övertygad socialist
nationalist
""")

SV['A_UNION'] = _lines("""
Kommunal
IF Metall
Unionen
Vision
Sveriges Lärare
Vårdförbundet
Byggnads
Seko
Handels
Akademikerförbundet SSR
Sveriges Ingenjörer
Journalistförbundet
Fastighets
Transportarbetareförbundet
Polisförbundet
Läkarförbundet
Elektrikerförbundet
GS-facket
Sveriges Arkitekter
Naturvetarna
Ledarna
SULF
Syndikalisterna
""")

SV['A_ORIENT'] = _lines("""
bisexuell
homosexuell
gay
lesbisk
transperson
transkvinna
transman
ickebinär
queer
pansexuell
asexuell
bög
""")

SV['A_GENDERCARE'] = _lines("""
könsbekräftande behandling
könsbekräftande vård
en könsutredning
könsbekräftande kirurgi
hormonbehandling inom könsbekräftande vård
""")

SV['A_ETHN'] = _lines("""
rom
romsk
same
tornedaling
kurd
assyrier
afrosvensk
svart
somalisk
eritreansk
resande
romni
syrian
sverigefinne
judisk
""")

SV['A_ETHN_PL'] = _lines("""
romer
samer
tornedalingar
kurder
assyrier
resande
sverigefinnar
""")

SV['A_GEN'] = _lines("""
en [BRCA1-mutation]
en [BRCA2-mutation]
[anlag för Huntingtons sjukdom]
[anlag för hemokromatos]
en [Faktor V Leiden-mutation]
[Lynchsyndrom]
en [ärftlig genmutation]
[bäraranlag för cystisk fibros]
""")

SV['A_CRIME'] = _lines("""
dömd för rattfylleri
dömd för ringa narkotikabrott
dömd för misshandel
dömd för bedrägeri
dömd för olovlig körning
dömd för snatteri
dömd för grov stöld
villkorligt frigiven
på skyddstillsyn
inskriven i frivården
misstänkt för stöld
åtalad för ofredande
tidigare straffad
dömd till ungdomstjänst
dömd för skattebrott
dömd för våld mot tjänsteman
""")

SV['A_DIET'] = _lines("""
muslim
praktiserande muslim
jude
ortodox jude
hindu
sikh
sjundedagsadventist
buddhist
""")

SV['A_SABBATH'] = _lines("""
sjundedagsadventist
ortodox jude
praktiserande jude
troende jude
""")

SV['H_PALL'] = _lines("""
palliativ vård
avancerad sjukvård i hemmet
ASIH-insatser
hemdialys
hemsjukvård efter strokerehabiliteringen
""")

SV['H_ADDICT'] = _lines("""
ett [spelberoende]
[alkoholproblem]
[drogproblem]
ett [alkoholberoende]
ett [opioidberoende]
ett [tablettberoende]
ett [cannabisberoende]
""")

SV['H_IMPLANT'] = _lines("""
en [pacemaker]
en [ICD]
ett [cochleaimplantat]
en [insulinpump]
en [neurostimulator]
en [shunt]
""")

SV['H_SYMPT_CHILD'] = _lines("""
hög feber
svår huvudvärk
kräkningar
andnöd
utslag över hela kroppen
kramper
yrsel
kraftiga magsmärtor
näsblod som inte slutar
svullna läppar
ett [astmaanfall]
ett [epileptiskt anfall]
""")

EN['H_BARE'] = _lines("""
asthma
diabetes
epilepsy
migraines
depression
MS
arthritis
back injury
chemo
long COVID
Crohn's
fibromyalgia
endometriosis
heart condition
anxiety
PTSD
COPD
tinnitus
sciatica
ME/CFS
psoriasis
eczema
sleep apnoea
hip fracture
concussion
""")

EN['H_SYMPT_CHILD'] = _lines("""
a [high fever]
a [bad headache]
[vomiting]
[shortness of breath]
a [rash all over]
[seizures]
[dizziness]
[severe stomach pain]
a [nosebleed that wouldn't stop]
[swollen lips]
an [asthma attack]
""")

EN['H_COND'] = _lines("""
type 1 diabetes
type 2 diabetes
diabetes
asthma
severe asthma
COPD
epilepsy
multiple sclerosis
MS
Parkinson's disease
early-onset Alzheimer's
dementia
rheumatoid arthritis
psoriatic arthritis
Crohn's disease
ulcerative colitis
IBS
coeliac disease
celiac disease
endometriosis
PCOS
fibromyalgia
ME/CFS
chronic fatigue syndrome
long COVID
heart failure
atrial fibrillation
high blood pressure
angina
chronic kidney disease
cirrhosis of the liver
hepatitis C
HIV
Lyme disease
shingles
breast cancer
prostate cancer
bowel cancer
lung cancer
ovarian cancer
leukaemia
leukemia
lymphoma
Hodgkin lymphoma
a [brain tumour]
melanoma
ADHD
autism
Asperger's
Tourette's
dyspraxia
a [learning disability]
Down syndrome
cerebral palsy
spina bifida
a [spinal cord injury]
whiplash
a [slipped disc]
sciatica
osteoarthritis
osteoporosis
tinnitus
[hearing loss]
macular degeneration
glaucoma
cataracts
depression
severe depression
clinical depression
bipolar disorder
schizophrenia
generalised anxiety disorder
an [anxiety disorder]
social anxiety
panic disorder
PTSD
OCD
anorexia
bulimia
an [eating disorder]
hypothyroidism
Graves' disease
Hashimoto's
Addison's disease
sarcoidosis
lupus
Sjögren's syndrome
ankylosing spondylitis
Ehlers-Danlos syndrome
haemophilia
sickle cell disease
thalassaemia
cystic fibrosis
ALS
motor neurone disease
Huntington's disease
myasthenia gravis
narcolepsy
sleep apnoea
sleep apnea
migraines
chronic migraine
cluster headaches
trigeminal neuralgia
carpal tunnel syndrome
a [frozen shoulder]
incontinence
kidney stones
gallstones
a [severe nut allergy]
eczema
alopecia
vitiligo
lipoedema
lymphoedema
POTS
a [traumatic brain injury]
aphasia
a [heart condition]
a [congenital heart defect]
a [chronic pain condition]
diabetic neuropathy
Ménière's disease
hidradenitis suppurativa
interstitial cystitis
""")

EN['H_DIAG'] = _lines("""
ADHD
autism
juvenile idiopathic arthritis
acute lymphoblastic leukaemia
autism spectrum disorder
Asperger's syndrome
Tourette's syndrome
dyslexia
dyscalculia
bipolar II disorder
borderline personality disorder
schizophrenia
PTSD
complex PTSD
fibromyalgia
type 1 diabetes
epilepsy
endometriosis
Crohn's disease
coeliac disease
ME/CFS
long COVID
narcolepsy
POTS
Ehlers-Danlos syndrome
selective mutism
developmental language disorder
FASD
Klinefelter syndrome
Turner syndrome
fragile X syndrome
spinal muscular atrophy
Duchenne muscular dystrophy
PANS
ARFID
anorexia nervosa
OCD
""")

EN['H_CHILD'] = _lines("""
ADHD
autism
type 1 diabetes
epilepsy
Down syndrome
cerebral palsy
a [speech and language disorder]
dyslexia
asthma
a [severe nut allergy]
coeliac disease
[hearing loss]
Asperger's
Tourette's
selective mutism
ARFID
PANS
a [learning disability]
cystic fibrosis
leukaemia
a [congenital heart defect]
juvenile arthritis
an [eating disorder]
severe anxiety
depression
spinal muscular atrophy
a [visual impairment]
dyspraxia
""")

EN['H_CHILD_ALLERGY'] = _lines("""
a [severe nut allergy]
coeliac disease
a [cow's milk protein allergy]
an [egg allergy]
a [peanut allergy]
a [fish allergy]
a [sesame allergy]
""")

EN['H_MED'] = _lines("""
sertraline
Zoloft
fluoxetine
Prozac
citalopram
escitalopram
Lexapro
venlafaxine
mirtazapine
bupropion
Wellbutrin
methylphenidate
Ritalin
Concerta
Elvanse
Vyvanse
Adderall
atomoxetine
insulin
Lantus
NovoRapid
metformin
Ozempic
Wegovy
Mounjaro
warfarin
apixaban
Eliquis
rivaroxaban
Xarelto
levothyroxine
pregabalin
gabapentin
oxycodone
codeine
tramadol
morphine
methadone
buprenorphine
Suboxone
naltrexone
disulfiram
Antabuse
lithium
lamotrigine
levetiracetam
Keppra
sodium valproate
carbamazepine
quetiapine
Seroquel
aripiprazole
olanzapine
risperidone
diazepam
Valium
lorazepam
Xanax
alprazolam
zopiclone
zolpidem
prednisolone
Humira
adalimumab
methotrexate
salbutamol
Ventolin
Symbicort
an [EpiPen]
omeprazole
lansoprazole
amlodipine
ramipril
bisoprolol
atorvastatin
tamoxifen
letrozole
PrEP
naloxone
HRT
the [contraceptive pill]
propranolol
sumatriptan
donepezil
memantine
levodopa
clozapine
""")

EN['H_MED_CHILD'] = _lines("""
Concerta
Elvanse
Ritalin
methylphenidate
insulin
melatonin
Ventolin
an [inhaler]
Keppra
an [EpiPen]
guanfacine
""")

EN['H_TREAT'] = _lines("""
dialysis
haemodialysis
chemotherapy
chemo
radiotherapy
radiation therapy
immunotherapy
CBT
counselling
psychotherapy
trauma therapy
EMDR therapy
ECT
physiotherapy
physical therapy
pain rehabilitation
cardiac rehab
stroke rehabilitation
speech therapy
opioid substitution therapy
methadone treatment
hormone therapy
biologic therapy
oxygen therapy
blood transfusions
DBT
""")

EN['H_TREAT_FERT'] = _lines("""
IVF
IVF treatment
fertility treatment
IUI
egg donation
a second round of IVF
""")

EN['H_PROC'] = _lines("""
a [C-section]
a [caesarean]
a [hip replacement]
a [knee replacement]
[bypass surgery]
[gastric bypass surgery]
[weight-loss surgery]
a [mastectomy]
a [hysterectomy]
a [kidney transplant]
a [liver transplant]
[heart surgery]
[spinal surgery]
[back surgery]
[cataract surgery]
an [appendectomy]
an [amputation]
an [angioplasty]
a [tonsillectomy]
[ACL surgery]
[shoulder surgery]
a [lumpectomy]
an [abortion]
a [termination]
a [vasectomy]
a [colonoscopy]
an [endoscopy]
a [biopsy]
an [MRI scan of the brain]
a [CT scan]
a [mammogram]
a [lumbar puncture]
an [embryo transfer]
[egg retrieval]
a [stent procedure]
[thyroid surgery]
[prostate surgery]
""")

EN['H_SL'] = _lines("""
burnout
stress
depression
anxiety
a [bad back]
a [slipped disc]
whiplash
long COVID
a [concussion]
a [broken hip]
sciatica
fibromyalgia
migraines
breast cancer
pneumonia
shingles
PTSD
post-natal depression
hyperemesis
pelvic girdle pain
a [knee injury]
a [torn ACL]
chronic pain
vertigo
glandular fever
exhaustion disorder
""")

EN['H_STATE'] = _lines("""
deaf
blind
registered blind
partially sighted
visually impaired
hard of hearing
a [wheelchair user]
disabled
diabetic
asthmatic
epileptic
immunocompromised
autistic
terminally ill
housebound
a [stroke survivor]
a [cancer patient]
a [type 1 diabetic]
on the [autism spectrum]
HIV positive
profoundly deaf
on long-term sick leave
recovering from [a heart attack]
""")

EN['H_PREG'] = _lines("""
pregnant
(12|20|28|32|36) weeks pregnant
heavily pregnant
pregnant with twins
in the third trimester
expecting a baby in (March|June|October)
""")

EN['H_STATE_MOB'] = _lines("""
a [wheelchair user]
disabled
visually impaired
blind
registered blind
reliant on a walking frame
an [amputee]
paralysed from the waist down
on home oxygen
""")

EN['H_STATE_ADDICT'] = _lines("""
an [alcoholic]
addicted to heroin
addicted to painkillers
a [gambling addict]
using drugs again
in active addiction
dependent on opioids
""")

EN['H_CARE'] = _lines("""
CAMHS
BUP
the [community mental health team]
the [memory clinic]
the [pain clinic]
the [fertility clinic]
[oncology]
the [oncology department]
the [dialysis unit]
the [eating disorder unit]
the [addiction service]
a [drug and alcohol service]
the [psychiatric ward]
the [psych ward]
[antenatal care]
the [maternity clinic]
the [neonatal unit]
the [stroke unit]
the [cardiology clinic]
the [rheumatology clinic]
the [diabetes clinic]
the [sexual health clinic]
the [HIV clinic]
the [palliative care team]
the [habilitation centre]
[adult psychiatry]
the [psychiatric emergency unit]
the [neurology clinic]
""")

EN['H_CARE_CHILD'] = _lines("""
CAMHS
BUP
the [child psychiatry service]
the [habilitation centre]
the [eating disorder unit]
the [paediatric diabetes clinic]
the [children's oncology ward]
""")

EN['H_CARE_HOSP'] = _lines("""
[intensive care]
the [ICU]
the [stroke unit]
the [cardiac ward]
the [psychiatric ward]
the [oncology ward]
""")

EN['H_SYMPT'] = _lines("""
a [high fever]
[chest pain]
[severe dizziness]
[shortness of breath]
[severe abdominal pain]
[blood in the urine]
[numbness in the left arm]
[blackouts]
[seizures]
[palpitations]
[panic attacks]
[constant vomiting]
[night sweats]
[swollen legs]
[joint pain]
[fainting spells]
[memory loss]
[insomnia]
[hallucinations]
[suicidal thoughts]
[self-harm]
[heavy bleeding]
[contractions]
[double vision]
[slurred speech]
[tightness in the chest]
""")

EN['H_EVENT'] = _lines("""
a [stroke]
a [heart attack]
a [pulmonary embolism]
a [blood clot]
a [brain haemorrhage]
an [epileptic seizure]
a [seizure]
a [migraine attack]
an [asthma attack]
a [panic attack]
an [anaphylactic reaction]
a [miscarriage]
a [psychotic episode]
a [concussion]
a [TIA]
a [mini-stroke]
a [broken hip]
[sepsis]
a [cardiac arrest]
a [nervous breakdown]
an [overdose]
an [MS relapse]
a [gallbladder attack]
""")

EN['H_INPAT'] = _lines("""
pneumonia
RSV
sepsis
a [kidney infection]
meningitis
[appendicitis]
diabetic ketoacidosis
a [severe asthma attack]
croup
heart failure
a [heart attack]
a [stroke]
a [broken hip]
COVID
[pancreatitis]
a [psychotic episode]
a [bowel obstruction]
""")

EN['H_COND_ELDER'] = _lines("""
dementia
Alzheimer's
Parkinson's
COPD
heart failure
vascular dementia
severe sight loss
macular degeneration
""")

EN['H_COND_AIR'] = _lines("""
asthma
COPD
severe asthma
sarcoidosis
cystic fibrosis
a [chronic lung condition]
pulmonary fibrosis
""")

EN['H_MENTAL'] = _lines("""
PTSD
anxiety
an [anxiety disorder]
depression
bipolar disorder
panic disorder
autism
social anxiety
OCD
complex PTSD
""")

EN['H_MENTAL_BARE'] = _lines("""
PTSD
anxiety
depression
OCD
bipolar disorder
panic disorder
ADHD
autism
social anxiety
""")

EN['H_DEVICE'] = _lines("""
an [oxygen concentrator]
a [home dialysis machine]
a [ventilator]
a [CPAP machine]
a [feeding pump]
a [suction machine]
""")

EN['H_INJURY'] = _lines("""
a [broken wrist]
a [concussion]
a [torn ACL]
[whiplash]
a [broken arm]
a [fractured ankle]
a [dislocated shoulder]
[broken ribs]
a [torn meniscus]
a [fractured hip]
""")

EN['H_COND_ACUTE'] = _lines("""
glandular fever
pneumonia
a [concussion]
long COVID
[anxiety]
a [kidney infection]
shingles
[depression]
""")

EN['A_REL_PL'] = _lines("""
Muslims
practising Muslims
Jewish
observant Jews
Seventh-day Adventists
Hindus
Buddhists
Jehovah's Witnesses
devout Christians
Orthodox Christians
Sikhs
""")

EN['A_CHURCH'] = _lines("""
Church of Sweden
Catholic Church
Syriac Orthodox Church
Uniting Church in Sweden
Pentecostal church
Church of Jesus Christ of Latter-day Saints
Salvation Army
Jewish congregation
local mosque
Hillsong church
""")

EN['A_PARTY'] = _lines("""
the Social Democrats
the Moderate Party
the Sweden Democrats
the Left Party
the Green Party
the Centre Party
the Liberals
the Christian Democrats
the Labour Party
the Conservative Party
the Liberal Democrats
the Democratic Party
the Republican Party
the SNP
Die Linke
the Pirate Party
""")

EN['A_POLNOUN'] = _lines("""
a [socialist]
a [communist]
a [lifelong Labour voter]
a [Green Party voter]
a [Tory]
a [Conservative voter]
an [anarchist]
a [Social Democrat]
a [Sweden Democrat supporter]
a [Republican]
a [Democrat]
a [Marxist]
""")

EN['A_UNION'] = _lines("""
Unison
Unite
the GMB
the RMT
the NEU
the Teamsters
the Royal College of Nursing
Kommunal
Unionen
IF Metall
Vision
the Swedish Teachers' Union
the Swedish Association of Health Professionals
the Swedish Union of Journalists
Seko
the CWU
""")

EN['A_ORIENT'] = _lines("""
gay
bisexual
lesbian
trans
transgender
a [trans woman]
a [trans man]
non-binary
queer
pansexual
asexual
""")

EN['A_GENDERCARE'] = _lines("""
gender-affirming care
gender-affirming surgery
a gender identity assessment
gender-affirming hormone therapy
""")

EN['A_ETHN'] = _lines("""
Roma
Sámi
Kurdish
of Somali heritage
of Eritrean descent
Black
an [Irish Traveller]
Assyrian
of Pakistani heritage
Romani
Tornedalian
Afro-Swedish
""")

EN['A_GEN'] = _lines("""
a [BRCA1 mutation]
a [BRCA2 mutation]
the [Huntington's gene]
the [gene for haemochromatosis]
a [Factor V Leiden mutation]
[Lynch syndrome]
the [cystic fibrosis gene]
an [inherited gene mutation]
""")

EN['A_CRIME'] = _lines("""
a [criminal record]
a [conviction for drink driving]
a [conviction for fraud]
a [drug conviction]
a [suspended sentence]
a [caution for shoplifting]
an [electronic tag]
a [conviction for assault]
a [spent conviction for theft]
a [community service order]
a [tax fraud conviction]
""")


# ---------------------------------------------------------------------------
# templates: "tags | template"; tags = domains (or *) and optional @channel
# domains: fk skv health school muni housing utility shop insurance
# ---------------------------------------------------------------------------

TPL = {'sv': {}, 'en': {}}

TPL['sv']['HEALTH'] = """
fk | {S^} är [[H:sjukskriven för {H_SL}]] sedan {SINCE} och (jag undrar|vi undrar) när sjukpenningen betalas ut.
fk | Jag har varit [[H:sjukskriven (på heltid|på halvtid|till 75 procent) för {H_SL}]] och (undrar hur jag ansöker om förlängning|vet inte om läkarintyget har kommit fram|har fortfarande inte fått någon utbetalning).
fk | Läkarintyget (visar|styrker) att jag har {H_COND}, men (handläggaren|ni) (menar|skriver) att jag kan arbeta i ett annat yrke.
fk | Vi söker omvårdnadsbidrag för {C} som har {H_CHILD}(| och behöver tillsyn även på nätterna| och inte kan vara ensam).
fk | Jag har {H_COND} och vill ansöka om merkostnadsersättning för (resor till sjukhuset|specialkost|hjälpmedel som regionen inte betalar).
fk | {FS^} är {H_PREG} och (undrar om|vill veta om) {FSp} kan få graviditetspenning(| eftersom jobbet är fysiskt tungt| när läkaren avråder från nattarbete).
fk | {C^} har fått [[H:diagnosen {H_DIAG}]] och (läkaren|psykologen|kuratorn) (tycker|säger) att vi borde ansöka om omvårdnadsbidrag.
fk | Kan man få tillfällig föräldrapenning när barnet ligger [[H:inlagt för {H_INPAT}]]?
fk | Jag fick avslag på sjukersättning trots att jag har både {H_COND} och {H_COND}.
fk muni | {S^} går på {H_TREAT} (tre gånger i veckan|varannan dag|varje vecka) och kan inte (ta ett heltidsjobb|delta i den aktivitet ni föreslår).
fk | Min (arbetsgivare|chef) vet inte att jag har {H_MENTAL}, måste det stå i beslutet som skickas ut?
fk | Efter {H_PROC_DEF} blev jag [[H:sjukskriven]] i (sex|åtta|tolv) veckor, men ni har bara betalat ut för fyra.
fk | Jag har {H_COND} och har fått avslag på aktivitetsersättning — kan jag begära omprövning?
fk | Vi har ett barn med {H_CHILD} och undrar om vi kan dela på vårdbidraget.
health | Jag (behöver|skulle vilja) förnya mitt recept på {H_MED}(| innan helgen| eftersom tabletterna tar slut på fredag).
health | {S^} tar {H_MED} (varje morgon|två gånger om dagen|sedan ett halvår) och (har fått biverkningar|mår sämre än innan|undrar om dosen kan ändras).
health | Jag har {H_COND} och (har väntat|väntar fortfarande) på (en tid|remissvar|ett återbesök) sedan {SINCE}.
health school | Läkaren skrev en remiss till {H_CARE} i (vintras|våras|somras|höstas) men vi har inte hört något.
health | {E^} är [[H:inlagd för {H_INPAT}]] och (vi undrar|jag undrar) när {Ep} kan komma hem.
health | Jag har haft {H_SYMPT} (sedan igår|i tre dagar|sedan i helgen) — ska jag (åka in till akuten|ringa 1177|boka en tid)?
health | {S^} fick {H_EVENT} (förra veckan|för en månad sedan|i julas) och behöver (en uppföljning|ett intyg|hjälp med hemgången).
health | Jag ska genomgå {H_PROC} (i maj|nästa vecka|efter sommaren) och undrar (om jag måste vara fastande|hur länge jag blir [[H:sjukskriven]]|om jag får ha med en anhörig).
health insurance | Efter {H_PROC_DEF} har jag (fortfarande ont|svårt att gå|fått en infektion i såret).
health | Provsvaren visade att jag har {H_COND}, kan någon ringa och förklara vad det innebär?
health | Jag är {H_STATE} och behöver (hjälp att boka|tolk vid|en längre tid vid) mitt nästa besök.
health | Kan jag få ett intyg om att jag har {H_COND}? (Arbetsgivaren|Försäkringsbolaget|CSN) kräver det.
health | {E^} har {H_COND_ELDER} och klarar inte längre att (ta sig till mottagningen|sköta medicinerna själv|logga in på 1177).
health | Vi har försökt bli gravida i två år och står nu i kö för {H_TREAT_FERT}.
health | {FS^} är {H_PREG} och har fått {H_SYMPT} — vart ska vi vända oss?
health | Jag har {H_COND} och (får|fick) en ny medicin, {H_MED}, men apoteket säger att receptet saknas.
health | {S^} har fått {H_MED} utskrivet men (det är restnoterat|apoteket har slut) — finns det något alternativ?
health | Min [[H:psykolog]] på {H_CARE} har slutat och jag har inte fått någon ny kontakt.
health | Jag fick {H_EVENT} i (mars|januari|höstas) och har fortfarande inte fått någon tid hos neurologen.
health | Barnmorskan på {H_CARE} sa att jag skulle höra av mig hit eftersom jag är {H_PREG}.
school | {C^} har {H_CHILD} och behöver (anpassningar i klassrummet|en elevassistent|extra tid på proven|ett åtgärdsprogram).
school | {C^} tar {H_MED_CHILD} och behöver få en dos vid lunch — vem på skolan kan ge den?
school | Jag vill informera mentorn om att {C} har fått [[H:diagnosen {H_DIAG}]].
school | {C^} har {H_CHILD_ALLERGY} — kan köket ordna specialkost (från och med måndag|även på fritids|på utflykten)?
school | {C^} har varit hemma (i två veckor|i en månad|större delen av terminen) på grund av {H_DEF}.
school | {C^} är inskriven på {H_CARE_CHILD} och orkar inte vara i skolan hela dagar just nu.
school | {C^} har {H_CHILD}, så (utflykten|lägerskolan|simundervisningen) behöver planeras lite extra.
school | Vi har fått veta att {C} har {H_CHILD} och vill boka ett möte med elevhälsan.
school | {C^} har haft {H_SYMPT_CHILD} i skolan (två gånger|flera gånger) och vi vill att personalen vet hur de ska agera.
school | {C^} kom hem med {H_SYMPT_CHILD} i går — har något hänt på skolan?
muni | {E^} har {H_COND_ELDER} och klarar inte längre att bo hemma utan hemtjänst.
muni | Jag ansöker om färdtjänst eftersom jag är {H_STATE_MOB} och inte kan åka buss.
muni | Vi vill ansöka om (bostadsanpassning|ledsagarservice|en kontaktperson) för {C} som har {H_CHILD}.
muni | {E^} fick {H_EVENT} och behöver (trygghetslarm|korttidsboende|mer hemtjänst) när {Ep} kommer hem.
muni | {R^} är {H_STATE_ADDICT} och har ingenstans att bo — vart vänder man sig?
muni | Jag är [[H:nykter alkoholist]] sedan (fyra år|2019|många år) och vill bli kontaktfamilj — påverkar det ansökan?
muni | Jag har {H_COND} och behöver hjälp med (städning|inköp|dusch) två gånger i veckan.
muni | {E^} har {H_COND_ELDER} och har gått vilse två gånger — kan biståndshandläggaren ringa oss?
housing | Jag är {H_STATE_MOB} och (hissen|porten) har varit trasig i (en vecka|tre dagar) — jag kommer inte ut.
housing | {S^} har {H_COND_AIR} och mögellukten i badrummet gör allt värre.
housing | Grannens (cigarettrök|grillos) tränger in hos oss och jag har {H_COND_AIR}.
housing | Jag har {H_COND} och behöver (en lägenhet på bottenvåningen|ett badrum utan badkar|en parkeringsplats nära porten) — kan jag få förtur?
housing | Jag har {H_MENTAL} och störningarna från lägenheten ovanför (gör att jag inte kan sova|förvärrar mina symtom).
housing | {E^} har {H_COND_ELDER} och behöver en (ramp|stödhandtag i badrummet|lägre tröskel) till lägenheten.
utility | {E^} har {H_DEVICE} som kräver el dygnet runt — kan ni prioritera oss vid avbrott?
utility housing shop | Jag var [[H:inlagd för {H_INPAT}]] och missade att betala fakturan — kan jag få anstånd?
utility | Vi har {H_DEVICE} hemma, så ett planerat strömavbrott på (fyra|sex) timmar går inte.
shop | Jag har {H_COND} och (behöver byta|vill returnera) (skorna|madrassen|stolen) eftersom (de|den) inte fungerar för mig.
shop | Kan ni leverera ända till dörren? Jag är {H_STATE_MOB} och kan inte bära paket.
shop | {FS^} är {H_PREG} och kan inte lyfta tunga kartonger — går det att få hjälp med inbärning?
insurance | Jag vill anmäla en skada: jag (halkade på isen|ramlade i trappan|cyklade omkull) och fick {H_INJURY}.
insurance | Under resan till (Spanien|Thailand|Kroatien|Turkiet) blev {S} [[H:inlagd för {H_INPAT}]] — täcker reseförsäkringen vården?
insurance | Jag fick {H_COND} för (två|tre|fem) år sedan — påverkar det min (livförsäkring|sjukförsäkring|olycksfallsförsäkring)?
insurance | Formuläret frågar om mediciner: jag tar {H_MED} och har haft {H_COND}.
insurance | {C^} har {H_CHILD} — ersätter barnförsäkringen (besöken hos|utredningen på) {H_CARE_CHILD}?
insurance | Jag har fått avslag på ersättning för {H_TREAT} trots att min läkare har skrivit remiss.
* | Jag har {H_COND}, så det är svårt för mig att (prata i telefon|ta mig till ert kontor|stå i kö) — går det att lösa digitalt?
* | Förlåt för sent svar, {S} har [[H:legat inne med {H_INPAT}]].
* | Jag lever med {H_COND} (sedan barndomen|sedan 2015|sedan tio år tillbaka) och har svårt med långa handläggningstider.
* | Jag mår psykiskt dåligt och har {H_MENTAL}, orkar inte (ringa|ta tag i det här|läsa långa brev) just nu.
* | Min [[H:psykolog]] tycker att jag ska be om (anstånd|förlängd tid) eftersom jag har {H_MENTAL}.
* | Jag har nyligen fått beskedet att jag har {H_COND} och allt känns kaotiskt.
* | Jag har fått {H_EVENT} och ligger på {H_CARE_HOSP} just nu, därför svarar jag sent.
* | {S^} är {H_STATE} och behöver att ni skickar breven (i större stil|digitalt|till mig i stället).
* | Jag går på {H_TREAT} och är väldigt trött, så svara gärna skriftligt.
health muni | {E^} får {H_PALL} hemma och vi behöver (parkeringstillstånd|avlösning någon kväll i veckan).
* | Jag har {H_ADDICT} och går på (behandling|[[H:AA-möten]]) varje vecka, så tisdagar fungerar inte för mig.
health | Jag har {H_IMPLANT}, så jag kan inte göra magnetröntgen — finns det något alternativ?
* | Jag har {H_IMPLANT} och säkerhetsbågen i er entré är ett problem för mig.
* | {S^} har {H_COND} och blir sämre av stress — snälla, hjälp oss att lösa det här.
* @chat | har {H_COND} och kan inte komma på mötet idag
* @chat | sorry sent svar, är på {H_CARE} med {C}
* @chat | {S} är {H_STATE}, kan ni ta hänsyn till det?
* @chat | fick {H_EVENT} förra veckan så allt är försenat
* @forum | Någon annan här som har {H_COND} och har fått avslag från Försäkringskassan?
* @forum | Har någon erfarenhet av {H_TREAT}? {S^} ska börja (nästa månad|efter jul) och jag är orolig.
* @forum | Tips på hur man orkar med {H_DEF} och ett heltidsjobb?
* @forum | Vår son fick [[H:diagnosen {H_DIAG}]] i våras — hur har ni andra gjort med skolan?
* @forum | Jag tar {H_MED} sedan (ett år|i vintras) och undrar om fler har blivit (så här trötta|yra) av det.
* @forum | Har någon fått {H_PROC} på (Sahlgrenska|Karolinska|Danderyd|Akademiska|SUS)? Hur lång var återhämtningen?
* @forum | Som {H_STATE} är det nästan omöjligt att använda er app.
* | Jag har glömt medicinen ({H_MED}) hemma och är bortrest — kan jag hämta ut den på ett annat apotek?
fk | Jag tar {H_MED} och {H_MED} och får inte köra bil, så jag kan inte ta jobbet som (chaufför|budbilsförare).
health | Apoteket säger att mitt recept på {H_MED} har gått ut — kan läkaren förnya det utan besök?
health @chat | mitt recept på {H_MED} har gått ut, vad gör jag
school | {C^} har slutat med {H_MED_CHILD} och vi vill att lärarna håller lite extra koll.
insurance | Täcker reseförsäkringen om jag måste köpa {H_MED} utomlands?
* @forum | Någon som har bytt från {H_MED} till {H_MED}? Hur gick det?
* | På grund av {H_DEF} har jag inte kunnat (öppna posten|betala i tid|svara tidigare).
fk | {H_DEF^} har blivit sämre och jag behöver förlänga [[H:sjukskrivningen]].
housing | {H_DEF^} gör att jag inte klarar trapporna längre — finns det en lägenhet med hiss?
fk | Jag har genomgått {H_PROC} och läkaren har [[H:sjukskrivit mig]] i (fyra|sex) veckor.
* @forum | Ska göra {H_PROC} (nästa vecka|i maj), någon som har tips inför?
health | Kallelsen till {H_PROC} kom samma dag som jag ska på (en begravning|ett bröllop) — kan tiden flyttas?
* | Jag är [[H:sjukskriven för {H_SL}]] och har svårt att (koncentrera mig|läsa långa texter), så förklara gärna enkelt.
fk @chat | [[H:sjukskriven för {H_SL}]], när kommer pengarna?
health @chat | har {H_SYMPT}, behöver jag åka in?
* | Jag har en tid på {H_CARE} samma dag, kan mötet flyttas?
fk | Intyget från {H_CARE} skickades in (i april|för tre veckor sedan), har ni fått det?
health | Kan ni skicka journalen från {H_CARE} till min nya vårdcentral?
"""

TPL['sv']['ART9'] = """
school | Vi firar inte (jul|födelsedagar) eftersom vi är [[A:Jehovas vittnen]], så {C} behöver ett annat alternativ (till luciatåget|vid julavslutningen).
school | Vi är {A_REL_PL} och {C} äter inte fläskkött — står det rätt i specialkostlistan?
school | Jag är [[A:muslim]] och [[A:fastar under ramadan]], så kan utvecklingssamtalet flyttas till förmiddagen?
school | {C^} bär [[A:hijab]] av religiösa skäl och vill inte ta av den på idrotten.
school | Vi är [[A:judar]] och {C} behöver vara ledig på (jom kippur|rosh hashana).
school | Vi är {A_ETHN_PL} och vill att {C} ska få modersmålsundervisning.
school | {C^} är [[A:trans]] och vill bli kallad [[N:(Alex|Sam|Love|Kim|Charlie)]] i skolan — kan ni ändra i närvarosystemet?
muni | Som {A_REL_SG} vill jag att begravningen sker enligt min tro — vem ska jag prata med?
muni | Jag är medlem i {A_PARTY} och sitter i (kommunfullmäktige|byggnadsnämnden|socialnämnden) — gäller jävsreglerna i det här ärendet?
muni | Jag är {A_POLNOUN} och tycker att kommunens beslut om (badhuset|biblioteket|skolnedläggningen) är fel.
muni | Jag är aktiv i {A_PARTY_YOUTH} och vi vill boka en lokal för ett möte.
muni | Jag är {A_CRIME} och undrar om det påverkar min ansökan om (försörjningsstöd|boende|jobb inom kommunen).
muni | Min son åkte fast för [[A:snatteri]] och socialtjänsten har kallat till möte.
muni | Jag [[A:satt i fängelse]] (mellan 2019 och 2022|i tre år) och behöver nu hjälp att hitta bostad.
muni | Han har [[A:kontaktförbud]] mot mig men dyker ändå upp utanför (huset|förskolan).
muni | Vi tillhör den [[A:romska minoriteten]] och vill veta vilka rättigheter vi har som nationell minoritet.
skv | Jag har gått ur {A_CHURCH} men (betalar fortfarande|dras fortfarande på) kyrkoavgift.
skv | Jag är medlem i {A_CHURCH} och undrar varför avgiften dras två gånger.
skv | Medlemsavgiften till {A_UNION} dras på lönen — kan den dras av i deklarationen?
skv fk | Vi är ett [[A:samkönat par]] och undrar hur föräldraskapet registreras när barnet föds.
skv fk | Vi är [[A:två mammor]] och fick ett brev adresserat till "barnets far".
skv | Jag har [[A:bytt juridiskt kön]] men ert system visar fortfarande mitt gamla namn.
skv | Mina [[A:fingeravtryck]] togs vid passansökan men kortet har inte kommit.
housing | Jag är {A_ORIENT} och har blivit trakasserad av en granne på grund av det.
housing | Jag är {A_ETHN} och blev nekad visning så fort jag sa mitt namn i telefon.
housing | Jag är {A_CRIME} — får hyresvärden neka mig kontrakt för det?
housing | Grannen har skrivit kränkande saker på dörren eftersom vi är {A_REL_PL}.
health | Jag står i kö för {A_GENDERCARE} och undrar hur lång väntetiden är nu.
health | Ett [[A:gentest]] visade att jag bär på {A_GEN} och läkaren rekommenderar tätare kontroller.
health | Mitt [[A:DNA-test]] visade {A_GEN}, vilket är viktigt för mina syskon att känna till.
health insurance | Jag bär på {A_GEN} — måste jag uppge det i hälsodeklarationen?
* | Jag är {A_ORIENT} och vill inte att det står i journalen som alla kan läsa.
* | Jag är medlem i {A_UNION} och har pratat med (förbundet|min ombudsman) om det här.
* | Jag är [[A:fackligt ansluten]] och vill att mitt skyddsombud är med på mötet.
* | Jag är förtroendevald för {A_UNION} på arbetsplatsen och skriver å en kollegas vägnar.
shop school | Som {A_DIET} äter jag inte (fläsk|kött) — kan ni ta bort det från (beställningen|menyn)?
* | Jag är {A_SABBATH}, så jag kan inte komma på (lördagar|fredagskvällar) — finns det andra tider?
* | Jag går till [[A:fredagsbönen]] i moskén, så fredagar mitt på dagen fungerar inte för mig.
school | Jag är [[A:ateist]] och vill inte att julavslutningen ska hållas i kyrkan.
muni | Pappa var [[A:humanist]] och ville ha en borgerlig begravning utan präst — hur ordnar vi det?
* | Jag röstade på {A_PARTY} och tycker att (ni|kommunen|staten) borde lyssna mer på oss.
* @forum | Som {A_ORIENT} känner jag mig inte välkommen i (simhallen|föreningen) efter det som hände.
* @forum | Jag har varit medlem i {A_PARTY} i tjugo år och skäms över beslutet.
* @forum | Någon som vet om man måste uppge att man är {A_CRIME} när man söker (lägenhet|jobb)?
* @chat | är med i {A_UNION}, kan facket vara med på mötet?
* @chat | vi är {A_REL_PL} så vi firar inte jul, kan ni ändra datumet?
* @forum | Jag är {A_REL_SG} och undrar om fler har blivit illa bemötta på (vårdcentralen|jobbet|Arbetsförmedlingen) på grund av det.
housing | Jag är {A_REL_SG} och någon har klistrat hatiska lappar på min dörr.
fk | Facket ({A_UNION}) hjälper mig att överklaga beslutet.
muni | Som förtroendevald för {A_PARTY} vill jag begära ut handlingarna i ärendet.
school | {C^} är {A_ETHN} och har blivit utsatt för rasistiska kommentarer av andra elever.
* @chat | min bror är {A_CRIME}, kan han ändå hämta ut paketet åt mig?
"""

TPL['sv']['EH'] = """
* | (Servern|Systemet|Portalen|Appen|Er webbsida|Kundportalen) är [[eh:sjukt]] (långsam|seg|trög) (idag|i kväll|igen|hela veckan)(, sidan laddar inte|, jag ger snart upp|).
* | (Datorn|Min laptop|Jobbdatorn|Surfplattan) har (fått|dragit på sig) (ett |)[[eh:virus]] så jag kan inte (öppna bilagan ni skickade|logga in just nu|skriva ut blanketten).
* | Er (kampanj|reklamfilm|annons|tävling) har gått [[eh:viral]] på (Tiktok|Instagram|Facebook|nätet), men (erbjudandet syns inte i butiken|rabattkoden fungerar inte|ingen i butiken kände till den).
* | Jag blir [[eh:(galen|tokig)]] på (telefonkön|er chattbot|alla blanketter|ert inloggningssystem|den här appen)(!|.| snart.)
shop | I er [[eh:(feberrea|feber-rea)]] stod det (30|40|50) procent, men rabatten drogs inte (i kassan|i webbshoppen).
housing | Vi bor mitt i [[eh:hjärtat]] av (stan|Gamla stan|centrum|Haga), och (sopbilen kommer klockan fem på morgonen|leveransbilarna står på tomgång hela natten|det är omöjligt att parkera).
muni | (Torget|Stationen|Saluhallen|Biblioteket) är [[eh:hjärtat]] i (stadsdelen|byn|kommunen) — varför ska det (stängas|byggas om|säljas)?
* | Ni verkar vara [[eh:döva]] för (kritik|synpunkter|alla klagomål) — det här är (tredje|fjärde|femte) gången jag skriver.
* | Vi har stirrat oss [[eh:blinda]] på (fakturan|avtalet|beslutet|kontoutdraget) och hittar inte (felet|vad som ändrats|var beloppet kommer ifrån).
housing | (Hyresvärden|Förvaltaren|Styrelsen) slår [[eh:dövörat]] till varje gång vi klagar på (ventilationen|tvättstugan|kylan|trapphusbelysningen).
* | Hela (växeln|chatten|e-tjänsten|bokningssystemet) var [[eh:lamslagen]] (i morse|hela förmiddagen|i går kväll), jag kom inte fram.
shop utility | (Trafiken|Hela stan|Vägnätet) var [[eh:förlamad]] av (snön|ovädret|stormen), så (budet|montören|teknikern) kom aldrig fram.
shop | Er returpolicy känns lite [[eh:schizofren]] — (en sida|kvittot|hemsidan) säger 30 dagar, (en annan|mejlet|appen) säger 14.
* | (Vädret|Novembermörkret|Det här regnet) är så [[eh:deprimerande]] att jag (glömde bort att svara på ert brev|missade sista dagen|inte orkade ringa), förlåt.
* | Jag är [[eh:allergisk]] mot (krångliga blanketter|långa telefonköer|automatiska svar), men här kommer (den ifyllda blanketten|mitt svar|underlaget).
insurance | Verkstaden ställde [[eh:diagnos]] på (bilen|motorcykeln|husbilen) och (kopplingen|växellådan|turbon|katalysatorn) är slut.
utility | Teknikern ställde [[eh:diagnos]] på (routern|värmepumpen|elmätaren) men (ingenting har hänt sedan dess|felet kvarstår).
housing | Vi kör [[eh:operation]] (vårstädning|höststädning|rensning av cykelrummet) (i trapphuset|på gården|i förråden) på lördag, får vi låna en container?
housing shop | (Flytten|Monteringen|Leveransen) genomfördes med [[eh:kirurgisk]] precision, stort tack till (gubbarna|teamet|chauffören)!
* | Det här är ett [[eh:symptom]] på att ni har (för lite personal|dåliga rutiner|ett trasigt system).
* | Hur lång tid tar [[eh:behandlingen]] av mitt (ärende|överklagande|klagomål) (just nu|i vanliga fall|ungefär)?
* | Hur går er [[eh:behandling]] av personuppgifter till när jag (använder appen|chattar med er|loggar in med BankID)?
muni | Förslaget till (ny detaljplan|nya cykelvägar|ny skolplan) är ute på [[eh:remiss]] — (var kan jag läsa det|när går remisstiden ut)?
muni school | Har ni [[eh:receptet]] på (kanelbullarna|linssoppan|kladdkakan|fiskgratängen) som serverades på (öppet hus|julmarknaden|skolavslutningen)?
housing shop | Vilken [[eh:dosering]] av (tvättmedel|sköljmedel|avkalkningsmedel) rekommenderar ni för (de nya maskinerna i tvättstugan|kaffebryggaren|diskmaskinen)?
shop | Jag beställde [[eh:disktabletter]] men fick (sköljmedel|handdiskmedel|maskinrengöring) i stället.
shop | [[eh:Kaffekapslarna]] kom (helt krossade|utan förpackning|i fel smak).
housing | Det är (en [[eh:akut]] vattenläcka|ett [[eh:akut]] stopp i avloppet|ett [[eh:akut]] strömavbrott) i (källaren|tvättstugan|trapphus B), kan någon komma?
insurance housing | Vi har en [[eh:vattenskada]] i (badrummet|köket|hallen) efter att (diskmaskinen läckte|ett rör sprack|grannen ovanför svämmade över).
housing | Det finns [[eh:frostskador]] på (rören|fasaden|altanen) efter vintern.
insurance housing | (Bilen|Min cykel|Barnvagnen) fick en [[eh:skada]] (på ert parkeringsdäck|i cykelrummet|vid er lastkaj).
housing | [[eh:Fuktskadan]] i (källarförrådet|badrummet|tvättstugan) har fortfarande inte åtgärdats.
* | Vi är inte [[eh:immuna]] mot förseningar, men (tre veckor|en månad|två månader) är för mycket.
muni | (Bibliotekariens|Guidens|Simlärarens) entusiasm var [[eh:smittsam]], barnen har (läst varje kväll|pratat om det hela veckan) sedan dess!
shop | Mitt [[eh:handikapp]] i golf är (18|24|12|30), vilken (klubblängd|driver|bollsort) passar mig?
* | (Kundtjänsten|Växeln|Er chatt) är [[eh:ryggraden]] i er verksamhet, så varför är den stängd på (helger|kvällar|röda dagar)?
muni | (Parken|Skogsdungen|Ängen vid ån) är stadens gröna [[eh:lunga]] — varför ska den bli (parkering|bostäder|en logistikhall)?
housing | Det är kul att känna stadens [[eh:puls]], men inte klockan (tre|fyra|två) på natten från (uteserveringen|nattklubben|byggarbetsplatsen).
utility | Det är [[eh:pest eller kolera]]: antingen binder vi oss i (tre|två) år eller betalar (dubbelt|en fast avgift varje månad).
* | (Filen|Bilagan|Dokumentet) är [[eh:infekterad]] enligt (vårt e-postfilter|mitt antivirusprogram), kan ni skicka den igen?
* | (Mejlet|Ert svar|Beslutet) hamnade i [[eh:karantän]] hos (vår IT-avdelning|mitt skräppostfilter), därför svarar jag först nu.
utility | Vilket [[eh:antivirusprogram]] ingår i (bredbandspaketet|tryggpaketet|premiumabonnemanget)?
school | Vilka dagar är det (idrottsdag|friluftsdag|orientering) under skolans [[eh:hälsovecka]]?
muni | Finns det [[eh:friskvårdsbidrag]] för (timanställda|vikarier|säsongsanställda) i kommunen?
muni health | Finns det [[eh:rullstolsramp]] vid (entrén|stadshuset|simhallen|biblioteket)?
school muni | Har (aulan|matsalen|samlingssalen) [[eh:hörslinga]]? Vi ska ha (föräldramöte|informationskväll|årsmöte) där.
muni school | Var sitter [[eh:hjärtstartaren]] i (idrottshallen|simhallen|kulturhuset)?
school muni | Kan ni använda ett [[eh:dyslexivänligt]] typsnitt i (veckobrevet|nyhetsbrevet|informationsbladet)?
school | Erbjuder skolmatsalen [[eh:glutenfria]] alternativ (varje dag|bara vissa dagar|även på fritids)?
shop | Jag fick (vanlig mjölk|vanlig yoghurt|vanlig grädde) i stället för [[eh:laktosfri]] i matkassen.
shop | Jag vill ändra min månadsgåva till [[eh:(Cancerfonden|Barncancerfonden|Hjärt-Lungfonden|Alzheimerfonden)]] som jag startade via er (webbshop|kampanj).
shop | Vi köpte [[eh:Rosa bandet]]-(muggen|tröjan|pinsen) men den kom i fel (färg|storlek).
shop | Kan jag hämta paketet på [[eh:Apotek Hjärtat]] (på torget|i gallerian|vid stationen) i stället för på ombudet?
shop | Varför står det [[eh:Hälsans kök]] på (kvittot|fakturan)? Jag beställde inga färdigrätter.
muni | Hållplatsen vid [[eh:sjukhuset]] är flyttad — var går (bussen|linje 4|nattbussen) nu?
muni | Parkeringen vid [[eh:vårdcentralen]] är full av (byggbaracker|snö|containrar) sedan (två veckor|i måndags).
* | Jag fick [[eh:hjärnsläpp]] och skrev fel (kod|lösenord|pinkod) (tre gånger|flera gånger), nu är (kontot|kortet) låst.
* | Jag är [[eh:dödstrött]] på att (vänta på svar från er|ringa samma nummer hela tiden|få automatiska svar).
muni | Det är [[eh:sjuka]] köer till (återvinningscentralen|simhallen|passexpeditionen) på (lördagar|söndagar|lovdagarna).
muni | Vi ska ha [[eh:HLR]]-utbildning i (föreningen|bostadsrättsföreningen|idrottsklubben), kan vi låna en lokal?
* @chat | haha mitt stjärntecken är [[eh:Kräftan]] så det är väl därför jag (glömde betala|missade tiden)
utility | Att (byta elavtal|säga upp bredbandet|flytta abonnemanget) hos er har varit en riktig [[eh:huvudvärk]].
* | Argumentet i ert (svar|beslut|mejl) [[eh:haltar]] lite, om jag får säga så.
shop | Det var en [[eh:febril]] aktivitet i butiken (inför jul|under mellandagsrean|på Black Friday), så jag förstår att det tog tid.
utility | En [[eh:hälsokontroll]] av (fibernätet|elnätet|värmesystemet) borde göras innan vintern.
* | (Företaget|Koncernen|Ert bolag) [[eh:opererar]] i hela Norden, så varför finns ingen (svensk|engelskspråkig) kundtjänst?
* | Ni har [[eh:amputerat]] appen — (halva|de flesta) funktionerna är borta efter uppdateringen.
school | Hur gör man en [[eh:sjukanmälan]] i (den nya appen|Skolplattformen|Vklass)?
fk | Räknas [[eh:sjuklön]] in i underlaget för (bostadsbidraget|underhållsstödet|föräldrapenningen)?
insurance | Ingår [[eh:vårdförsäkring]] i (företagets paket|kollektivavtalet) eller måste man teckna den själv?
shop | [[eh:Plåster]]-förpackningen saknades i första hjälpen-lådan jag beställde.
* | Era öppettider är en ren [[eh:mardröm]] för oss som jobbar (skift|natt|helger).
housing | Ventilationen i (tvättstugan|badrummet|källaren) [[eh:andas]] inte, det luktar instängt.
* @forum | Den här tråden har verkligen gått [[eh:viral]], kul att så många (svarat|delat med sig)!
* @forum | Jag tror att hela kommunens IT är [[eh:sjuk]] — (ingen e-tjänst fungerar|inget formulär går att skicka) idag.
muni | Kan vi boka simhallen för en [[eh:vattengympa]]-grupp på (tisdagar|torsdagskvällar)?
shop | Jag har beställt [[eh:tabletter]] till diskmaskinen (två gånger|tre gånger) men fått fel märke.
muni | Vem ansvarar för [[eh:krisberedskapen]] i kommunen om (vattnet|strömmen|värmen) försvinner?
* | (Kön|Väntetiden) i telefon var helt [[eh:sjuk]] idag, (över en timme|nästan två timmar).
utility | (Elpriset|Fakturan) i (januari|februari) var [[eh:sjukt]] hög — stämmer verkligen avläsningen?
* | Er nya logga är [[eh:sjukt]] snygg, men (var hittar jag fakturorna|inloggningen fungerar inte).
shop | Vi har haft [[eh:köpfeber]] i hela familjen sedan ni öppnade, men leveranstiderna är för långa.
muni | Det har varit [[eh:byggfeber]] i kvarteret i (två|tre) år nu — när blir det klart?
* | Det blev en riktig [[eh:kalldusch]] när (fakturan|beslutet|slutnotan) kom.
* | Ert nya system har [[eh:barnsjukdomar]], förstår jag, men (jag har inte kunnat logga in på en vecka|ingen faktura går att öppna).
utility | Nätet får [[eh:hicka]] varje kväll runt (åtta|nio) — (uppkopplingen försvinner|strömmen blinkar).
housing | Huset har varit [[eh:sjukt]] kallt hela veckan, (termometern visar 17 grader|elementen är iskalla).
shop | [[eh:Vitamin Well]]-flaskorna i (beställningen|matkassen) läckte.
shop | Jag beställde [[eh:Läkerol]] men fick (tuggummi|halstabletter av ett annat märke).
* | Det var [[eh:hjärtskärande]] att se (hur personalen behandlades|parken förstöras|lekplatsen rivas).
muni | Betalautomaten vid [[eh:sjukhusparkeringen]] tar inte kort.
* @chat | [[eh:galet]] snabbt svar, tack!
shop | Kan man betala (årskortet|gymkortet|simkortet) med [[eh:friskvårdsbidraget]] via förmånsportalen?
"""

TPL['sv']['EA'] = """
housing | Vi har [[ea:party]] på (lördag|fredag|söndag eftermiddag), så det kan bli lite ljud till (midnatt|tolv|elva) — hoppas det är okej.
housing | Grannen har [[ea:party]] (varje helg|mitt i veckan) med hög musik, vad kan ni göra?
shop | Hela [[ea:partiet]] med (stolar|lampor|kakel|krukor) var (skadat|i fel färg) när det levererades.
shop | Jag köpte ett [[ea:parti]] (klinkers|plattor|golvlister|tapeter) på rea, men det fattas (tre lådor|två paket|en rulle).
shop insurance | (Nyckeln|Passet|Laddaren) låg i det (lilla|yttre|innersta) [[ea:facket]] på väskan när den försvann (på flygplatsen|på tåget).
shop | Dragkedjan till [[ea:facket]] på (ryggsäcken|resväskan) gick sönder efter en vecka.
muni | Är (återvinningscentralen|simhallen|biblioteket) öppen på [[ea:Kristi himmelsfärdsdag]]?
muni utility | Vad gäller för (sophämtningen|slamtömningen|kundtjänstens öppettider) under [[ea:julen]]?
shop | Har ni öppet på [[ea:(påskafton|julafton|trettondedag jul)]]?
housing | Jag bor på [[ea:Kyrkogatan]] (12|4B|7) och (porttelefonen fungerar inte|brevlådan har brutits upp).
muni | (Bussen|Linje 3|Skolbussen) vid [[ea:Domkyrkan]] har ställts in flera morgnar i rad.
muni | (Vägarbetet|Avspärrningen) vid [[ea:kyrkogården]] gör att vi inte kommer fram till (garaget|förskolan).
shop housing | Ni har ett [[ea:moderat]] pris på (tjänsten|flytthjälpen|fönsterputsen), men offerten saknar moms.
shop | Er [[ea:liberala]] returpolicy var anledningen till att jag handlade (här|hos er och inte någon annanstans).
housing | Det var en [[ea:konservativ]] uppskattning att (renoveringen|stambytet|fasadarbetet) skulle ta två veckor, skrev ni — nu har det gått (sex|åtta).
housing insurance | Arbetet är inte [[ea:fackmässigt]] utfört, (fogarna|kakelplattorna|listerna) släpper redan.
housing | Vi anlitade en [[ea:fackman]] som sa att felet ligger i (stammen|elcentralen|ventilationen).
shop | Den boken är rena [[ea:bibeln]] för alla (hobbysnickare|odlare|bagare), när kommer den in igen?
* | Inget är [[ea:heligt]] längre, nu tar ni betalt för (pappersfakturan|kvittot|avin) också.
* | [[ea:Gudskelov]] att (paketet|beslutet|pengarna) kom fram till slut!
* | Det här verkar inte helt [[ea:kosher]] — varför har (priset|avgiften|räntan) ändrats (efter köpet|utan förvarning)?
* | Jag loggar in med [[ea:Face ID]] men (appen hänger sig|inget händer|jag kastas ut direkt).
* | Varför sparar ni ett [[ea:digitalt fingeravtryck]] av (min webbläsare|min mobil)?
* | Det ligger visst i (företagets|kommunens|bolagets) [[ea:DNA]] att aldrig svara på mejl.
* | Ert svar var väldigt [[ea:generiskt]] och besvarade inte (min fråga|det jag skrev).
muni | Det har gått ett [[ea:ras]] vid (gång- och cykelvägen mot skolan|ån|banvallen).
insurance | Spelar hundens [[ea:ras]] någon roll för (premien|självrisken)?
shop | (Semlorna|Kanelbullarna|Mackorna) från ert (bageri|kafé) var [[ea:kriminellt]] goda, tack!
* | Den nya (rutinen|bokningssidan|tidsplanen) var [[ea:dömd]] att misslyckas från början.
insurance housing | Vi hade ett [[ea:rörbrott]] i (källaren|köket|tvättstugan) i helgen.
muni | Tack för (boktipset|tipset), en riktigt [[ea:fängslande]] (roman|deckare|biografi)!
* | Hur [[ea:konverterar]] jag (filen|bilden|dokumentet) till PDF före uppladdningen?
shop | Jag är [[ea:medlem]] i er (kundklubb|bonusklubb) men fick inte (medlemsrabatten|poängen).
muni school | (Skrivaren|Kopiatorn|Biljettautomaten) (i biblioteket|i receptionen) [[ea:strejkar]] igen.
utility shop | Kan vi få en [[ea:demonstration]] av (appen|systemet|laddboxen) innan vi tecknar avtal?
utility | Var i appen gör man [[ea:valet]] mellan (fast och rörligt pris|olika hastigheter)?
* | Jag lämnade ett meddelande på [[ea:röstbrevlådan]] (i går|i fredags|i morse) men ingen har ringt tillbaka.
shop | Fiskdisken sålde [[ea:regnbågslax]] som var dålig redan (samma dag|dagen efter).
shop | Jag beställde [[ea:Stolthet och fördom]] (i inbunden utgåva|som ljudbok) men fick en helt annan bok.
* | Delar ni mina uppgifter med [[ea:tredje part]](| för marknadsföring| i reklamsyfte)?
muni | Matchen avgjordes på [[ea:straffar]] och publiken stormade planen — har ni sett skadorna på läktaren?
shop | Kan man betala med [[ea:fingeravtrycket]] i er nya kassa?
* @chat | [[ea:herregud]] vad lång kö det är
* @forum | Den här tråden är rena [[ea:predikan]] för de redan frälsta, ingen från (bolaget|kommunen) läser ändå.
muni | Gäller [[ea:röda dagar]] för färdtjänsten även på (midsommarafton|julafton|nyårsafton)?
shop | Jag hyrde ett [[ea:partytält]] som kom utan (tältpinnar|linor).
* | Jag har fortfarande [[ea:tro]] på att ni löser det, men tålamodet börjar tryta.
utility | Ni [[ea:predikar]] hållbarhet men skickar fortfarande pappersfakturor.
muni | Parkeringsnormen verkar vara en [[ea:helig ko]] i kommunen.
shop | Strumporna från er [[ea:Pride]]-kollektion kom i fel storlek.
* | Det kanske är [[ea:kätterskt]] att säga, men (er gamla app|den gamla webbsidan|ert förra fakturaupplägg) var (bättre|mycket enklare).
housing | Som [[ea:medlem]] i bostadsrättsföreningen undrar jag varför årsavgiften höjts.
* @forum | [[ea:Gud]] vet hur länge man ska behöva vänta på (ett svar|en handläggare|besked).
"""

TPL['sv']['PHONE'] = """
* | Ni når mig på {PHONE}(| efter kl. 16| dagtid| mellan 8 och 17).
* | Ring gärna {PHONE} om något är oklart.
* | Mitt nya nummer är {MOB}, det gamla fungerar inte längre.
* | Jag har bytt telefonnummer till {MOB}, kan ni uppdatera det?
* | Kan ni ringa upp mig? {PHONE}
* | {PHONE} — ring när ni kan.
muni health | Hemtjänsten kan ringa (min dotter|min son|mig) på {PHONE}.
* | Kontaktperson: (min dotter|min man|min sambo|min syster), {PHONE}.
* | SMS:a hellre till {MOB}, jag kan inte svara i telefon på jobbet.
* | Jag har försökt ringa er från {PHONE} flera gånger utan att komma fram.
* | Ni ringde från ett dolt nummer — jag nås på {PHONE}.
housing | Hantverkaren kan ringa på {PHONE} innan de kommer, så öppnar jag.
* | Ring mig på {MOB} eller på jobbet, {LAND}.
* | Jag är bortrest, så ring hellre (min granne|min bror) på {PHONE}.
shop | Budfirman kan ringa {MOB} när de är utanför porten.
school | Om något händer med barnet, ring {MOB} i första hand och {MOB} i andra hand.
* @chat | nummer: {MOB}
* @chat | ring {MOB} istället
* @chat | kan ni ringa mig på {PHONE}?
* @forum | Jag fick ett konstigt sms från {MOB} som påstod att det var från er, är det bluff?
* @forum | Om någon vill ha tips kan ni ringa mig på {MOB} på kvällarna.
* | Telefon: {PHONE}
* | Mitt nummer är {PHONE}(| om ni vill ringa).
* | Jag nås säkrast på {LAND} (före lunch|på förmiddagarna) och annars på {MOB}.
* | Kontakta gärna (min god man|min kontaktperson|min handläggare på kommunen) på {PHONE}.
"""

TPL['sv']['PNR'] = """
* | Mitt personnummer är {PNR}.
* | Personnummer: {PNR}
fk school health | Det gäller (min son|min dotter|vårt barn), personnummer {PNRC}.
* @chat | pnr {PNR}
* | Jag heter {SENDER} och har personnummer {PNR}.
fk skv health | {PNR} — kan ni kolla status på min ansökan?
* | Mitt personnr är {PNR}, tacksam för återkoppling.
muni health fk | Ansökan gäller {E} ({PNRO}), som (bor på ett särskilt boende|har god man).
muni health skv | Mammas personnummer är {PNRO} — jag är hennes god man.
* | Kan ni kontrollera att ni har rätt personnummer? Det ska vara {PNR}, inte {PNR}.
school | Elevens personnummer: {PNRC}
* @forum | Jag ringde och uppgav {PNR} men de hittade mig inte i systemet.
fk skv | Jag har personnummer {PNR} men ert brev var ställt till min (gamla adress|exmake).
health | Jag är född {PNR} och (har ingen|saknar) BankID, så jag kan inte logga in på 1177.
insurance | Försäkringstagare: {PNR}
skv | Barnets personnummer är {PNRC} och hon ska flyttas till vår adress.
fk | (Pers.nr|Personnr|P-nr) {PNR}
* @chat | mitt personnummer {PNR} om det hjälper
utility housing | Kontraktet står på mig, {PNR}, och på min sambo, {PNR}.
health | Remissen gäller {E}, född {PNRO}.
"""

TPL['sv']['SAM'] = """
* | Jag har inget personnummer än, bara samordningsnummer: {SAM}.
* | Mitt samordningsnummer är {SAM}.
fk skv | Samordningsnr {SAM}
skv fk | Min man har samordningsnummer {SAM} och väntar fortfarande på folkbokföring.
* | Pnr: {SAM}
skv | Jag fick samordningsnumret {SAM} (när jag började jobba|via arbetsgivaren|när jag pluggade här) men nu har jag flyttat hit.
health | Jag har samordningsnummer ({SAM}), kan jag ändå få en tid på vårdcentralen?
* | Mitt nummer hos Skatteverket är {SAM} (samordningsnummer).
housing utility | Hyresavtalet är skrivet på mitt samordningsnummer, {SAM}.
* @chat | samordningsnummer {SAM}
"""

TPL['sv']['EMAIL'] = """
* | Svara gärna till {EMAIL} i stället, jag kollar inte Mina sidor så ofta.
* | Min mejladress är {SEMAIL}.
shop insurance utility | Skicka kvittot till {SEMAIL}, tack.
* | Jag har bytt e-post till {SEMAIL}, kan ni uppdatera?
* | Mejla (min dotter|min son|min god man) på {EMAIL}.
* | Jag har skickat underlaget från {SEMAIL} men fått studsmejl.
utility housing | Fakturan ska gå till {EMAIL} från och med nästa månad.
* | Kopia till {EMAIL} tack.
school | Skolan har fel mejladress till mig, den rätta är {SEMAIL}.
* @chat | mejla mig på {SEMAIL}
* @forum | Skriv till {SEMAIL} om ni vill veta hur det gick.
* | E-post: {SEMAIL}
"""

TPL['sv']['IBAN'] = """
shop insurance utility housing | Återbetalningen kan sättas in på {IBAN}.
shop insurance fk skv | Mitt IBAN är {IBAN} (BIC {BIC}).
fk skv insurance | Jag bor i (Finland|Tyskland|Norge|Danmark) nu, så betala gärna till {IBANX}.
housing | Depositionen kan betalas tillbaka till kontot {IBANSE}.
insurance | Ersättningen ska gå till IBAN {IBANSE}, inte till det gamla kontot.
shop utility | Ni har dragit fel belopp — pengarna ska tillbaka till {IBAN}.
"""

TPL['sv']['CARD'] = """
shop utility | Jag blev dragen två gånger på kortet {CARD}.
shop | Kortnumret är {CARD}, kan ni se betalningen?
shop utility insurance | Jag betalade med kort {CARD} men ordern står fortfarande som obetald.
shop | Använd kortet {CARD} för nästa dragning, det gamla har gått ut.
* @chat | kortnr {CARD}
shop | Jag fick ett mejl som bad mig bekräfta kortet {CARD} — är det från er?
insurance | Premien dras på {CARD}, men jag vill byta till autogiro.
"""

TPL['sv']['ORDER10'] = """
shop | Mitt ordernummer är {ORDER10}.
shop | Order {ORDER10} har fortfarande inte kommit.
shop | Angående beställning {ORDER10}: (storleken var fel|en del saknas|kartongen var trasig).
shop | Jag vill returnera (skorna|jackan|lampan|dammsugaren) från order nr {ORDER10}.
utility | Mitt kundnummer hos er är {ORDER10}.
utility | Kundnr {ORDER10}, anläggningen på (Björkvägen|Sjögatan|Industrivägen).
utility | Avtalsnummer: {ORDER10}
housing | Kontraktsnummer {ORDER10}
housing | Objektsnummer {ORDER10} — är lägenheten fortfarande ledig?
insurance | Försäkringsnummer {ORDER10}
insurance | Skadenummer {ORDER10}, anmäld (förra veckan|i mars).
shop utility insurance | Fakturanummer {ORDER10} stämmer inte med det jag beställde.
muni | Bokningsnummer {ORDER10} för (idrottshallen|festlokalen|grillplatsen).
* @chat | {ORDER10} — var är mitt paket?
* @chat | gäller {ORDER10}
* @chat | ordernr {ORDER10}
shop | Referens {ORDER10} på följesedeln stämmer inte med kvittot.
utility | Mätar-ID {ORDER10} visar en förbrukning som inte kan stämma.
shop | Kundnummer {ORDER10}, jag handlar ofta hos er.
* | Ni skrev {ORDER10} i mejlet, men det numret hittar jag inte någonstans.
"""

TPL['sv']['ORDER12'] = """
shop | Ordernummer {ORDER12}
utility | Kundnummer: {ORDER12}
shop | Bokningsreferens {ORDER12}
utility | Mätarnummer {ORDER12} — avläsningen är fel.
shop | Medlemsnummer {ORDER12} i kundklubben.
insurance | Avtalsnummer {ORDER12} gäller hemförsäkringen.
housing | Fakturanummer {ORDER12} har betalats två gånger.
* @chat | {ORDER12} heter ordern
"""

TPL['sv']['ORGNR'] = """
muni housing utility shop insurance skv | Vårt organisationsnummer är {ORGNR}.
muni housing utility shop insurance | Fakturan ska ställas till (föreningen|bolaget|bostadsrättsföreningen), org.nr {ORGNR}.
housing | Vi är en bostadsrättsförening (org.nr {ORGNR}) och vill teckna avtal för hela huset.
shop | Leverantören (org.nr {ORGNR}) har inte levererat, vem ansvarar?
skv | Min enskilda firma har bytt till aktiebolag med organisationsnummer {ORGNR}.
muni | Föreningen har organisationsnummer {ORGNR} och söker bidrag för (sommarlägret|lokalhyran).
utility | Org nr: {ORGNR}
insurance | Företagsförsäkringen gäller bolaget med orgnr {ORGNR}.
shop utility insurance housing @chat | orgnr {ORGNR}
"""

TPL['sv']['OCR'] = """
utility housing insurance | Jag betalade med OCR-nummer {OCR} men ni säger att betalningen saknas.
utility housing | Referensnumret (OCR) på avin är {OCR}.
utility housing insurance skv shop muni | Jag skrev fel OCR — {OCR} i stället för {OCR}.
skv | Jag betalade in restskatten med OCR {OCR}.
shop | Klarna-fakturan har OCR {OCR}, är den betald?
muni | Avgiften för barnomsorgen betalades med OCR {OCR}.
utility housing insurance skv shop muni @chat | ocr {OCR}
"""

TPL['sv']['DATE'] = """
* | Förfallodatum var {DATE}, men fakturan kom först efter det.
skv fk | Jag flyttade den {DATE} och anmälde flytten samma dag.
shop | Leveransen var planerad till {DATE}.
* | Mötet {DATE} kl. (9|10|13.30) passar inte, finns det annan tid?
insurance | Skadan inträffade {DATE}.
fk muni | Beslutet är daterat {DATE} men jag fick det långt senare.
housing | Avflyttning sker {DATE}, när kan besiktningen göras?
utility | Avbrottet började {DATE} och pågår fortfarande.
school | Utvecklingssamtalet {DATE} måste flyttas.
health | Jag har en tid {DATE} men behöver avboka den.
* @chat | senast {DATE}?
muni | Ansökan skickades in {DATE}.
shop | Jag beställde {DATE} och har fortfarande inget fått.
* | Jag var bortrest {DATEPAIR}.
"""

TPL['sv']['GIFT16'] = """
shop | Presentkortsnummer {GIFT16} fungerar inte i kassan.
shop | Jag har ett presentkort ({GIFT16}) som ska gälla till årsskiftet.
shop | Värdekoden {GIFT16} säger att den redan är använd.
shop | Kortnumret på presentkortet är {GIFT16}, saldot borde vara 500 kr.
* @chat | presentkort {GIFT16}
"""

TPL['sv']['TRACK'] = """
shop | Kollinummer {TRACK}
shop | Spårningsnumret {TRACK} har stått still i fem dagar.
shop | Sändnings-ID {TRACK} visar att paketet är levererat, men jag har inget fått.
shop | Paketet med kolli-ID {TRACK} ligger visst hos fel ombud.
shop insurance | Returen skickades med {TRACK} och har kommit fram enligt PostNord.
* @chat | spårning {TRACK}
muni school | Materialet skickades med kollinummer {TRACK}.
"""

TPL['sv']['TICKET'] = """
* | Jag hänvisar till ärende {TICKET}.
* | Ärendenummer {TICKET}
muni | Ert diarienummer är {TICKET}.
* | Ni gav mig ärendenummer {TICKET} i telefon förra veckan.
* | Ref: {TICKET}
* @chat | ärende {TICKET}
housing | Felanmälan {TICKET} är fortfarande inte åtgärdad.
utility shop | Ärendet {TICKET} stängdes utan att någon hörde av sig.
muni | Det gäller bygglovsärende {TICKET}.
"""

TPL['sv']['INTRO'] = """
fk | Jag skriver angående (min ansökan om|mitt ärende om|beslutet om) (föräldrapenning|bostadsbidrag|tillfällig föräldrapenning|underhållsstöd|barnbidrag).
fk | Jag har en fråga om (utbetalningen|beslutet|blanketten) som kom (i förra veckan|igår|i måndags).
fk | Jag har försökt logga in på Mina sidor men det fungerar inte.
fk | Enligt brevet ska jag komplettera min ansökan inom två veckor.
fk | Jag har fått ett beslut som jag inte riktigt förstår.
skv | Jag har en fråga om min deklaration (för förra året|som jag lämnade in i april).
skv | Vi har flyttat och ska (anmäla flytt|ändra folkbokföringen).
skv | Jag har ansökt om id-kort men inte fått någon tid.
skv | Jag fick ett brev om (kvarskatt|en justering av rotavdraget|ränteavdraget).
skv | Hur gör jag för att lägga till ett barn i flyttanmälan?
health | Jag (vill boka|behöver omboka) en tid (hos läkaren|hos sjuksköterskan|på mottagningen).
health | Jag har en fråga om (en remiss|ett provsvar|mitt recept).
health | Jag har försökt nå mottagningen via 1177 i flera dagar.
school | Jag är vårdnadshavare till en elev i (årskurs 4|7B|klass 2A|förskoleklass).
school | Jag har en fråga om (schemat|utvecklingssamtalet|skolskjutsen|fritids).
school | Vi har fått info om (friluftsdagen|studiebesöket|lägerskolan) men undrar över ett par saker.
muni | Jag har en fråga om (bygglovet|sophämtningen|färdtjänsten|hemtjänsten|parkeringstillståndet).
muni | Vi bor i (villaområdet vid sjön|centrum|Norrby|Västra Hamnen) och vill ta upp en sak.
muni | Jag har försökt nå er via växeln utan att lyckas.
housing | Jag bor på (Björkgatan|Storgatan|Ängsvägen|Lärkstigen) (4|12|27B|31) och vill göra en felanmälan.
housing | Jag har en fråga om (hyresavin|lägenhetsbytet|besiktningen|uppsägningen).
housing | Det gäller lägenhet (1102|0903|1204|1301) på (andra|tredje|fjärde) våningen.
utility | Jag har en fråga om (elräkningen|min senaste faktura|bredbandet|vattenmätaren).
utility | Vi har haft (strömavbrott|avbrott i bredbandet) (tre gånger den här veckan|sedan i morse).
utility | Jag vill byta till ett (fastprisavtal|rörligt avtal).
shop | Jag beställde (ett par skor|en jacka|en soffa|en lampa|en dammsugare) (förra veckan|för tio dagar sedan).
shop | Jag vill reklamera en vara.
shop | Paketet (har inte kommit|kom skadat|innehöll fel vara).
insurance | Jag vill anmäla en skada.
insurance | Jag har en fråga om min (hemförsäkring|bilförsäkring|reseförsäkring|barnförsäkring).
insurance | Jag har fått ett beslut i mitt skadeärende som jag inte håller med om.
"""

TPL['sv']['REQUEST'] = """
* | Tacksam för svar.
* | Hör gärna av er så snart som möjligt.
* | Vad ska jag göra nu?
* | Kan ni hjälpa mig?
* | Hur lång är handläggningstiden just nu?
* | Jag väntar på besked.
* | Vänligen återkom.
* | Ursäkta att det blev långt.
* | Tack för hjälpen!
* | Återkom gärna per mejl.
* | Jag har redan skickat samma fråga via formuläret men inte fått svar.
* | Snälla, hjälp!
* | Det är bråttom.
* | Tack på förhand.
"""

GREET = {
    'sv': ['Hej!', 'Hej,', 'Hejsan,', 'Hej hej,', 'God morgon!', 'Goddag,', 'Hej igen,',
           'Till {ORG},', 'Hej {AGENT}!', 'Hej {AGENT},', 'Hej på er,', 'Hallå!'],
    'en': ['Hi,', 'Hello,', 'Dear {ORG},', 'Hi there,', 'Good morning,', 'Hello again,',
           'Hi {AGENT},', 'Dear {AGENT},', 'To whom it may concern,', 'Hey,'],
}
CLOSE = {
    'sv': ['Med vänliga hälsningar', 'Vänliga hälsningar', 'Mvh', 'Hälsningar', 'MVH',
           'Vänligen', 'Ha en fin dag!', 'Tack på förhand,', 'Bästa hälsningar', 'Allt gott,'],
    'en': ['Kind regards,', 'Best regards,', 'Best,', 'Thanks,', 'Many thanks,', 'Regards,',
           'Yours sincerely,', 'Cheers,', 'Thank you,'],
}
ANON_SIG = {
    'sv': ['Mvh', 'Vänliga hälsningar', 'Tack!', '// skickat från min mobil', 'Hälsningar', 'Tack på förhand'],
    'en': ['Thanks', 'Regards', 'Sent from my phone', 'Best wishes', 'Thanks in advance'],
}
ANON_SIG_DOMAIN = {
    ('sv', 'housing'): ['Hälsningar, en trött hyresgäst', '/ Boende i trappuppgång C'],
    ('sv', 'school'): ['Mvh en förälder i 3B', 'Hälsningar, vårdnadshavare i 5A'],
    ('en', 'housing'): ['- a tenant in block C', 'A tired tenant'],
    ('en', 'school'): ['A parent in class 3B'],
}
ORGS = {
    'sv': {'fk': ['Försäkringskassan', 'handläggaren'], 'skv': ['Skatteverket'],
           'health': ['vårdcentralen', 'mottagningen', 'Region Norrland'],
           'school': ['skolan', 'rektor', 'förskolan'], 'muni': ['kommunen', 'Kontaktcenter', 'socialtjänsten'],
           'housing': ['bostadsbolaget', 'förvaltningen', 'kundservice'], 'utility': ['kundservice', 'elbolaget'],
           'shop': ['kundtjänst', 'butiken'], 'insurance': ['skadeavdelningen', 'försäkringsbolaget']},
    'en': {'fk': ['Försäkringskassan', 'Swedish Social Insurance Agency'], 'skv': ['Skatteverket', 'Swedish Tax Agency'],
           'health': ['Health Centre', 'Clinic'], 'school': ['School Office', 'Principal'],
           'muni': ['Contact Centre', 'Municipality'], 'housing': ['Housing Office', 'Property Management'],
           'utility': ['Customer Service', 'Support Team'], 'shop': ['Customer Service', 'Support Team'],
           'insurance': ['Claims Team', 'Customer Service']},
}

TPL['en']['HEALTH'] = """
fk | I've been [[H:on sick leave for {H_SL}]] since {SINCE} and haven't received any sickness benefit yet.
fk | {S^} {S_have} been [[H:signed off work with {H_SL}]] — what documents do you need from the doctor?
fk | My doctor's certificate says I have {H_COND}, but the case officer says I can still work.
fk | We're applying for care allowance for {C}, who has {H_CHILD}.
fk | {FS^} {FS_be} {H_PREG} and {FS_have} a physically demanding job — can {FSp} get pregnancy benefit?
fk | {C^} was [[H:diagnosed with {H_DIAG}]] last year and the psychologist suggested we apply for support.
fk | Can I get temporary parental benefit while {C} is [[H:in hospital with {H_INPAT}]]?
fk | My application for sickness compensation was rejected even though I have {H_COND} and {H_COND}.
fk muni | {S^} {S_have} {H_TREAT} (three times a week|every other day) and can't take on full-time work.
health | I need to renew my prescription for {H_MED}(| before the weekend| as I only have a few days left).
health | {S^} take{S_s} {H_MED} (every morning|twice a day|since last year) and {S_have} been getting side effects.
health | I have {H_COND} and I've been waiting for (an appointment|a referral|a follow-up) since {SINCE}.
health school | Our GP referred {C} to {H_CARE} in (January|the spring|the autumn) but we haven't heard anything.
health | {E^} has been [[H:admitted with {H_INPAT}]] — (when are visiting hours|can we bring {Eo} some clothes)?
health | I've had {H_SYMPT} (since yesterday|for three days|on and off all week) — should I go to A&E or call 1177?
health | {S^} had {H_EVENT} (last week|a month ago|over Christmas) and need{S_s} a follow-up appointment.
health | I'm booked for {H_PROC} (in May|next week|after the summer) — do I need to fast beforehand?
health insurance | Since {S_poss} {H_PROC_BARE}, {Sp} {S_have} (been in a lot of pain|had trouble walking|had an infection in the wound).
health | The test results showed that I have {H_COND}; could someone explain what happens next?
health | I'm {H_STATE} and would need (an interpreter|extra time|a ground-floor room) for my appointment.
health | Could I get a certificate stating that I have {H_COND}? My employer is asking for one.
health | We've been [[H:trying for a baby]] for two years and are on the waiting list for {H_TREAT_FERT}.
health | My [[H:therapist]] at {H_CARE} has left and I haven't been given a new contact.
health | {FS^} {FS_be} {H_PREG} and {FS_have} had {H_SYMPT} — who should we contact?
health | {S^} {S_have} been prescribed {H_MED} but the pharmacy says it's out of stock — is there an alternative?
school | {C^} has {H_CHILD} and needs (adjustments in the classroom|a teaching assistant|extra time in tests).
school | {C^} takes {H_MED_CHILD} and needs a dose at lunchtime — who at school can give it?
school | I wanted to let the class teacher know that {C} has just been [[H:diagnosed with {H_DIAG}]].
school | {C^} has {H_CHILD_ALLERGY} — can the kitchen provide a special diet (from Monday|at after-school club too|on the school trip)?
school | {C^} has missed (two weeks|most of this term) because of {H_COND_ACUTE}.
school | {C^} is under {H_CARE_CHILD} and struggles to manage full school days at the moment.
school | {C^} has {H_CHILD}, so the (school trip|overnight camp|swimming lessons) will need some extra planning.
muni | {E^} has {H_COND_ELDER} and can no longer live at home without home care.
muni | I'm applying for färdtjänst because I'm {H_STATE_MOB} and can't use the bus.
muni | {E^} had {H_EVENT} and will need a safety alarm when {Ep} comes home.
muni | {R^} is {H_STATE_ADDICT} and has nowhere to live — who do I contact?
muni | I have {H_COND} and need help with (cleaning|shopping|showering) twice a week.
housing | I'm {H_STATE_MOB} and the lift has been broken for (a week|five days) — I can't get out of the flat.
housing | {S^} {S_have} {H_COND_AIR} and the mould in the bathroom is making it worse.
housing | I have {H_MENTAL} and the noise from upstairs (keeps me awake|is making my symptoms worse).
housing | I have {H_COND} and need a ground-floor flat — is there any way to get priority?
utility | {E^} uses {H_DEVICE} that needs power around the clock — can you prioritise us during outages?
utility housing shop | I was [[H:in hospital with {H_INPAT}]] and missed the payment — could I get an extension?
shop | I'm {H_STATE_MOB} and can't carry heavy parcels — can the delivery be brought to the door?
shop | {FS^} {FS_be} {H_PREG} and can't lift heavy boxes — can the driver carry the sofa inside?
insurance | I'd like to report an injury: I (slipped on the ice|fell down the stairs|came off my bike) and suffered {H_INJURY}.
insurance | While travelling in (Spain|Thailand|Greece|Turkey), {S} {S_was} [[H:hospitalised with {H_INPAT}]] — does the travel insurance cover it?
insurance | I was [[H:diagnosed with {H_COND}]] (two|three|five) years ago — does that affect my (life|income protection) insurance?
insurance | The form asks about medication: I take {H_MED} and have had {H_COND}.
* | I have {H_COND}, so phone calls are difficult for me — can we sort this out by email?
* | Sorry for the late reply, {S} {S_have} been [[H:in hospital with {H_INPAT}]].
* | I've been living with {H_COND} since (childhood|2015|my twenties) and long waiting times are really hard.
* | My [[H:therapist]] suggested I ask for an extension because of my {H_MENTAL_BARE}.
* | I was recently told I have {H_COND} and everything feels chaotic right now.
* | I'm on {H_TREAT_ON} and very tired, so please reply in writing.
health muni | {E^} is receiving {H_PALL} at home and we need (a parking permit|respite care one evening a week).
* | I have {H_ADDICT} and go to (treatment|[[H:AA meetings]]) every week, so Tuesdays don't work for me.
health | I have {H_IMPLANT}, so I can't have an MRI — is there an alternative?
* | I have {H_IMPLANT} and the security gate at your office is a problem for me.
* | {S^} {S_be} {H_STATE}, so could you send letters (in large print|digitally|to me instead)?
* @chat | i have {H_COND} so can't make the meeting today
* @chat | sorry, at {H_CARE} with {C} all morning
* @chat | had {H_EVENT} last week so everything is delayed
* @forum | Anyone else here with {H_COND} who got turned down by Försäkringskassan?
* @forum | Has anyone had {H_PROC} at (Sahlgrenska|Karolinska|Danderyd|Akademiska)? How long was the recovery?
* @forum | Does anyone else take {H_MED} and feel (this tired|dizzy) all the time?
* @forum | Our son was [[H:diagnosed with {H_DIAG}]] this spring — how did the rest of you deal with school?
health | The pharmacy says my prescription for {H_MED} has expired — can the doctor renew it without a visit?
fk | I take {H_MED} and {H_MED} and can't drive, so I can't take a job as a (driver|courier).
* @forum | Has anyone switched from {H_MED} to {H_MED}? How did it go?
health @chat | my prescription for {H_MED} ran out, what do i do
insurance | Does the travel insurance cover it if I need to buy {H_MED} abroad?
* | I left my medication ({H_MED}) at home and I'm travelling — can I collect it at another pharmacy?
* | Because of my {H_BARE} I haven't been able to (open my post|pay on time|reply sooner).
fk | My {H_BARE} has got worse and I need to extend my [[H:sick leave]].
housing | My {H_BARE} means I can't manage the stairs any more — is there a flat with a lift?
fk | I've had {H_PROC} and the doctor has [[H:signed me off]] for (four|six) weeks.
* @forum | Having {H_PROC} (next week|in May), any tips?
health | The appointment for {H_PROC} is on the same day as a (funeral|wedding) — can it be moved?
* | I'm [[H:on sick leave for {H_SL}]] and find it hard to (concentrate|read long letters), so please keep it simple.
fk @chat | [[H:off sick with {H_SL}]], when will the money come?
health @chat | i have {H_SYMPT}, should i come in?
school | {C^} came home with {H_SYMPT_CHILD} yesterday — did something happen at school?
school | {C^} has had {H_SYMPT_CHILD} at school (twice|several times) and we want staff to know what to do.
* | I have an appointment at {H_CARE} the same day, could the meeting be moved?
fk | The certificate from {H_CARE} was sent in (April|three weeks ago) — have you received it?
* | I had {H_EVENT} and I'm in {H_CARE_HOSP} right now, which is why I'm replying late.
housing | I have {H_COND} and the broken heating is making it much worse.
* | {S^} {S_have} {H_COND} and stress makes it worse — please help us sort this out.
"""

EN['A_DIET'] = _lines("""
a [Muslim]
a [practising Muslim]
a [Jew]
an [Orthodox Jew]
a [Hindu]
a [Sikh]
a [Seventh-day Adventist]
a [Buddhist]
""")

EN['A_SABBATH'] = _lines("""
a [Seventh-day Adventist]
an [Orthodox Jew]
an [observant Jew]
a [practising Jew]
""")

EN['H_PALL'] = _lines("""
palliative care
hospice care
end-of-life care
home dialysis
""")

EN['H_ADDICT'] = _lines("""
a [gambling addiction]
a [drinking problem]
a [drug problem]
an [alcohol addiction]
an [opioid addiction]
a [cannabis addiction]
""")

EN['H_IMPLANT'] = _lines("""
a [pacemaker]
an [ICD]
a [cochlear implant]
an [insulin pump]
a [spinal cord stimulator]
a [shunt]
""")

EN['H_TREAT_ON'] = _lines("""
dialysis
chemo
chemotherapy
radiotherapy
immunotherapy
methadone treatment
opioid substitution therapy
home oxygen
hormone therapy
biologic therapy
""")

EN['H_PROC_BARE'] = _lines("""
hip replacement
knee replacement
bypass surgery
gastric bypass
kidney transplant
back surgery
amputation
ACL surgery
shoulder surgery
""")

TPL['en']['ART9'] = """
school | We don't celebrate (Christmas|birthdays) because we are [[A:Jehovah's Witnesses]], so {C} needs an alternative activity.
school | We are {A_REL_PL} and {C} doesn't eat pork — is that noted on the special diet list?
school | I'm a [[A:practising Muslim]] and [[A:fast during Ramadan]], so could the meeting be in the morning?
school | {C^} wears a [[A:hijab]] for religious reasons and doesn't want to remove it for PE.
school | {C^} is [[A:transgender]] and would like to be called [[N:(Alex|Sam|Robin|Charlie)]] at school — can you update the register?
muni | As {A_REL_SG_ART}, I'd like the funeral to follow my faith — who should I talk to?
muni | I'm a member of {A_PARTY} and sit on the (municipal council|planning committee) — do the conflict-of-interest rules apply?
muni | I'm {A_POLNOUN} and I think the decision to close the (library|pool|school) is wrong.
muni | My son was arrested for [[A:shoplifting]] and social services have called us to a meeting.
muni | I [[A:spent three years in prison]] and now need help finding somewhere to live.
muni | I have {A_CRIME} — will that affect my application for (housing support|a job with the council)?
skv | I left the [[A:Church of Sweden]] last year but I'm still being charged the church fee.
skv | I'm a member of the {A_CHURCH} and the fee seems to have been deducted twice.
skv | The membership fee for {A_UNION} is deducted from my salary — can I claim it on my tax return?
skv fk | We're a [[A:same-sex couple]] and want to know how parenthood is registered when the baby is born.
skv | I've [[A:legally changed my gender]] but your system still shows my old name.
skv | My [[A:fingerprints]] were taken for the residence permit card but the card never arrived.
housing | I'm {A_ORIENT} and the neighbour has been harassing me because of it.
housing | I'm {A_ETHN} and I was refused a viewing as soon as I gave my name.
housing | I have {A_CRIME} — can the landlord refuse me a contract because of that?
health | I'm on the waiting list for {A_GENDERCARE} and would like to know the current waiting time.
health | A [[A:genetic test]] showed I carry {A_GEN}, and the doctor recommends more frequent check-ups.
health insurance | I carry {A_GEN} — do I have to declare that on the health questionnaire?
* | I'm {A_ORIENT} and I don't want that in notes that everyone can read.
* | I'm a member of {A_UNION} and my rep will join the meeting.
* | I'm a [[A:union rep]] at the (hospital|depot|warehouse) and I'm writing on behalf of a colleague.
shop school | As {A_DIET}, I don't eat (pork|meat) — can you remove it from the order?
* | I'm {A_SABBATH}, so I can't attend on (Saturdays|Friday evenings) — are there other times?
* | I go to [[A:Friday prayers]] at the mosque, so Friday lunchtime doesn't work for me.
school | I'm an [[A:atheist]] and don't want the end-of-term assembly held in a church.
* | I voted for {A_PARTY} and I think (you|the council) should listen to people like us.
* @forum | As someone who is {A_ORIENT}, I no longer feel welcome at the (pool|club) after what happened.
* @forum | Does anyone know if you have to declare {A_CRIME} when applying for a flat?
* @chat | im in {A_UNION}, can my union rep come to the meeting?
* @forum | I'm {A_REL_SG_ART} and wonder if others have been treated badly at (the health centre|work|the job centre) because of it.
fk | My union ({A_UNION}) is helping me appeal the decision.
muni | As a local councillor for {A_PARTY}, I'd like to request the documents in this case.
school | {C^} is {A_ETHN} and has been subjected to racist comments by other pupils.
skv | How do I leave the {A_CHURCH}? I no longer share the faith and don't want to pay the fee any more.
"""

EN['A_REL_SG_ART'] = _lines("""
a [Muslim]
a [practising Catholic]
a [Jew]
an [Orthodox Jew]
a [Seventh-day Adventist]
a [Jehovah's Witness]
a [devout Christian]
a [Sikh]
a [Hindu]
a [Buddhist]
an [evangelical Christian]
a [Quaker]
a [Mormon]
a [Shia Muslim]
""")

TPL['en']['EH'] = """
* | The new (app update|website|dashboard) is [[eh:sick]], well done — but (the invoice page is missing|I can't find my bookings).
* | My (laptop|work computer|tablet) (caught|picked up) a [[eh:virus]], so I can't (open the attachment you sent|log in right now|print the form).
shop | Your (ad|campaign|competition) went [[eh:viral]] on (TikTok|Instagram|Facebook), but (the discount code doesn't work|nobody in the store knew about it).
* | This (queue|chatbot|login system) is driving me [[eh:(crazy|mad|insane)]].
shop | The prices in your (spring|summer|Black Friday) sale are [[eh:insane]] — is that a mistake?
housing | We live right in the [[eh:heart]] of (the old town|the city|Haga), and (the bin lorry comes at five in the morning|parking is impossible).
muni | The (square|library|market hall) is the [[eh:heart]] of the (neighbourhood|village) — why close it?
* | You seem to be turning a [[eh:deaf]] ear to (complaints|feedback) — this is my (third|fourth|fifth) email.
muni | There's a [[eh:blind spot]] at the (car park exit|school crossing|roundabout) where drivers can't see cyclists.
* | The whole (switchboard|chat service|booking system) was [[eh:paralysed]] (this morning|all afternoon), I couldn't get through.
shop | Your return policy is a bit [[eh:schizophrenic]] — (one page|the receipt) says 30 days, (another|the email) says 14.
* | This (weather|November darkness|rain) is so [[eh:depressing]] that I forgot to reply to your letter, sorry.
* | I'm [[eh:allergic]] to (paperwork|phone queues|automated replies), but here is the completed form.
utility | The router's [[eh:diagnostics]] page says the line is fine, but (nothing loads|the speed is terrible).
insurance | The garage ran a [[eh:diagnostic]] on the (car|motorbike|camper van) and the (gearbox|clutch|turbo) is finished.
housing shop | The (move|installation|delivery) was done with [[eh:surgical]] precision, thank you!
* | This is a [[eh:symptom]] of (understaffing|poor routines|a broken system), not of anything I did.
housing | What kind of wood [[eh:treatment]] do you recommend for the (balcony floor|garden fence|decking)?
shop | I ordered [[eh:dishwasher tablets]] but received (rinse aid|washing-up liquid) instead.
shop | The coffee [[eh:capsules]] arrived (completely crushed|in the wrong flavour).
* | We're not [[eh:immune]] to delays, but (three weeks|a month|two months) is too long.
muni | The (librarian's|guide's|swimming teacher's) enthusiasm was [[eh:contagious]] — the kids have talked about it all week!
shop | My golf [[eh:handicap]] is (18|24|12), which (club length|driver) would suit me?
* | (Customer service|Your chat) is the [[eh:backbone]] of your business, so why is it closed at (weekends|night)?
muni | The (park|woodland|meadow by the river) is the city's green [[eh:lung]] — why turn it into (a car park|housing)?
housing | It's nice to feel the [[eh:pulse]] of the city, but not at (three|four) in the morning.
* | Our (mail filter|antivirus) flagged the (file|attachment) as [[eh:infected]], could you send it again?
* | Your (email|reply|decision) ended up in [[eh:quarantine]] (at our IT department|in my spam filter), hence the late reply.
utility | Which [[eh:antivirus]] is included in the (broadband package|premium plan)?
school | Which days are (sports day|the outdoor day) during the school's [[eh:wellness week]]?
muni health | Is there a [[eh:wheelchair ramp]] at the (entrance|town hall|swimming pool|library)?
school muni | Does the (assembly hall|dining hall) have a [[eh:hearing loop]]? We're holding a (parents' meeting|information evening) there.
muni school | Where is the [[eh:defibrillator]] in the (sports hall|swimming pool|culture centre)?
school muni | Could you use a [[eh:dyslexia-friendly]] font in the (weekly newsletter|information sheet)?
school | Are there [[eh:gluten-free]] options in the school canteen (every day|only on some days)?
shop | I got regular (milk|yoghurt|cream) instead of [[eh:lactose-free]] in my grocery box.
shop | I'd like to change my monthly donation to [[eh:(Cancerfonden|the Heart and Lung Foundation|Cancer Research UK)]] that I set up through your shop.
* | I'm [[eh:sick of]] waiting for (a reply|someone to call me back|the refund).
utility | (Switching contracts|Cancelling the broadband|Moving my subscription) with you has been a real [[eh:headache]].
shop | What a [[eh:stroke]] of luck — the parcel turned up at my (neighbour's|office).
* @chat | lol my star sign is [[eh:Cancer]] so obviously i (forgot to pay|missed the appointment)
* | I've been avoiding your (app|website|self-service portal) like the [[eh:plague]] since the (update|redesign|new login).
utility | Could you run a [[eh:health check]] on our (fibre connection|heat pump|meter)?
* | I understand you're going through some [[eh:growing pains]] with the new (system|app|booking page), but (this is too slow|I still can't log in|nothing works).
* | I had a [[eh:brain fart]] and typed the wrong (PIN|password) three times, now I'm locked out.
* | Quick [[eh:sanity check]]: is the deadline the (15th|20th) or the 30th?
fk | Is [[eh:sick pay]] counted as income for (housing allowance|maintenance support)?
muni | The bus stop by the [[eh:hospital]] has moved — where does the (bus|number 4) go from now?
shop | Can I collect the parcel at [[eh:Apotek Hjärtat]] (in the mall|by the station) instead of the usual pickup point?
* | Your company [[eh:operates]] in all the Nordic countries, so why is there no English support line?
muni | Can our (association|housing cooperative) book a room for a [[eh:CPR]] course?
shop | The traffic was [[eh:crippled]] by the (snow|storm), so I understand the delay.
* | Your opening hours are a [[eh:nightmare]] for those of us who work (shifts|nights).
* @forum | This thread has really gone [[eh:viral]], thanks everyone for (replying|sharing)!
* @forum | I think the whole council IT system is [[eh:sick]] today — (no e-service works|no form can be sent).
shop | The [[eh:first aid]] kit I ordered was missing the plasters.
insurance | Does the company package include [[eh:health insurance]] or do I have to buy it myself?
school | How do I report a [[eh:sick day]] in the new school app?
* | The phone queue today was [[eh:insane]], (over an hour|almost two hours).
* | Your new logo looks [[eh:sick]], but (where are the invoices|the login doesn't work).
* | Your new system has some [[eh:teething problems]], I get it, but I haven't been able to log in for a week.
* | It was [[eh:heartbreaking]] to see (the playground torn down|the park destroyed).
* @chat | [[eh:crazy]] fast reply, thanks!
housing | The heating has been [[eh:dead]] since Monday and the flat is freezing.
utility | The (fibre box|router) has a [[eh:hiccup]] every evening around (eight|nine).
shop | The [[eh:Vitamin Well]] bottles in my order were leaking.
"""

TPL['en']['EA'] = """
housing | We're having a [[ea:party]] on (Saturday|Friday), so it may be a bit loud until (midnight|eleven) — hope that's okay.
housing | The neighbours have a [[ea:party]] (every weekend|in the middle of the week) with loud music — what can you do?
* | Do you share my data with [[ea:third-party]] (advertisers|partners|companies)?
* | Which [[ea:third parties]] get my (address|phone number) when I order?
muni utility | How does (bin collection|customer service) work over [[ea:Christmas]]?
shop | Are you open on [[ea:(Easter Saturday|Christmas Eve|Good Friday)]]?
muni | Is the (recycling centre|swimming pool|library) open on [[ea:Ascension Day]]?
housing | I live on [[ea:Church Street]] (12|4B|7) and (the entry phone doesn't work|my letterbox was broken into).
muni | The (bus|school bus) by the [[ea:cathedral]] has been cancelled several mornings in a row.
shop | Your [[ea:liberal]] return policy is the reason I shop here.
housing | It was a [[ea:conservative]] estimate that the (renovation|pipe replacement) would take two weeks — it's now been (six|eight).
shop | That book is the [[ea:bible]] for every (DIY enthusiast|gardener|home baker), when will it be back in stock?
* | Nothing is [[ea:sacred]] any more — now you charge for (paper invoices|receipts) too.
* | [[ea:Thank God]] the (parcel|decision|refund) finally arrived!
* | This doesn't seem entirely [[ea:kosher]] — why did the (price|fee) change (after I paid|without notice)?
* | I log in with [[ea:Face ID]] but (the app freezes|nothing happens).
* | Why do you store a [[ea:fingerprint]] of my (browser|phone)?
* | It's apparently in your company's [[ea:DNA]] never to answer emails.
* | Your reply was very [[ea:generic]] and didn't answer (my question|what I wrote).
muni | Will the road be closed for the [[ea:race]] on Sunday?
shop | The (cinnamon buns|cakes|sandwiches) from your (bakery|café) were [[ea:criminally]] good, thanks!
* | The new (routine|booking page|schedule) was [[ea:doomed]] from the start.
muni | The match went to a [[ea:penalty]] shoot-out and fans damaged the stands.
muni | Thanks for the (recommendation|tip), a truly [[ea:captivating]] (novel|crime story|biography)!
* | How do I [[ea:convert]] the (file|photo|document) to PDF before uploading it?
shop | I'm a [[ea:member]] of your (loyalty club|bonus club) but didn't get the (member discount|points).
muni school | The (printer|photocopier|ticket machine) in the (library|reception) is [[ea:on strike]] again.
utility shop | Could we get a [[ea:demonstration]] of the (app|system|charging box) before signing the contract?
shop | I ordered [[ea:Pride and Prejudice]] (in hardback|as an audiobook) but received a completely different book.
shop | The fish counter sold [[ea:rainbow trout]] that was off the same day.
* | Could I please get a [[ea:straight]] answer about the (fees|deadline|refund)?
utility | Is billing monthly or [[ea:bi-monthly]] now?
* @forum | Posting here is [[ea:preaching to the choir]], nobody from the (company|council) reads it.
* @chat | [[ea:god knows]] how long this queue is
shop | Can I book a table for a [[ea:party]] of (eight|ten|twelve)?
* | Is that the [[ea:gospel truth]] or just what (the chatbot|your website|the first agent) (says|told me)?
* | A working login page seems to be the [[ea:holy grail]] for your IT department.
housing | As a [[ea:member]] of the housing cooperative, I'd like to know why the fee went up.
shop | The socks from your [[ea:Pride]] collection arrived in the wrong size.
muni | The parking rules seem to be a [[ea:sacred cow]] in this town.
* | It may be [[ea:heresy]] to say it, but your old app was better.
* | I still have [[ea:faith]] that you'll sort this out, but my patience is running thin.
insurance | Is my [[ea:racing]] bike covered by the home insurance?
"""

TPL['en']['PHONE'] = """
* | You can reach me on {PHONE_EN}(| after 4 pm| during office hours).
* | Please call me on {PHONE_EN} if anything is unclear.
* | My new number is {MOB}, the old one no longer works.
* | I've changed my phone number to {MOB}, could you update it?
* | Could you call me back? {PHONE_EN}
* | My UK number is {UKPHONE}, but I'm in Sweden until (the end of the month|August).
* | Call me at {USPHONE} — I'm (in New York|back in the US) at the moment.
muni health | The home care team can call (my daughter|my son|me) on {PHONE_EN}.
* | Contact person: (my daughter|my husband|my partner), {PHONE_EN}.
* | Please text {MOB} rather than calling, I can't answer at work.
* | I've tried calling you from {PHONE_EN} several times without getting through.
housing | The plumber can ring {PHONE_EN} before coming so I can open the door.
shop | The courier can call {MOB} when they're outside.
* @chat | my number is {MOB}
* @chat | pls call {PHONE_EN}
* @forum | I got a weird text from {MOB} claiming to be from you, is it a scam?
* | Phone: {PHONE_EN}
* | I'm best reached on {LAND} in the mornings, otherwise {MOB}.
"""

TPL['en']['PNR'] = """
* | My personal identity number is {PNR}.
* | Personnummer: {PNR}
fk school health | This is about (my son|my daughter|our child), personnummer {PNRC}.
* | My Swedish personnummer is {PNR}.
* | My name is {SENDER} and my personal number is {PNR}.
fk skv | {PNR} — could you check the status of my application?
muni health fk | The application is for {E} ({PNRO}), who (lives in a care home|has a legal guardian).
* | Could you check you have the right personnummer? It should be {PNR}, not {PNR}.
* @chat | personnummer {PNR}
health | I was born {PNR} and don't have BankID, so I can't log in to 1177.
skv | Our daughter's personnummer is {PNRC} and she should be registered at our address.
insurance | Policyholder ID: {PNR}
* @forum | I gave them my ID number {PNR} on the phone but they couldn't find me.
"""

TPL['en']['SAM'] = """
* | I don't have a personnummer yet, only a coordination number: {SAM}.
* | My coordination number (samordningsnummer) is {SAM}.
skv fk | My husband's samordningsnummer is {SAM} and he is still waiting to be registered.
* | Personal number: {SAM}
skv | I got the samordningsnummer {SAM} when I started working here, but now I've moved to Sweden.
health | I have a coordination number ({SAM}) — can I still get an appointment at the health centre?
housing utility | The tenancy agreement is under my coordination number, {SAM}.
* @chat | samordningsnummer {SAM}
"""

TPL['en']['EMAIL'] = """
* | Please reply to {EMAIL} instead, I rarely check the portal.
* | My email address is {SEMAIL}.
shop insurance utility | Please send the receipt to {SEMAIL}.
* | I've changed my email to {SEMAIL}, could you update it?
* | Please email (my daughter|my son|my legal guardian) at {EMAIL}.
* | I sent the documents from {SEMAIL} but got a bounce message.
utility housing | Invoices should go to {EMAIL} from next month.
* | Please cc {EMAIL}.
* @chat | email me at {SEMAIL}
* | Email: {SEMAIL}
"""

TPL['en']['IBAN'] = """
shop insurance utility housing | Please refund the amount to {IBAN}.
shop insurance fk skv | My IBAN is {IBAN} (BIC {BIC}).
fk skv insurance | I live in (Finland|Germany|the Netherlands|the UK) now, so please pay into {IBANX}.
housing | The deposit can be returned to {IBANSE}.
insurance | The compensation should go to IBAN {IBAN}, not the old account.
"""

TPL['en']['CARD'] = """
shop utility | I was charged twice on my card {CARD}.
shop | The card number is {CARD}, can you see the payment?
shop utility insurance | I paid with card {CARD} but the order still shows as unpaid.
shop | Please use the card {CARD} for the next payment, the old one has expired.
shop | I got an email asking me to confirm my card {CARD} — was that from you?
* @chat | card no {CARD}
"""

TPL['en']['ORDER10'] = """
shop | My order number is {ORDER10}.
shop | Order {ORDER10} still hasn't arrived.
shop | Regarding order {ORDER10}: (the size was wrong|a part is missing|the box was damaged).
shop | I'd like to return the (shoes|jacket|lamp) from order no. {ORDER10}.
utility | My customer number with you is {ORDER10}.
utility | Contract number: {ORDER10}
housing | Tenancy agreement number {ORDER10}
insurance | Policy number {ORDER10}
insurance | Claim number {ORDER10}, reported (last week|in March).
shop utility insurance | Invoice number {ORDER10} doesn't match what I ordered.
muni | Booking number {ORDER10} for the (sports hall|party room).
* @chat | {ORDER10} — where is my parcel?
* @chat | re {ORDER10}
shop | Customer no. {ORDER10}, I order from you a lot.
* | You wrote {ORDER10} in the email, but I can't find that number anywhere.
"""

TPL['en']['ORDER12'] = """
shop | Order number {ORDER12}
utility | Customer number: {ORDER12}
shop | Booking reference {ORDER12}
utility | Meter number {ORDER12} — the reading is wrong.
insurance | Policy number {ORDER12} is for the home insurance.
"""

TPL['en']['ORGNR'] = """
muni housing utility shop insurance skv | Our company registration number is {ORGNR}.
muni housing utility shop insurance | The invoice should be addressed to the (association|company|housing cooperative), org. no. {ORGNR}.
housing | We're a housing cooperative (org. no. {ORGNR}) and want a contract for the whole building.
skv | My sole trader business has become a limited company with organisation number {ORGNR}.
muni | The association's organisation number is {ORGNR} and we're applying for a grant.
shop utility insurance housing @chat | org nr {ORGNR}
"""

TPL['en']['OCR'] = """
utility housing insurance | I paid with OCR reference {OCR}, but you say the payment is missing.
utility housing insurance skv shop muni | I entered the wrong OCR — {OCR} instead of {OCR}.
skv | I paid the tax owed using OCR number {OCR}.
utility housing | The payment reference (OCR) on the invoice is {OCR}.
utility housing insurance skv shop muni @chat | ocr {OCR}
"""

TPL['en']['DATE'] = """
* | The due date was {DATE}, but the invoice only arrived after that.
skv fk | I moved on {DATE} and reported the move the same day.
shop | Delivery was scheduled for {DATE}.
* | The meeting on {DATE} doesn't suit me, is there another time?
insurance | The damage happened on {DATE}.
fk muni | The decision is dated {DATE} but I received it much later.
housing | I'm moving out on {DATE} — when can the inspection be done?
health | I have an appointment on {DATE} but need to cancel it.
* @chat | by {DATE}?
* | I was away {DATEPAIR}.
"""

TPL['en']['GIFT16'] = """
shop | Gift card number {GIFT16} doesn't work at the checkout.
shop | I have a gift card ({GIFT16}) that should be valid until the end of the year.
shop | The voucher code {GIFT16} says it has already been used.
* @chat | gift card {GIFT16}
"""

TPL['en']['TRACK'] = """
shop | Tracking number {TRACK}
shop | Tracking number {TRACK} hasn't moved in five days.
shop | Shipment {TRACK} shows as delivered, but I haven't received anything.
shop insurance | The return was sent with {TRACK} and has arrived according to PostNord.
* @chat | tracking {TRACK}
"""

TPL['en']['TICKET'] = """
* | I'm referring to case {TICKET}.
* | Case number {TICKET}
muni | Your reference number is {TICKET}.
* | You gave me case number {TICKET} on the phone last week.
* | Ref: {TICKET}
* @chat | ticket {TICKET}
housing | Repair request {TICKET} still hasn't been dealt with.
"""

TPL['en']['INTRO'] = """
fk | I'm writing about my application for (parental benefit|housing allowance|temporary parental benefit|child allowance).
fk | I have a question about the (payment|decision|form) I received (last week|yesterday).
fk | I moved to Sweden (last year|in January) and I'm trying to understand how the system works.
skv | I have a question about my tax return (for last year|that I filed in April).
skv | We've moved and need to (register the move|update our address).
skv | I applied for an ID card but haven't been given an appointment.
health | I'd like to (book|rebook) an appointment (with the doctor|with the nurse).
health | I have a question about (a referral|some test results|my prescription).
school | I'm the parent of a pupil in (year 4|class 7B|preschool class).
school | I have a question about (the timetable|the parent-teacher meeting|school transport|after-school care).
muni | I have a question about (building permits|bin collection|special transport|home care|parking permits).
muni | I've tried to reach you through the switchboard without success.
housing | I live at (Björkgatan|Storgatan|Ängsvägen) (4|12|27B) and want to report a fault.
housing | I have a question about (the rent invoice|the flat swap|the inspection|my notice period).
utility | I have a question about (my electricity bill|the latest invoice|the broadband|the water meter).
utility | We've had (power cuts|broadband outages) (three times this week|since this morning).
shop | I ordered (a pair of shoes|a jacket|a sofa|a lamp) (last week|ten days ago).
shop | I'd like to make a complaint about an item.
shop | The parcel (hasn't arrived|arrived damaged|contained the wrong item).
insurance | I'd like to report a claim.
insurance | I have a question about my (home|car|travel|child) insurance.
"""

TPL['en']['REQUEST'] = """
* | I'd appreciate a reply.
* | Please get back to me as soon as possible.
* | What should I do now?
* | Could you help me?
* | How long is the processing time at the moment?
* | I look forward to hearing from you.
* | Sorry for the long message.
* | Thanks for your help!
* | Please reply by email.
* | I already sent the same question through the form but got no answer.
* | It's urgent.
* | Thanks in advance.
"""


# ---------------------------------------------------------------------------
# template engine
# ---------------------------------------------------------------------------

DOMAINS = [('fk', 13), ('skv', 9), ('health', 16), ('school', 11), ('muni', 12), ('housing', 11),
           ('utility', 8), ('shop', 12), ('insurance', 8)]
LABEL_TAGS = {'H': ('item', 'HEALTH'), 'A': ('item', 'ART9_OTHER'), 'N': ('item', 'NAME'),
              'eh': ('decoy', 'everyday_health'), 'ea': ('decoy', 'everyday_art9')}
CAT_TYPE = {'HEALTH': 'HEALTH', 'ART9': 'ART9_OTHER', 'PHONE': 'PHONE', 'PNR': 'PNR_PERSONNUMMER',
            'SAM': 'PNR_SAMORDNING', 'EMAIL': 'EMAIL', 'IBAN': 'IBAN', 'CARD': 'CARD',
            'EH': 'everyday_health', 'EA': 'everyday_art9', 'ORDER10': 'order10',
            'ORDER12': 'order12', 'ORGNR': 'orgnr', 'OCR': 'ocr', 'DATE': 'date',
            'GIFT16': 'giftcard16', 'TRACK': 'tracking', 'TICKET': 'ticket'}
ITEM_CATS = ['HEALTH', 'ART9', 'PHONE', 'PNR', 'SAM', 'EMAIL', 'IBAN', 'CARD']
DECOY_CATS = ['EH', 'EA', 'ORDER10', 'ORDER12', 'ORGNR', 'OCR', 'DATE', 'GIFT16', 'TRACK',
              'TICKET']


def parse_block(block):
    out = []
    for line in _lines(block):
        tags, tpl = line.split(' | ', 1)
        tags = tags.split()
        doms = [t for t in tags if not t.startswith('@')]
        chans = [t[1:] for t in tags if t.startswith('@')]
        out.append({'doms': doms, 'chans': chans, 'tpl': tpl.strip(), 'uses': 0})
    return out


TEMPLATES = {lang: {cat: parse_block(b) for cat, b in d.items()} for lang, d in TPL.items()}

ALT_RE = re.compile(r'\(([^()]*\|[^()]*)\)')
TOK_RE = re.compile(r'\[\[(\w+):(.*?)\]\]|\{(\w+)(\^?)\}')
CORE_RE = re.compile(r'^(.*?)\[([^\]]+)\](.*)$')


def resolve_alts(s):
    while True:
        m = ALT_RE.search(s)
        if not m:
            return s
        s = s[:m.start()] + rng.choice(m.group(1).split('|')) + s[m.end():]


def flat(segs):
    return ''.join(t for t, _ in segs)


def cap_segs(segs):
    out = list(segs)
    for i, (t, lab) in enumerate(out):
        if t:
            out[i] = (t[0].upper() + t[1:], lab)
            break
    return out


VOCAB_USES = {}


def pick_vocab(lang, name):
    """Least-used-first choice so that the whole vocabulary gets exercised."""
    lst = VOCAB[lang][name]
    key = (lang, name)
    uses = VOCAB_USES.setdefault(key, [0] * len(lst))
    lo = min(uses)
    cands = [i for i, u in enumerate(uses) if u <= lo + 1]
    i = rng.choice(cands)
    uses[i] += 1
    return lst[i]


def vocab_segs(lang, name):
    entry = resolve_alts(pick_vocab(lang, name))
    lab = ('item', 'HEALTH') if name.startswith('H_') else ('item', 'ART9_OTHER')
    m = CORE_RE.match(entry)
    if m:
        segs = []
        if m.group(1):
            segs.append((m.group(1), None))
        segs.append((m.group(2), lab))
        if m.group(3):
            segs.append((m.group(3), None))
        return segs
    return [(entry, lab)]


SINCE = {'sv': ['mars', 'i höstas', 'början av april', 'årsskiftet', 'mitten av januari',
                'i våras', 'november', 'i somras', 'jul', 'förra veckan', 'februari'],
         'en': ['March', 'the autumn', 'early April', 'New Year', 'mid-January', 'the spring',
                'November', 'last summer', 'Christmas', 'last week', 'February']}


class Ctx:
    def __init__(self, lang, domain, channel):
        self.lang = lang
        self.domain = domain
        self.channel = channel
        self.gender = rng.choice('mf')
        if lang == 'sv':
            pool = wchoice([('sv', 80), ('mix', 20)])
        else:
            pool = wchoice([('en', 60), ('mix', 20), ('sv', 20)])
        self.first, self.last = random_name_pair(pool, self.gender)
        self.subj = {}
        self.semail = None

    # -- subjects ---------------------------------------------------------
    def subject(self, kind):
        if kind in self.subj:
            return self.subj[kind]
        sv = self.lang == 'sv'
        if kind == 'S':
            if rng.random() < 0.5:
                v = (('jag', 'jag', 'mig', 'x') if sv else ('I', 'I', 'me', 'my', 'x'))
                self.subj['S_self'] = True
            else:
                v = rng.choice(SV_OTHERS if sv else EN_OTHERS)
                self.subj['S_self'] = False
        elif kind == 'C':
            v = rng.choice(SV_CHILD if sv else EN_CHILD)
        elif kind == 'E':
            v = rng.choice(SV_ELDER if sv else EN_ELDER)
        elif kind == 'R':
            v = rng.choice(SV_RELATIVE if sv else EN_RELATIVE)
        elif kind == 'FS':
            if self.gender == 'f' and rng.random() < 0.7:
                v = (('jag', 'jag', 'mig', 'f') if sv else ('I', 'I', 'me', 'my', 'f'))
                self.subj['FS_self'] = True
            else:
                v = (rng.choice([('min fru', 'hon', 'henne', 'f'), ('min sambo', 'hon', 'henne', 'f'),
                                 ('min flickvän', 'hon', 'henne', 'f')]) if sv else
                     rng.choice([('my wife', 'she', 'her', 'her', 'f'), ('my partner', 'she', 'her', 'her', 'f'),
                                 ('my girlfriend', 'she', 'her', 'her', 'f')]))
                self.subj['FS_self'] = False
        self.subj[kind] = v
        return v


def fill_slot(name, ctx):
    lang = ctx.lang
    if name in VOCAB[lang]:
        return vocab_segs(lang, name)
    # subjects
    base = name.split('_')[0]
    if base in ('S', 'C', 'E', 'R', 'FS') or name in ('Sp', 'So', 'Cp', 'Co', 'Ep', 'Eo', 'FSp'):
        if name in ('Sp', 'So', 'Cp', 'Co', 'Ep', 'Eo', 'FSp'):
            kind, part = name[:-1], name[-1]
        elif '_' in name:
            kind, part = name.split('_', 1)
        else:
            kind, part = name, ''
        v = ctx.subject(kind)
        if kind == 'R':
            return v
        if part == '':
            return v[0]
        if part == 'p':
            return v[1]
        if part == 'o':
            return v[2]
        self_ = ctx.subj.get(kind + '_self', False)
        if part == 'have':
            return 'have' if self_ else 'has'
        if part == 'be':
            return 'am' if self_ else 'is'
        if part == 's':
            return '' if self_ else 's'
        if part == 'was':
            return 'was'
        if part == 'poss':
            return v[3] if lang == 'en' else 'min'
        raise KeyError(name)
    # names
    if name == 'SENDER':
        return [(ctx.first + ' ' + ctx.last, ('item', 'NAME'))]
    if name == 'SENDERF':
        return [(ctx.first, ('item', 'NAME'))]
    if name == 'AGENT':
        return [(rng.choice(AGENTS_SV if lang == 'sv' else AGENTS_EN), ('item', 'NAME'))]
    if name == 'BOY':
        return rng.choice(BOYS_SV)
    if name == 'GIRL':
        return rng.choice(GIRLS_SV)
    if name == 'BOY_EN':
        return rng.choice(BOYS_EN)
    if name == 'GIRL_EN':
        return rng.choice(GIRLS_EN)
    if name == 'ORG':
        return rng.choice(ORGS[lang][ctx.domain])
    if name == 'SINCE':
        return rng.choice(SINCE[lang])
    if name == 'BIC':
        return rng.choice(BICS)
    item = lambda t, v: [(v, ('item', t))]
    decoy = lambda k, v: [(v, ('decoy', k))]
    if name == 'PNR':
        return item('PNR_PERSONNUMMER', make_pnr())
    if name == 'PNRC':
        return item('PNR_PERSONNUMMER', make_pnr(who='child'))
    if name == 'PNRO':
        return item('PNR_PERSONNUMMER', make_pnr(who='elder'))
    if name == 'SAM':
        return item('PNR_SAMORDNING', make_pnr(sam=True))
    if name == 'PHONE':
        return item('PHONE', make_phone_se())
    if name == 'PHONE_EN':
        k = rng.random()
        v = make_phone_se() if k < 0.6 else (make_phone_uk() if k < 0.85 else make_phone_us())
        return item('PHONE', v)
    if name == 'MOB':
        return item('PHONE', make_mobile())
    if name == 'LAND':
        return item('PHONE', make_landline())
    if name == 'UKPHONE':
        return item('PHONE', make_phone_uk())
    if name == 'USPHONE':
        return item('PHONE', make_phone_us())
    if name == 'EMAIL':
        return item('EMAIL', make_email())
    if name == 'SEMAIL':
        if ctx.semail is None:
            ctx.semail = make_email(ctx.first, ctx.last)
        return item('EMAIL', ctx.semail)
    if name == 'IBAN':
        return item('IBAN', make_iban())
    if name == 'IBANSE':
        return item('IBAN', make_iban('SE'))
    if name == 'IBANX':
        return item('IBAN', make_iban(rng.choice(['FI', 'DE', 'NO', 'DK', 'NL', 'GB', 'PL', 'ES', 'FR', 'EE'])))
    if name == 'CARD':
        return item('CARD', make_card())
    if name == 'ORDER10':
        v = make_order10()
        if rng.random() < 0.06:
            v = '#' + v
        return decoy('order10', v)
    if name == 'ORDER12':
        return decoy('order12', make_order12())
    if name == 'ORGNR':
        return decoy('orgnr', make_orgnr())
    if name == 'OCR':
        return decoy('ocr', make_ocr())
    if name == 'DATE':
        return decoy('date', make_date(lang))
    if name == 'GIFT16':
        return decoy('giftcard16', make_gift16())
    if name == 'DATEPAIR':
        a = rand_date(2023, 2026)
        b = a + datetime.timedelta(days=rng.randint(3, 40))
        fmt = rng.choice(['iso', 'dmy/', 'dmy.', 'text']) if lang == 'en' else rng.choice(['iso', 'dmy.', 'd/m', 'text'])
        def f(d):
            if fmt == 'iso':
                return d.isoformat()
            if fmt == 'dmy/':
                return '%02d/%02d/%d' % (d.day, d.month, d.year)
            if fmt == 'dmy.':
                return '%02d.%02d.%d' % (d.day, d.month, d.year)
            if fmt == 'd/m':
                return '%d/%d' % (d.day, d.month)
            return '%d %s %d' % (d.day, (MONTHS_SV if lang == 'sv' else MONTHS_EN)[d.month - 1], d.year)
        pre, mid = ('mellan ', ' och ') if lang == 'sv' else ('between ', ' and ')
        return [(pre, None), (f(a), ('decoy', 'date')), (mid, None), (f(b), ('decoy', 'date'))]
    if name == 'TRACK':
        return decoy('tracking', make_tracking())
    if name == 'TICKET':
        return decoy('ticket', make_ticket(lang))
    raise KeyError('unknown slot ' + name)


def expand(tpl, ctx):
    tpl = resolve_alts(tpl)
    segs = []
    pos = 0
    for m in TOK_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        if m.group(1):
            text = flat(expand(m.group(2), ctx))
            segs.append((text, LABEL_TAGS[m.group(1)]))
        else:
            sub = fill_slot(m.group(3), ctx)
            if isinstance(sub, str):
                sub = expand(sub, ctx)
            if m.group(4):
                sub = cap_segs(sub)
            segs.extend(sub)
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return [s for s in segs if s[0]]


def templates_for(lang, cat, domain, channel):
    return [t for t in TEMPLATES[lang].get(cat, [])
            if ('*' in t['doms'] or domain in t['doms'])
            and (not t['chans'] or channel in t['chans'])]


SLOT_RE = re.compile(r'\{(\w+?)\^?\}')


def novelty(lang, tpl):
    bonus = 0
    for name in SLOT_RE.findall(tpl):
        if name in VOCAB[lang]:
            uses = VOCAB_USES.get((lang, name))
            bonus += len(VOCAB[lang][name]) if uses is None else sum(1 for u in uses if u == 0)
    return bonus


def pick_template(cands, lang):
    w = [(t, (1 + novelty(lang, t['tpl']) / 2.0) * (4.0 if t['uses'] == 0 else 1.0) /
          (1 + t['uses']) ** 1.5) for t in cands]
    t = wchoice(w)
    t['uses'] += 1
    return t['tpl']


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------

COUNTS = {k: 0 for k in ITEM_TYPES + DECOY_KINDS}
SEEN_SENTENCES = set()


def deficit(cat):
    t = CAT_TYPE[cat]
    return max(TARGETS[t] - COUNTS[t], 0) + 3


def choose_cats(pool, n, lang, domain, channel):
    avail = [c for c in pool if templates_for(lang, c, domain, channel)]
    out = []
    for _ in range(n):
        if not avail:
            break
        c = wchoice([(c, deficit(c)) for c in avail])
        out.append(c)
        if c not in ('HEALTH', 'ART9', 'EH'):
            avail = [a for a in avail if a != c]
    return out


def render_unit(cat, ctx, used_tpls):
    cands = [t for t in templates_for(ctx.lang, cat, ctx.domain, ctx.channel)
             if t['tpl'] not in used_tpls]
    if not cands:
        return None
    segs = None
    for _ in range(8):
        tpl = pick_template(cands, ctx.lang)
        segs = expand(tpl, ctx)
        if flat(segs) not in SEEN_SENTENCES:
            break
    used_tpls.add(tpl)
    SEEN_SENTENCES.add(flat(segs))
    return segs


def render_neutral(cat, ctx):
    cands = templates_for(ctx.lang, cat, ctx.domain, ctx.channel)
    if not cands:
        return None
    return expand(pick_template(cands, ctx.lang), ctx)


EMOJI = [' 🙏', ' 😊', ' 🙂', ' 😩', ' 😤', ' 👍', ' 😅']
CHAT_HELLO = {'sv': ['hej', 'Hej!', 'hallå', 'Hej,', 'hej hej', 'Tjena,'],
              'en': ['hi', 'Hi!', 'hello', 'Hey,', 'hiya']}
CHAT_BYE = {'sv': ['tack', 'tack!', 'mvh', 'tack på förhand', 'tacksam för svar'],
            'en': ['thanks', 'thx', 'thanks!', 'cheers']}
FORUM_HELLO = {'sv': ['Hej alla!', 'Hej forumet,', 'Hej,', 'Hallå där!'],
               'en': ['Hi all,', 'Hello everyone,', 'Hi,']}
FORUM_BYE = {'sv': ['Tack på förhand!', 'Tacksam för tips.', 'Någon som vet?', 'Hur gjorde ni?'],
             'en': ['Thanks in advance!', 'Any tips appreciated.', 'Does anyone know?']}
SIG_PHONE = {'sv': ['Tel: {PHONE}', 'Mobil: {MOB}', '{PHONE}', 'Tfn {PHONE}', 'Telefon {PHONE}',
                    'Mobil {MOB} (dagtid)'],
             'en': ['Tel: {PHONE_EN}', 'Mobile: {MOB}', '{PHONE_EN}', 'Phone {UKPHONE}', 'Mob. {PHONE_EN}']}
SIG_EMAIL = {'sv': ['{SEMAIL}', 'E-post: {SEMAIL}', 'Mejl: {SEMAIL}'],
             'en': ['{SEMAIL}', 'Email: {SEMAIL}', 'E-mail: {SEMAIL}']}
SIG_PNR = {'sv': ['Pnr {PNR}', 'Personnummer: {PNR}', 'Pers.nr {PNR}'],
           'en': ['Personnummer {PNR}', 'Personal ID no. {PNR}']}


def seg_text(t):
    return [(t, None)]


def build_message():
    lang = 'sv' if rng.random() < 0.70 else 'en'
    channel = wchoice([('chat', 38), ('email', 37), ('forum', 25)])
    domain = wchoice(DOMAINS)
    empty = rng.random() < 0.335
    ctx = Ctx(lang, domain, channel)
    if empty:
        n_item = 0
        n_dec = wchoice([(0, 10), (1, 48), (2, 32), (3, 10)])
        if channel == 'chat':
            n_dec = min(n_dec, 2)
    else:
        if channel == 'chat':
            n_item = wchoice([(1, 72), (2, 28)])
        elif channel == 'email':
            n_item = wchoice([(1, 42), (2, 40), (3, 18)])
        else:
            n_item = wchoice([(1, 62), (2, 32), (3, 6)])
        n_dec = wchoice([(0, 36), (1, 44), (2, 20)])
        if channel == 'chat':
            n_dec = min(n_dec, 1)
    cats = (choose_cats(ITEM_CATS, n_item, lang, domain, channel) +
            choose_cats(DECOY_CATS, n_dec, lang, domain, channel))
    rng.shuffle(cats)
    used = set()
    units = [u for u in (render_unit(c, ctx, used) for c in cats) if u]
    intro_p = {'chat': 0.22, 'email': 0.75, 'forum': 0.35}[channel]
    req_p = {'chat': 0.18, 'email': 0.6, 'forum': 0.3}[channel]
    if not units or rng.random() < intro_p:
        intro = render_neutral('INTRO', ctx)
        if intro:
            units.insert(0, intro)
    if rng.random() < req_p:
        units.append(render_neutral('REQUEST', ctx))

    segs = []
    if channel == 'chat':
        if rng.random() < 0.35:
            segs += seg_text(rng.choice(CHAT_HELLO[lang]) + ' ')
        for i, u in enumerate(units):
            if i:
                segs += seg_text(' ')
            segs += u
        if rng.random() < 0.3:
            segs += seg_text(' ' + rng.choice(CHAT_BYE[lang]))
        if rng.random() < 0.14:
            segs += seg_text(rng.choice(EMOJI))
        if segs[0][1] is None and rng.random() < 0.3:
            t = segs[0][0]
            segs[0] = (t[0].lower() + t[1:], None)
    elif channel == 'email':
        greet = rng.choice([g for g in GREET[lang] if not (empty and '{AGENT}' in g)])
        segs += expand(greet, ctx) + seg_text('\n\n')
        paras = []
        i = 0
        while i < len(units):
            k = 2 if (rng.random() < 0.35 and i + 1 < len(units)) else 1
            paras.append(units[i:i + k])
            i += k
        for pi, para in enumerate(paras):
            if pi:
                segs += seg_text('\n\n')
            for si, u in enumerate(para):
                if si:
                    segs += seg_text(' ')
                segs += u
        segs += seg_text('\n\n')
        if empty:
            segs += seg_text(rng.choice(ANON_SIG[lang] + ANON_SIG_DOMAIN.get((lang, domain), [])))
        else:
            segs += seg_text(rng.choice(CLOSE[lang]) + '\n')
            segs += expand(rng.choice(['{SENDER}', '{SENDER}', '{SENDER}', '{SENDERF}']), ctx)
            if COUNTS['PHONE'] < TARGETS['PHONE'] and rng.random() < 0.33:
                segs += seg_text('\n') + expand(rng.choice(SIG_PHONE[lang]), ctx)
            if COUNTS['EMAIL'] < TARGETS['EMAIL'] and rng.random() < 0.14:
                segs += seg_text('\n') + expand(rng.choice(SIG_EMAIL[lang]), ctx)
            if (domain in ('fk', 'skv', 'health') and rng.random() < 0.06
                    and COUNTS['PNR_PERSONNUMMER'] < TARGETS['PNR_PERSONNUMMER']):
                segs += seg_text('\n') + expand(rng.choice(SIG_PNR[lang]), ctx)
    else:
        if rng.random() < 0.3:
            segs += seg_text(rng.choice(FORUM_HELLO[lang]) + ' ')
        split = len(units) >= 2 and rng.random() < 0.3
        for i, u in enumerate(units):
            if i:
                segs += seg_text('\n\n' if (split and i == len(units) // 2) else ' ')
            segs += u
        if rng.random() < 0.3:
            segs += seg_text(' ' + rng.choice(FORUM_BYE[lang]))
        if not empty and rng.random() < 0.2:
            segs += seg_text('\n/') + expand('{SENDERF}', ctx)
        if rng.random() < 0.06:
            segs += seg_text(rng.choice(EMOJI))
    return lang, channel, domain, segs


def spans(segs):
    text = ''.join(t for t, _ in segs)
    items, decoys = [], []
    cp = 0
    bpos = 0
    for t, lab in segs:
        blen = len(t.encode('utf-8'))
        if lab:
            rec = {'start': cp, 'end': cp + len(t), 'bstart': bpos, 'bend': bpos + blen, 'value': t}
            if lab[0] == 'item':
                items.append(dict([('type', lab[1])] + list(rec.items())))
            else:
                decoys.append(dict([('kind', lab[1])] + list(rec.items())))
        cp += len(t)
        bpos += blen
    return text, items, decoys


def check_value(kind, v):
    """Assert that a planted value really is what its label claims."""
    d = re.sub(r'[^0-9]', '', v)
    if kind in ('PNR_PERSONNUMMER', 'PNR_SAMORDNING'):
        assert ('+' not in v) or len(d) == 10
        ok = pnr12_valid(d) if len(d) == 12 else pnr10_valid(d)
        assert ok, v
        day = int(d[-6:-4])
        assert (day > 60) == (kind == 'PNR_SAMORDNING'), v
    elif kind == 'IBAN':
        assert iban_valid(v), v
    elif kind == 'CARD':
        assert card_like(d), v
    elif kind == 'order10':
        assert len(d) == 10 and not pnr10_valid(d) and not orgnr_valid(d), v
    elif kind == 'order12':
        assert len(d) == 12 and not pnr12_valid(d), v
    elif kind == 'orgnr':
        assert orgnr_valid(d[-12:-2] if v.startswith('SE') else d[-10:]), v
    elif kind == 'giftcard16':
        assert len(d) == 16 and not luhn_ok(d), v
    elif kind == 'ocr':
        assert luhn_ok(d) and not card_like(d) and len(d) not in (10, 12), v
    elif kind == 'PHONE':
        assert 7 <= len(d) <= 14, v
        assert not pnr10_valid(d), v


def main():
    messages, truths = [], []
    seen_texts = set()
    lang_c, chan_c, dom_c = {}, {}, {}
    n = 0
    while n < N_MESSAGES:
        lang, channel, domain, segs = build_message()
        text, items, decoys = spans(segs)
        if text in seen_texts:
            continue
        seen_texts.add(text)
        n += 1
        mid = 'h3-%05d' % n
        for it in items:
            COUNTS[it['type']] += 1
            check_value(it['type'], it['value'])
        for de in decoys:
            COUNTS[de['kind']] += 1
            check_value(de['kind'], de['value'])
        lang_c[lang] = lang_c.get(lang, 0) + 1
        chan_c[channel] = chan_c.get(channel, 0) + 1
        dom_c[domain] = dom_c.get(domain, 0) + 1
        messages.append({'id': mid, 'lang': lang, 'channel': channel, 'text': text})
        truths.append({'id': mid, 'items': items, 'decoys': decoys})

    # self-check: every span slices to its value by code points and by UTF-8 bytes
    for m, t in zip(messages, truths):
        b = m['text'].encode('utf-8')
        for s in t['items'] + t['decoys']:
            assert m['text'][s['start']:s['end']] == s['value']
            assert b[s['bstart']:s['bend']].decode('utf-8') == s['value']
            assert s['value'] == s['value'].strip() and s['value']

    with open(os.path.join(OUT_DIR, 'messages.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for m in messages:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT_DIR, 'truth.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for t in truths:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    no_item = sum(1 for t in truths if not t['items'])
    no_item_nonname = sum(1 for t in truths if not [i for i in t['items'] if i['type'] != 'NAME'])
    tpl_counts = {lang: sum(len(v) for v in TEMPLATES[lang].values()) for lang in TEMPLATES}
    vocab_sizes = {lang: sum(len(v) for v in VOCAB[lang].values()) for lang in VOCAB}
    stats = {
        'corpus': 'heldout3',
        'seed': SEED,
        'reference_date': REF_DATE.isoformat(),
        'messages': len(messages),
        'messages_without_items': no_item,
        'messages_without_items_except_names': no_item_nonname,
        'languages': {k: lang_c[k] for k in sorted(lang_c)},
        'channels': {k: chan_c[k] for k in sorted(chan_c)},
        'domains': {k: dom_c[k] for k in sorted(dom_c)},
        'items': {k: COUNTS[k] for k in ITEM_TYPES},
        'decoys': {k: COUNTS[k] for k in DECOY_KINDS},
        'items_total': sum(COUNTS[k] for k in ITEM_TYPES),
        'decoys_total': sum(COUNTS[k] for k in DECOY_KINDS),
        'templates': tpl_counts,
        'vocabulary_entries': vocab_sizes,
    }
    with open(os.path.join(OUT_DIR, 'stats.json'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(json.dumps(stats, ensure_ascii=False, indent=2) + '\n')
    print(json.dumps(stats, ensure_ascii=False, indent=2))


if __name__ == '__main__':
    main()
