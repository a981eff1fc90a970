#!/usr/bin/env python3
"""Held-out evaluation corpus for the Samtal sensitive-data scanner.

Deterministic (fixed seed, standard library only).  Writes messages.jsonl,
truth.jsonl and stats.json next to this file, in the format of the
development corpus (shared/corpus).  Written without reading the scanner's
rules or lexicon; never to be used to write or tune them.

    python3 generate.py            # regenerate
    python3 generate.py --audit    # also print unlabelled words worth a look
"""
import datetime as dt
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 424242
N_MESSAGES = 3400
SHARE_SV = 0.70
SHARE_CLEAN = 0.34          # messages without any item (not even a name)
REFERENCE_DATE = dt.date(2026, 11, 29)   # scanning date used by the test harness

rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# Checksums and identifier generators
# --------------------------------------------------------------------------

def luhn_sum(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total

def luhn_ok(digits):
    return luhn_sum(digits) % 10 == 0

def luhn_check_digit(body):
    return str((10 - luhn_sum(body + "0") % 10) % 10)

def valid_date(y, m, d):
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False

def could_be_pnr10(digits):
    """True if ten digits pass as a personnummer or samordningsnummer in any century."""
    if len(digits) != 10 or not digits.isdigit() or not luhn_ok(digits):
        return False
    yy, mm, dd = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    for century in (1800, 1900, 2000):
        for day in (dd, dd - 60):
            if day >= 1 and valid_date(century + yy, mm, day):
                return True
    return False

def could_be_pnr12(digits):
    if len(digits) != 12 or not digits.isdigit():
        return False
    y, mm, dd = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    if not luhn_ok(digits[2:]):
        return False
    return any(day >= 1 and valid_date(y, mm, day) for day in (dd, dd - 60)) if y >= 1 else False

def random_birth(lo, hi):
    span = (hi - lo).days
    return lo + dt.timedelta(days=rng.randrange(span))

BIRTH_RANGES = {  # who the number belongs to -> plausible birth years
    "self": (1931, 2007), "child": (2008, 2025), "peer": (1940, 2005), "parent": (1928, 1975),
    "grand": (1927, 1960), "young": (1985, 2025),
}

def pnr(samordning=False, who="self"):
    """A personnummer (or samordningsnummer, day + 60) in one of the written forms.
    Grandparents are sometimes over 100 and then written with '+'."""
    centenarian = (not samordning) and who == "grand" and rng.random() < 0.25
    if centenarian:
        born = random_birth(dt.date(1914, 1, 1), dt.date(1926, 11, 1))
    else:
        lo, hi = BIRTH_RANGES[who]
        born = random_birth(dt.date(lo, 1, 1), dt.date(hi, 12, 31))
    day = born.day + (60 if samordning else 0)
    ymd = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    serial = f"{rng.randrange(1000):03d}"
    check = luhn_check_digit(ymd + serial)
    last4 = serial + check
    cent = f"{born.year // 100}"
    if centenarian:
        return f"{ymd}+{last4}"
    f = rng.random()
    if f < 0.38:
        return f"{ymd}-{last4}"
    if f < 0.62:
        return f"{cent}{ymd}-{last4}"
    if f < 0.78:
        return f"{cent}{ymd}{last4}"
    if f < 0.94:
        return f"{ymd}{last4}"
    if f < 0.97:
        return f"{cent}{ymd} {last4}"
    return f"{ymd} {last4}"

def orgnr():
    while True:
        body = str(rng.choice([2, 5, 7, 8, 9])) + str(rng.randrange(10)) + str(rng.randrange(2, 10)) + "".join(
            str(rng.randrange(10)) for _ in range(6))
        digits = body + luhn_check_digit(body)
        if not could_be_pnr10(digits):
            return digits[:6] + "-" + digits[6:]

def digits(n, first=None):
    s = "" if first is None else first
    while len(s) < n:
        s += str(rng.randrange(10))
    return s

def order10():
    """Ten digits that fail the personnummer check; half start with 07 or 08 like a phone number."""
    while True:
        if rng.random() < 0.55:
            d = rng.choice(["07", "08"]) + digits(8)
        else:
            d = digits(10, str(rng.randrange(1, 10)))
        if not luhn_ok(d):
            break
    if rng.random() < 0.08 and not d.startswith("0"):
        return d[:6] + "-" + d[6:]
    return d

def order12():
    while True:
        first = rng.choice(["1", "2", "3", "4", "5", "6", "7", "8", "9", "19", "20"])
        d = digits(12, first)
        if not could_be_pnr12(d) and not luhn_ok(d):
            return d

def ocr():
    n = rng.choice([7, 8, 9, 11, 13, 14, 15])
    body = digits(n - 1, str(rng.randrange(1, 10)))
    return body + luhn_check_digit(body)

def giftcard16():
    while True:
        d = digits(16, "6" + str(rng.randrange(10)))
        if not luhn_ok(d):
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))

def card():
    kind = rng.random()
    if kind < 0.5:
        prefix, n = "4", 16
    elif kind < 0.78:
        prefix, n = str(rng.randrange(51, 56)), 16
    elif kind < 0.88:
        prefix, n = str(rng.randrange(2221, 2721)), 16
    else:
        prefix, n = rng.choice(["34", "37"]), 15
    body = digits(n - 1, prefix)
    num = body + luhn_check_digit(body)
    assert luhn_ok(num)
    f = rng.random()
    if n == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if f < 0.45:
        return " ".join(groups)
    if f < 0.75:
        return num
    return "-".join(groups)

def iban(country=None):
    country = country or rng.choice(["SE"] * 7 + ["DE", "NO", "DK", "FI", "GB", "NL", "ES"])
    if country == "SE":
        bban = rng.choice(["500", "800", "600", "300", "920", "957", "912"]) + digits(17)
    elif country == "DE":
        bban = digits(18, str(rng.randrange(1, 9)))
    elif country == "NO":
        bban = digits(11)
    elif country in ("DK", "FI"):
        bban = digits(14)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:  # ES
        bban = digits(20)
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(numeric) % 97
    code = f"{country}{check:02d}{bban}"
    numeric = "".join(str(int(c, 36)) for c in code[4:] + code[:4])
    assert int(numeric) % 97 == 1
    if rng.random() < 0.5:
        return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    return code

SE_MOBILE = ["70", "72", "73", "76", "79"]
SE_AREA3 = ["31", "40", "18", "19", "13", "11", "16", "21", "23", "26", "35", "36", "42", "44", "46", "54", "60", "63", "90"]
SE_AREA4 = ["470", "920", "498", "611", "240", "480", "520", "300", "340", "370", "410", "431", "455", "510", "531",
            "550", "570", "580", "590", "620", "640", "660", "680", "910", "980"]

def _sub_groups(s):
    n = len(s)
    if n == 8:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if n == 7:
        return f"{s[:3]} {s[3:5]} {s[5:]}"
    if n == 6:
        return f"{s[:2]} {s[2:4]} {s[4:]}"
    return f"{s[:3]} {s[3:]}"  # 5

def _se_phone():
    while True:
        r = rng.random()
        if r < 0.68:
            area = rng.choice(SE_MOBILE)
            sub = digits(7)
        elif r < 0.84:
            area = "8"
            sub = digits(rng.choice([7, 8]), str(rng.randrange(1, 10)))
        elif r < 0.95:
            area = rng.choice(SE_AREA3)
            sub = digits(rng.choice([6, 7]), str(rng.randrange(1, 10)))
        else:
            area = rng.choice(SE_AREA4)
            sub = digits(rng.choice([5, 6]), str(rng.randrange(1, 10)))
        national = "0" + area + sub
        if len(national) == 10 and could_be_pnr10(national):
            continue
        if len(national) == 12 and could_be_pnr12(national):
            continue
        break
    g = _sub_groups(sub)
    f = rng.random()
    if f < 0.30:
        return f"0{area}-{g}"                       # 072-365 08 12
    if f < 0.44:
        return f"0{area} {g}"                       # 072 365 08 12
    if f < 0.58:
        return national                             # 0723650812
    if f < 0.72:
        return f"+46 {area} {g}"                   # +46 72 365 08 12
    if f < 0.79:
        return f"+46 (0){area}-{g}"                # +46 (0)72-365 08 12
    if f < 0.85:
        return f"+46{area}{sub}"                   # +46723650812
    if f < 0.91:
        return f"0046 {area} {g}"                  # 0046 72 365 08 12
    if f < 0.96:
        return f"0{area}-{sub}"                    # 072-3650812
    if f < 0.98:
        return f"0{area} - {g}"                    # 072 - 365 08 12
    return f"0{area}.{g.replace(' ', '.')}"        # 072.365.08.12

def se_phone():
    """A Swedish number whose digits, however they are read, never pass as a personnummer."""
    while True:
        v = _se_phone()
        d = re.sub(r"\D", "", v)
        if not (could_be_pnr10(d) or could_be_pnr12(d)):
            return v

def uk_phone():
    r = rng.random()
    if r < 0.5:
        sub = "900" + digits(3)
        return rng.choice([f"07700 {sub}", f"+44 7700 {sub}", f"+44 (0)7700 {sub}", f"07700{sub}"])
    if r < 0.8:
        sub = "0" + digits(3)
        return rng.choice([f"020 7946 {sub}", f"+44 20 7946 {sub}", f"+44 (0)20 7946 {sub}", f"(020) 7946 {sub}"])
    sub = "0" + digits(3)
    return rng.choice([f"0161 496 {sub}", f"+44 161 496 {sub}"])

def us_phone():
    area = rng.choice(["212", "415", "312", "617", "206", "512", "303", "646", "202"])
    sub = "01" + digits(2)
    return rng.choice([f"({area}) 555-{sub}", f"{area}-555-{sub}", f"+1 {area} 555 {sub}",
                       f"+1 ({area}) 555-{sub}", f"{area}.555.{sub}", f"1-{area}-555-{sub}"])

def _phone(lang):
    if lang == "sv":
        return se_phone() if rng.random() < 0.94 else uk_phone()
    r = rng.random()
    if r < 0.5:
        return se_phone()
    return uk_phone() if r < 0.78 else us_phone()

def phone(lang):
    while True:
        v = _phone(lang)
        d = re.sub(r"\D", "", v)
        if not (could_be_pnr10(d) or could_be_pnr12(d)):
            return v

FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "č": "c", "ć": "c", "'": ""})

def email(first, last, lang):
    f = first.lower().translate(FOLD)
    l = last.lower().translate(FOLD).replace(" ", "")
    yy = str(rng.randrange(50, 100)) if rng.random() < 0.5 else f"{rng.randrange(0, 10):02d}"
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}.{l}{yy}", f"{f}{yy}",
                        f"{f[0]}.{l}", f"{l}.{f}", f"{f}-{l}", f"{f}.{l[0]}{rng.randrange(1, 99)}"])
    if rng.random() < 0.04:
        local += "+" + rng.choice(["kommun", "post", "handel", "bank"] if lang == "sv" else ["shop", "bills", "council"])
    if lang == "sv":
        dom = rng.choice(["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "telia.com",
                          "yahoo.se", "spray.se", "bredband.net", "comhem.se", "proton.me", "hotmail.se", "msn.com"])
    else:
        dom = rng.choice(["gmail.com", "gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com",
                          "hotmail.co.uk", "aol.com", "proton.me", "sky.com", "yahoo.com", "me.com"])
    addr = f"{local}@{dom}"
    if rng.random() < 0.03:
        addr = addr[0].upper() + addr[1:]
    return addr

# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------

SV_F = ["Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma", "Ingrid", "Malin", "Linnéa", "Åsa", "Sofia",
        "Johanna", "Elin", "Ida", "Märta", "Agnes", "Siv", "Birgitta", "Ebba", "Frida", "Hanna", "Moa", "Fatima", "Amina",
        "Leyla", "Maja", "Wilma", "Ulla", "Gunilla", "Ylva", "Helén", "Josefin", "Therese", "Nour", "Sanna", "Jenny",
        "Camilla", "Solveig", "Annika", "Pernilla", "Stina", "Tove", "Signe", "Majken", "Rut", "Aleksandra"]
SV_M = ["Lars", "Anders", "Johan", "Per", "Karl", "Erik", "Mikael", "Nils", "Björn", "Göran", "Stefan", "Jonas", "Oscar",
        "Viktor", "Mattias", "Håkan", "Jörgen", "Sven", "Ali", "Mohammed", "Ahmad", "Dragan", "Hampus", "Linus", "Emil",
        "Olle", "Tobias", "Kent", "Rasmus", "Leif", "Pontus", "Kristoffer", "Sixten", "Arvid", "Omar", "Yusuf", "Milan",
        "Åke", "Bengt", "Tomas", "Ulf", "Jesper", "Fredrik", "Magnus", "Sebastian", "Gustav"]
SV_L = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson",
        "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg",
        "Lundgren", "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg",
        "Wallin", "Engström", "Eklund", "Danielsson", "Håkansson", "Lundin", "Björk", "Bergman", "Gunnarsson", "Holm",
        "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren",
        "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Hussein", "Mohamed", "Ahmed",
        "Yilmaz", "Nguyen", "Kovačević", "Öberg", "Åberg", "Strand", "Hedlund", "Nordin", "Sundberg", "Backman"]
EN_F = ["Emily", "Sophie", "Charlotte", "Olivia", "Grace", "Chloe", "Hannah", "Megan", "Lucy", "Amy", "Rachel", "Sarah",
        "Laura", "Priya", "Aisha", "Zoe", "Niamh", "Siobhan", "Jessica", "Kate", "Rebecca", "Fiona", "Holly", "Ella"]
EN_M = ["James", "Oliver", "Harry", "George", "Thomas", "Daniel", "Michael", "David", "Ryan", "Callum", "Liam", "Connor",
        "Ben", "Sam", "Raj", "Tariq", "Kwame", "Chris", "Mark", "Paul", "Gareth", "Owen", "Luke", "Ethan"]
EN_L = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
        "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis",
        "Phillips", "Mason", "Mitchell", "Davis", "Rodriguez", "Cox", "Morgan", "Murphy", "O'Brien", "Kelly", "Okafor",
        "Chen", "Nowak", "Hughes", "Fletcher", "Barnes", "McKenzie"]
SV_AGENTS = ["Lina", "Mats", "Sofie", "Jonna", "Peter", "Karolina", "Ahmed", "Elsa", "Hugo", "Therese", "Kim", "Vera",
             "Alexander", "Petra", "Samir", "Ronja"]
EN_AGENTS = ["Tom", "Jess", "Mark", "Claire", "Dan", "Nadia", "Steve", "Helen", "Josh", "Kirsty", "Sunil", "Beth"]

# --------------------------------------------------------------------------
# Special-category vocabularies.  "[...]" marks the labelled span inside an
# entry; an entry without brackets is labelled whole.
# --------------------------------------------------------------------------

# Swedish conditions in indefinite form, usable after "har", "med", "diagnosen" (1177-style names)
SV_CHRONIC = [
    "diabetes", "typ 1-diabetes", "typ 2-diabetes", "astma", "KOL", "hjärtsvikt", "förmaksflimmer", "högt blodtryck",
    "kärlkramp", "epilepsi", "migrän", "MS", "Parkinsons sjukdom", "Alzheimers sjukdom", "demens", "depression",
    "ångest", "panikångest", "generaliserat ångestsyndrom", "bipolär sjukdom", "schizofreni", "ADHD", "ADD", "autism",
    "Aspergers syndrom", "anorexi", "bulimi", "en ätstörning", "utmattningssyndrom", "PTSD", "tvångssyndrom", "OCD",
    "cancer", "bröstcancer", "prostatacancer", "tjocktarmscancer", "lungcancer", "leukemi", "lymfom", "hudcancer",
    "Crohns sjukdom", "ulcerös kolit", "IBS", "celiaki", "glutenintolerans", "reumatoid artrit", "ledgångsreumatism",
    "artros", "fibromyalgi", "psoriasis", "atopiskt eksem", "njursvikt", "hypotyreos", "underfunktion i sköldkörteln",
    "endometrios", "PCOS", "diskbråck", "ischias", "långtidscovid", "postcovid", "hepatit C", "hiv", "tinnitus",
    "grön starr", "grå starr", "en hörselnedsättning", "en synnedsättning", "dyslexi", "CP", "Downs syndrom",
    "cystisk fibros", "sömnapné", "narkolepsi", "ME/CFS", "alkoholberoende", "spelberoende", "benskörhet",
    "osteoporos", "gikt", "Tourettes syndrom", "social fobi", "kronisk smärta", "en intellektuell funktionsnedsättning",
    "en neuropsykiatrisk funktionsnedsättning", "svår allergi", "nötallergi", "pollenallergi", "hjärtfel", "ett hjärtfel",
    "Ehlers-Danlos syndrom", "SLE", "Sjögrens syndrom", "polymyalgia reumatika", "inkontinens", "yrselsjukdom",
    "Ménières sjukdom", "förlossningsdepression", "personlighetssyndrom", "emotionell instabilitet",
]
# acute events, usable after "fick", "drabbades av", "hade"
SV_ACUTE = [
    "en stroke", "en hjärtinfarkt", "en propp i lungan", "lunginflammation", "en hjärnskakning", "en whiplashskada",
    "bältros", "borrelia", "blindtarmsinflammation", "njursten", "gallsten", "ett missfall", "en blodpropp",
    "ett epileptiskt anfall", "en hjärnblödning", "sepsis", "covid", "influensa", "ryggskott", "ett lårbensbrott",
    "en infektion i hjärtat", "en TIA", "en utmattningsdepression", "en psykos", "urinvägsinfektion",
    "ett höftbrott", "en korsbandsskada",
]
# definite forms (the condition or treatment itself, "the asthma"): inflected
SV_DEF = [
    "astman", "diabetesen", "migränen", "epilepsin", "depressionen", "ångesten", "panikångesten", "cancern",
    "bröstcancern", "leukemin", "stroken", "hjärtinfarkten", "hjärnskakningen", "utmattningssyndromet", "artrosen",
    "psoriasisen", "njursvikten", "hjärtsvikten", "demensen", "Parkinsons", "ryggskottet", "diskbråcket", "ischiasen",
    "allergin", "nötallergin", "sjukdomen", "lunginflammationen", "bältrosen", "ätstörningen", "anorexin",
    "missbruket", "alkoholberoendet", "endometriosen", "fibromyalgin", "reumatismen", "tinnitusen", "yrseln",
    "bröstsmärtorna", "infektionen i lungorna", "höftoperationen", "knäoperationen", "strålbehandlingen",
    "cellgiftsbehandlingen", "dialysen", "rehabiliteringen efter stroken", "bypassoperationen", "graviditeten",
    "förlossningsdepressionen", "sömnapnén", "långtidscoviden",
]
# genitive
SV_GEN = ["cellgiftsbehandlingens", "strålbehandlingens", "cytostatikabehandlingens", "dialysens", "medicinernas",
          "antidepressivas", "epilepsimedicinens", "ADHD-medicinens", "kortisonbehandlingens", "immunterapins",
          "hormonbehandlingens", "litiumbehandlingens"]
SV_GEN_DIS = ["sjukdomens", "cancerns", "depressionens", "demensens", "reumatismens", "epilepsins", "MS-sjukdomens",
              "utmattningssyndromets", "Parkinsons sjukdoms", "ätstörningens", "hjärtsviktens", "psykosens",
              "njursviktens", "leukemins"]
# plurals and episode compounds, after "mina"/"hans"/"hennes"
SV_PLURAL = [
    "migränanfall", "astmaanfall", "epilepsianfall", "ångestattacker", "panikattacker", "panikångestattacker",
    "kramper", "yrselattacker", "bröstsmärtor", "ledsmärtor", "ryggsmärtor", "hjärtklappningar", "svimningsanfall",
    "allergier", "depressionsperioder", "skov", "MS-skov", "blodsockerfall", "insulinkänningar", "mardrömmar efter traumat",
    "återfall i missbruket", "cellgiftsbehandlingar", "dialysbehandlingar", "strålbehandlingar", "sömnproblem",
    "reumatismskov", "hallucinationer", "ångestperioder", "tvångstankar",
]
SV_PLURAL_DEF = ["anfallen", "krampanfallen", "smärtorna", "migränanfallen", "ångestattackerna", "allergierna",
                 "kramperna", "biverkningarna av cellgifterna", "panikattackerna", "yrselattackerna",
                 "epilepsianfallen", "astmaanfallen", "skoven", "bröstsmärtorna", "blodsockersvängningarna",
                 "sömnsvårigheterna", "tvångshandlingarna", "återfallen"]
# medication names (brand and generic), usable after "tar" / "äter"
SV_MED = [
    "Sertralin", "Citalopram", "Escitalopram", "Cipralex", "Fluoxetin", "Venlafaxin", "Mirtazapin", "Concerta",
    "Elvanse", "Ritalin", "Medikinet", "Strattera", "Metformin", "insulin", "Novorapid", "Lantus", "Ozempic",
    "Levaxin", "Euthyrox", "Waran", "Eliquis", "Xarelto", "Trombyl", "Atorvastatin", "Simvastatin", "Enalapril",
    "Losartan", "Metoprolol", "Seloken", "Amlodipin", "Ventoline", "Bricanyl", "Symbicort", "Pulmicort", "Lyrica",
    "Pregabalin", "Gabapentin", "Imovane", "Zopiklon", "Propavan", "Atarax", "Theralen", "litium", "Lamotrigin",
    "Lamictal", "Keppra", "Oxascand", "Sobril", "Stesolid", "Prednisolon", "Betapred", "Metotrexat", "Humira",
    "Omeprazol", "Nexium", "Citodon", "Tramadol", "OxyNorm", "Oxycodone", "Alvedon", "Panodil", "Ipren", "Voltaren",
    "Subutex", "Buprenorfin", "Metadon", "Antabus", "Naltrexon", "Quetiapin", "Seroquel", "Abilify", "Leponex",
    "Melatonin", "Circadin", "Furix", "Kaliumklorid", "Movicol", "Acetylcystein", "Aerius", "EpiPen", "Emerade",
]
# medication/treatment compounds and common nouns ("min diabetesmedicin")
SV_MEDNOUN = [
    "diabetesmedicin", "astmamedicin", "epilepsimedicin", "ADHD-medicin", "migränmedicin", "blodtrycksmedicin",
    "hjärtmedicin", "sömnmedicin", "depressionsmedicin", "blodförtunnande medicin", "cancermedicin", "smärtlindring",
    "sköldkörtelmedicin", "ångestdämpande medicin", "allergimedicin", "reumamedicin", "antipsykotiska medicin",
    "Parkinsonmedicin", "kortisonkräm", "migränspray", "nikotinersättning", "insulinpenna",
]
SV_AID = ["insulinpump", "astmainhalator", "adrenalinpenna", "morfinpump", "syrgasutrustning", "CPAP-maskin",
          "hörapparat", "rullstol", "rullator", "elrullstol", "blodsockermätare", "glukosmätare", "benprotes",
          "larmklocka för epilepsi", "hörselslinga", "stomibandage"]
SV_MEDNOUN_DEF = [
    "ADHD-medicinen", "insulinet", "astmamedicinen", "diabetesmedicinen", "epilepsimedicinen", "stomipåsarna",
    "rullstolen", "hörapparaten", "insulinpumpen", "syrgastuben", "blodtrycksmedicinen", "antidepressiva medicinen",
    "sömntabletterna", "morfintabletterna", "cellgifterna", "inhalatorn", "adrenalinpennan", "migräntabletterna",
    "lithiumet", "metadonet", "smärtplåstren", "nässprayen mot allergin", "ögondropparna mot glaukomet",
]
SV_DEVICE = ["elrullstol", "syrgaskoncentrator", "CPAP-maskin", "insulinpump", "andningsapparat", "hemdialysmaskin",
             "elektriska rullstol", "hjärtpump"]
EN_DEVICE = ["electric wheelchair", "oxygen concentrator", "CPAP machine", "insulin pump", "ventilator",
             "home dialysis machine", "feeding pump", "stairlift"]
# treatments, after "går på" / "får"
SV_TREAT = [
    "cellgiftsbehandling", "strålbehandling", "dialys", "KBT", "samtalsterapi", "psykoterapi", "fysioterapi",
    "sjukgymnastik", "rehabilitering efter en stroke", "cytostatikabehandling", "immunterapi", "hormonbehandling",
    "IVF-behandling", "en insulinbehandling", "logopedbehandling", "smärtbehandling", "traumaterapi",
    "behandling för spelberoende", "behandling mot hepatit C", "elbehandling (ECT)", "ECT", "en beroendebehandling",
    "dialysbehandling", "en biologisk behandling mot psoriasis", "strålning mot tumören",
]
# states, after "är"
SV_STATE = [
    "sjukskriven", "sjukskriven på heltid", "sjukskriven på halvtid", "gravid", "gravid i vecka 34", "blind",
    "synskadad", "döv", "hörselskadad", "rullstolsburen", "inlagd på sjukhus", "inlagd på psyk", "nyopererad",
    "deprimerad", "utbränd", "diabetiker", "astmatiker", "epileptiker", "alkoholist", "beroende av opioider",
    "under utredning för ADHD", "under utredning för autism", "under cancerbehandling", "förlamad från midjan och ner",
    "strålbehandlad", "nydiagnostiserad med MS", "infekterad med hiv", "kroniskt sjuk", "svårt sjuk", "dialyspatient",
    "HIV-positiv", "långtidssjukskriven", "immunsupprimerad", "amputerad",
]

EN_CHRONIC = [
    "diabetes", "type 1 diabetes", "type 2 diabetes", "asthma", "COPD", "heart failure", "atrial fibrillation",
    "high blood pressure", "hypertension", "angina", "epilepsy", "migraines", "multiple sclerosis", "MS",
    "Parkinson's disease", "Parkinson's", "Alzheimer's", "dementia", "depression", "anxiety", "an anxiety disorder",
    "panic disorder", "bipolar disorder", "schizophrenia", "ADHD", "autism", "Asperger's", "an eating disorder",
    "anorexia", "bulimia", "burnout", "PTSD", "OCD", "cancer", "breast cancer", "prostate cancer", "bowel cancer",
    "leukaemia", "lymphoma", "skin cancer", "Crohn's disease", "ulcerative colitis", "IBS", "coeliac disease",
    "celiac disease", "lactose intolerance", "rheumatoid arthritis", "arthritis", "osteoarthritis", "fibromyalgia",
    "psoriasis", "eczema", "kidney failure", "chronic kidney disease", "hypothyroidism", "an underactive thyroid",
    "endometriosis", "PCOS", "a slipped disc", "sciatica", "long COVID", "hepatitis C", "HIV", "tinnitus", "glaucoma",
    "cataracts", "hearing loss", "sight loss", "dyslexia", "cerebral palsy", "Down syndrome", "cystic fibrosis",
    "sleep apnoea", "sleep apnea", "narcolepsy", "ME/CFS", "chronic fatigue syndrome", "an alcohol addiction",
    "a gambling addiction", "osteoporosis", "gout", "Tourette's", "social anxiety", "chronic pain", "a learning disability",
    "a severe nut allergy", "a peanut allergy", "a heart condition", "lupus", "Ehlers-Danlos syndrome",
    "postnatal depression", "a personality disorder", "sickle cell disease", "Meniere's disease", "incontinence",
]
EN_ACUTE = [
    "a [stroke]", "a [heart attack]", "a [pulmonary embolism]", "[pneumonia]", "a [concussion]", "[whiplash]",
    "[shingles]", "[Lyme disease]", "[appendicitis]", "[kidney stones]", "[gallstones]", "a [miscarriage]",
    "a [blood clot]", "a [seizure]", "a [brain haemorrhage]", "[sepsis]", "[COVID]", "the [flu]", "a [broken hip]",
    "a [mini-stroke]", "a [psychotic episode]", "a [nervous breakdown]", "a [UTI]", "a [torn ACL]", "[meningitis]",
    "a [hip fracture]", "a [panic attack]",
]
EN_PLURAL = [
    "seizures", "migraines", "panic attacks", "asthma attacks", "chest pains", "dizzy spells", "blackouts", "flare-ups",
    "Crohn's flare-ups", "MS relapses", "hypos", "allergies", "anxiety attacks", "depressive episodes", "fits",
    "joint pains", "back spasms", "nosebleeds", "hot flushes", "palpitations", "night terrors", "hallucinations",
    "chemo sessions", "dialysis sessions", "radiotherapy appointments", "physio sessions", "therapy sessions",
]
EN_MED = [
    "sertraline", "citalopram", "fluoxetine", "Prozac", "Zoloft", "venlafaxine", "mirtazapine", "Adderall",
    "Ritalin", "Concerta", "Elvanse", "Vyvanse", "methylphenidate", "metformin", "insulin", "Ozempic", "Wegovy",
    "levothyroxine", "warfarin", "apixaban", "Eliquis", "aspirin", "atorvastatin", "Lipitor", "simvastatin",
    "lisinopril", "ramipril", "amlodipine", "bisoprolol", "salbutamol", "Ventolin", "Symbicort", "Seretide",
    "pregabalin", "Lyrica", "gabapentin", "zopiclone", "diazepam", "Valium", "lorazepam", "Xanax", "lithium",
    "lamotrigine", "Keppra", "levetiracetam", "prednisolone", "prednisone", "methotrexate", "Humira", "omeprazole",
    "lansoprazole", "codeine", "co-codamol", "tramadol", "oxycodone", "morphine", "paracetamol", "ibuprofen",
    "naproxen", "methadone", "buprenorphine", "Subutex", "naltrexone", "quetiapine", "Seroquel", "aripiprazole",
    "clozapine", "melatonin", "furosemide", "antidepressants", "antibiotics", "blood thinners", "steroids",
    "painkillers", "sleeping pills", "an EpiPen", "an [inhaler]", "HRT", "PrEP", "the [morning-after pill]",
    "antipsychotics", "beta blockers", "statins", "chemo tablets",
]
EN_TREAT = [
    "chemotherapy", "chemo", "radiotherapy", "dialysis", "physiotherapy", "CBT", "counselling for [depression]",
    "psychotherapy", "[IVF treatment]", "[immunotherapy]", "[hormone therapy]", "[rehab after a stroke]",
    "[stroke rehabilitation]", "[cardiac rehab]", "[speech therapy] after the stroke", "[ECT]", "[addiction treatment]",
    "a course of [radiation]", "[IV antibiotics]", "[infusions] for Crohn's", "[trauma therapy]",
]
EN_STATE = [
    "on [sick leave]", "[signed off sick]", "[pregnant]", "[32 weeks pregnant]", "[blind]", "[registered blind]",
    "[partially sighted]", "[deaf]", "[hard of hearing]", "a [wheelchair user]", "[in hospital]",
    "[recovering from surgery]", "[diabetic]", "[asthmatic]", "[epileptic]", "[housebound]", "[in remission]",
    "[terminally ill]", "[bedbound]", "[HIV positive]", "[immunocompromised]", "[being assessed for autism]",
    "[on the waiting list for a hip replacement]", "[an amputee]", "[in recovery from alcoholism]",
    "[on long-term sick leave]", "[recovering from a stroke]", "[having chemo]", "[clinically depressed]",
]
EN_POSS = [  # conditions after "my"/"his"/"her"
    "diabetes", "asthma", "epilepsy", "depression", "anxiety", "cancer", "PTSD", "MS", "dementia", "arthritis",
    "migraines", "mental health", "heart condition", "hearing loss", "chemotherapy", "dialysis appointments",
    "bipolar disorder", "autism", "ADHD", "long COVID", "back injury", "knee surgery", "hip replacement",
    "cancer treatment", "chronic fatigue", "sight loss", "panic attacks", "eating disorder", "stroke",
]
EN_OBJ = [  # medicines and aids after "my"
    "ADHD medication", "diabetes medication", "insulin pump", "insulin pen", "asthma inhaler", "blood pressure tablets",
    "heart medication", "epilepsy meds", "antidepressants", "hearing aids", "hearing aid", "CPAP machine", "stoma bags",
    "seizure medication", "pain medication", "methadone", "EpiPen", "glucose monitor", "inhalers", "insulin",
    "HIV medication", "thyroid tablets", "sleeping tablets", "chemo tablets", "walking stick", "prosthetic leg",
]

# condition groups for templates whose sense needs them
SV_MOBILITY = ["artros", "MS", "Parkinsons sjukdom", "reumatoid artrit", "ledgångsreumatism", "KOL", "hjärtsvikt",
               "benskörhet", "fibromyalgi", "CP", "en ryggmärgsskada", "kronisk smärta", "diskbråck",
               "Ehlers-Danlos syndrom", "polymyalgia reumatika", "långtidscovid"]
SV_DIET = ["celiaki", "glutenintolerans", "typ 1-diabetes", "diabetes", "nötallergi", "svår allergi", "laktosintolerans",
           "Crohns sjukdom", "en ätstörning", "IBS", "ulcerös kolit", "PKU", "fiskallergi", "äggallergi"]
SV_COG = ["demens", "Alzheimers sjukdom", "autism", "en intellektuell funktionsnedsättning", "schizofreni", "PTSD",
          "panikångest", "Downs syndrom", "Aspergers syndrom", "en förvärvad hjärnskada", "ADHD", "social fobi",
          "bipolär sjukdom"]
SV_GODMAN = ["demens", "Alzheimers sjukdom", "en intellektuell funktionsnedsättning", "en förvärvad hjärnskada",
             "schizofreni", "Downs syndrom", "vaskulär demens", "Korsakoffs syndrom", "frontallobsdemens"]
SV_CHILD = ["autism", "CP", "ADHD", "epilepsi", "Downs syndrom", "en intellektuell funktionsnedsättning", "typ 1-diabetes",
            "en synnedsättning", "en hörselnedsättning", "en neuropsykiatrisk funktionsnedsättning", "cystisk fibros",
            "ryggmärgsbråck", "Tourettes syndrom"]
SV_DEF_MOB = ["artrosen", "ryggskottet", "diskbråcket", "ischiasen", "reumatismen", "fibromyalgin", "hjärtsvikten",
              "stroken", "höftoperationen", "knäoperationen", "hjärtinfarkten", "bypassoperationen", "lunginflammationen",
              "yrseln", "höftbrottet", "korsbandsskadan", "MS-skovet", "cellgiftsbehandlingen"]
SV_STATE_ACC = ["rullstolsburen", "förlamad från midjan och ner", "synskadad", "hörselskadad", "sjukskriven",
                "långtidssjukskriven", "amputerad", "blind"]
SV_STATE_TEMP = ["sjukskriven", "sjukskriven på heltid", "sjukskriven på halvtid", "inlagd på sjukhus", "nyopererad",
                 "under cancerbehandling", "inlagd på psyk", "gravid i vecka 34", "långtidssjukskriven", "utbränd",
                 "deprimerad", "under utredning för ADHD"]
EN_MOBILITY = ["arthritis", "osteoarthritis", "multiple sclerosis", "MS", "Parkinson's", "rheumatoid arthritis", "COPD",
               "heart failure", "osteoporosis", "fibromyalgia", "cerebral palsy", "a spinal injury", "chronic pain",
               "a slipped disc", "Ehlers-Danlos syndrome", "long COVID"]
EN_DIET = ["coeliac disease", "type 1 diabetes", "diabetes", "a severe nut allergy", "a peanut allergy",
           "lactose intolerance", "Crohn's disease", "an eating disorder", "IBS", "PKU", "a dairy allergy"]
EN_COG = ["dementia", "Alzheimer's", "autism", "a learning disability", "schizophrenia", "PTSD", "an anxiety disorder",
          "Down syndrome", "Asperger's", "a brain injury", "bipolar disorder"]
EN_STATE_TEMP = ["on [sick leave]", "[signed off sick]", "[in hospital]", "[recovering from surgery]", "[having chemo]",
                 "[32 weeks pregnant]", "[on long-term sick leave]", "[recovering from a stroke]", "[housebound]",
                 "[in a psychiatric ward]"]
FEMALE_ONLY = {"gravid", "gravid i vecka 34", "endometrios", "PCOS", "förlossningsdepression", "ett missfall",
               "graviditeten", "förlossningsdepressionen", "endometriosen", "[pregnant]", "[32 weeks pregnant]",
               "endometriosis", "postnatal depression", "a [miscarriage]", "IVF-behandling", "[IVF treatment]",
               "the [morning-after pill]", "bröstcancer", "breast cancer", "bröstcancern", "hormonbehandling"}
MALE_ONLY = {"prostatacancer", "prostate cancer"}

def pick(lst, ctx):
    female = getattr(ctx, "subj_female", ctx.female)
    cands = [e for e in lst if not ((not female and e in FEMALE_ONLY) or (female and e in MALE_ONLY))]
    return rng.choice(cands)

# other Art. 9 categories
SV_RELIG = [
    "muslim", "praktiserande muslim", "troende muslim", "katolik", "troende kristen", "praktiserande kristen",
    "jude", "ortodox jude", "buddhist", "hindu", "sikh", "ateist", "Jehovas vittne", "pingstvän", "laestadian",
    "syrisk-ortodox", "medlem i Svenska kyrkan", "medlem i pingstförsamlingen", "frikyrkomedlem", "mormon",
    "konverterad till islam", "aktiv i församlingen", "troende",
]
SV_ETHN_N = ["same", "rom", "kurd", "tornedaling", "sverigefinne", "afrosvensk", "resande", "assyrier", "judisk",
             "samisk", "romsk", "kurdisk", "tornedalsk"]
SV_ETHN_ADJ = ["samisk", "romsk", "kurdisk", "tornedalsk", "judisk", "sverigefinsk", "assyrisk", "eritreansk-tigrinsk"]
SV_PARTIES = ["Socialdemokraterna", "Moderaterna", "Sverigedemokraterna", "Centerpartiet", "Vänsterpartiet",
              "Kristdemokraterna", "Liberalerna", "Miljöpartiet", "Feministiskt initiativ", "Piratpartiet"]
SV_POL_FORMS = ["[medlem i {p}]", "[aktiv i {p}]", "[kommunpolitiker för {p}]", "[fullmäktigeledamot för {p}]",
                "[engagerad i {p}]", "[medlem i {p} sedan många år]", "[förtroendevald för {p}]",
                "[kandidat för {p}] i valet"]
SV_POL_FREE = ["[kommunist]", "[nazist]", "[anarkist]", "[aktiv i Ung Vänster]", "[medlem i MUF]", "[aktiv i SSU]",
               "[medlem i Grön Ungdom]", "[aktiv i Extinction Rebellion]", "[rojalist]",
               "[moderatväljare]", "[SD-väljare]", "[sosse]", "[vänsterpartist]", "[miljöpartist]", "[sverigedemokrat]",
               "[socialdemokrat]", "[kristdemokrat]", "[centerpartist]", "[liberal väljare]"]
SV_UNIONS = ["Kommunal", "Unionen", "IF Metall", "Vision", "Vårdförbundet", "Sveriges Lärare", "Handelsanställdas förbund",
             "Seko", "Fastighetsanställdas förbund", "Byggnads", "Transportarbetareförbundet", "Ledarna",
             "Akademikerförbundet SSR", "Sveriges Ingenjörer", "Journalistförbundet", "Läkarförbundet", "Hotell- och restaurangfacket",
             "Elektrikerförbundet", "Musikerförbundet", "Saco", "TCO-förbundet Vision", "Polisförbundet"]
SV_UNION_FORMS = ["[medlem i {u}]", "[med i {u}]", "[fackligt ombud för {u}]", "[förtroendevald i {u}]",
                  "[skyddsombud för {u}]", "[medlem i facket]", "[fackligt aktiv]", "[fackmedlem]", "[med i facket]",
                  "[huvudskyddsombud]", "[fackligt förtroendevald]", "[klubbordförande i {u}]"]
SV_SEX = ["homosexuell", "bög", "lesbisk", "bisexuell", "queer", "asexuell", "pansexuell", "transperson",
          "transkvinna", "transman", "hbtq-person", "ickebinär", "gay"]
SV_GEN_ART9 = ["[gentest]", "[DNA-test]", "[genetiskt test]", "[anlagstest för bröstcancer]", "[prediktivt gentest]"]
SV_GEN_CARRIER = ["en [BRCA1-mutation]", "en [BRCA2-mutation]", "[anlag för Huntingtons sjukdom]",
                  "en [ärftlig genmutation]", "[anlaget för cystisk fibros]", "[genen för Lynch syndrom]",
                  "en [mutation i BRCA-genen]", "[anlag för ärftlig hjärtsjukdom]"]
SV_BIO = ["[fingeravtryck]", "[biometriska uppgifter]", "[ansiktsdata]", "[ansiktsbilder för ansiktsigenkänning]",
          "[irisskanningar]", "[röstavtryck]", "[handflatsavtryck]", "[biometriska data]"]

EN_RELIG = ["[Muslim]", "a practising [Muslim]", "a [Catholic]", "a practising [Catholic]", "an [Orthodox Jew]",
            "[Jewish]", "a [Buddhist]", "[Sikh]", "a [Hindu]", "an [atheist]", "a [Jehovah's Witness]",
            "a [born-again Christian]", "a [devout Christian]", "a [Mormon]", "a [Quaker]", "a [Seventh-day Adventist]",
            "[Greek Orthodox]", "a [convert to Islam]", "a [churchgoer]", "[religious]", "a [Rastafarian]", "a [Pagan]"]
EN_ETHN = ["[Sami]", "[Roma]", "[Kurdish]", "an [Irish Traveller]", "of [Romani] heritage", "[Black British]",
           "[Jewish]", "of [Sami] descent", "[Aboriginal]", "[Native American]", "[Gypsy]", "[mixed race]",
           "[British Pakistani]", "[Somali]"]
EN_POL = ["a [member of the Labour Party]", "a [Conservative Party member]", "a [Lib Dem councillor]",
          "a [registered Democrat]", "a [registered Republican]", "a [Green Party activist]", "an [SNP member]",
          "a [Plaid Cymru member]", "a [Reform UK candidate]", "a [member of the Sweden Democrats]",
          "a [Social Democrat party member]", "a [socialist]", "a [communist]", "a [Labour councillor]",
          "an [Extinction Rebellion activist]", "a [member of the Left Party]", "a [Tory voter]", "a [trade unionist and Labour activist]"]
EN_UNION = ["a [member of Unison]", "a [Unite member]", "a [shop steward] for the GMB", "a [union rep]",
            "a [member of the Teamsters]", "an [RCN member]", "a [union member]", "a [trade union member]",
            "in the [NEU]", "a [member of the RMT]", "in the [union] at work", "a [member of Kommunal]",
            "a [member of Unionen]", "an [IF Metall member]", "a [UAW member]", "a [union steward]", "a [PCS member]"]
EN_SEX = ["[gay]", "[lesbian]", "[bisexual]", "[asexual]", "[queer]", "a [trans woman]", "a [trans man]",
          "[transgender]", "[non-binary]", "[pansexual]", "[bi]", "a [gay man]", "[homosexual]"]
EN_GENTEST = ["[genetic test]", "[DNA test]", "[BRCA test]", "[genetic screening test]", "[predictive genetic test]"]
EN_CARRIER = ["a [BRCA1 mutation]", "a [BRCA2 mutation]", "the [Huntington's gene]", "the [sickle cell trait]",
              "a [genetic mutation linked to heart disease]", "the [cystic fibrosis gene]", "[Lynch syndrome]"]
EN_BIO = ["[fingerprints]", "[biometric data]", "[facial recognition data]", "[face scans]", "[iris scans]",
          "[voiceprint]", "[palm vein scans]", "[facial images]"]

# --------------------------------------------------------------------------
# Message fragments
# --------------------------------------------------------------------------

def P(text, label=None):
    return (text, label)

class Ctx:
    def __init__(self, lang, clean):
        self.lang = lang
        self.clean = clean
        self.female = rng.random() < 0.5
        if lang == "sv":
            self.first = rng.choice(SV_F if self.female else SV_M)
            self.last = rng.choice(SV_L)
            self.agent = rng.choice(SV_AGENTS)
            rels = [("min son", "min sons", "han", "hans", SV_M), ("min dotter", "min dotters", "hon", "hennes", SV_F),
                    ("min mamma", "min mammas", "hon", "hennes", SV_F), ("min pappa", "min pappas", "han", "hans", SV_M),
                    ("min bror", "min brors", "han", "hans", SV_M), ("min syster", "min systers", "hon", "hennes", SV_F),
                    ("min farmor", "min farmors", "hon", "hennes", SV_F), ("min morfar", "min morfars", "han", "hans", SV_M),
                    ("min mormor", "min mormors", "hon", "hennes", SV_F),
                    ("min man" if self.female else "min fru", "min mans" if self.female else "min frus",
                     "han" if self.female else "hon", "hans" if self.female else "hennes", SV_M if self.female else SV_F)]
        else:
            self.first = rng.choice(EN_F if self.female else EN_M)
            self.last = rng.choice(EN_L)
            self.agent = rng.choice(EN_AGENTS)
            rels = [("my son", "my son's", "he", "his", EN_M), ("my daughter", "my daughter's", "she", "her", EN_F),
                    ("my mum", "my mum's", "she", "her", EN_F), ("my dad", "my dad's", "he", "his", EN_M),
                    ("my brother", "my brother's", "he", "his", EN_M), ("my sister", "my sister's", "she", "her", EN_F),
                    ("my grandmother", "my grandmother's", "she", "her", EN_F),
                    ("my grandad", "my grandad's", "he", "his", EN_M),
                    ("my husband" if self.female else "my wife", "my husband's" if self.female else "my wife's",
                     "he" if self.female else "she", "his" if self.female else "her", EN_M if self.female else EN_F)]
        self.rel, self.relgen, self.pron, self.pronpos, pool = rng.choice(rels)
        self.pronobj = {"han": "honom", "hon": "henne", "he": "him", "she": "her"}[self.pron]
        self.rel_female = self.pron in ("hon", "she")
        self.subj_female = self.female
        self.relname = rng.choice(pool)
        self.relcat = ("grand" if any(w in self.rel for w in ("farmor", "morfar", "mormor", "grand")) else
                       "young" if any(w in self.rel for w in ("son", "dotter", "daughter")) else
                       "parent" if any(w in self.rel for w in ("mamma", "pappa", "mum", "dad")) else "peer")
        self.child = rng.choice(["min son", "min dotter", "vår son", "vår dotter"] if lang == "sv"
                                else ["my son", "my daughter", "our son", "our daughter"])
        self.phone = phone(lang)
        self.email = email(self.first, self.last, lang)
        self.used_self_name = False

    @property
    def full(self):
        return f"{self.first} {self.last}"

def bracketed(entry, label, fmt=None):
    """Parts for a vocabulary entry; the [..] portion (or all) is labelled."""
    if fmt:
        entry = entry.format(**fmt)
    m = re.search(r"\[(.+?)\]", entry)
    if not m:
        return [P(entry, label)]
    out = []
    if m.start() > 0:
        out.append(P(entry[:m.start()]))
    out.append(P(m.group(1), label))
    rest = entry[m.end():]
    if rest:
        out.extend(bracketed(rest, label) if "[" in rest else [P(rest)])
    return out

def strip_article_sv(entry):
    """Swedish entries such as 'en stroke' label the noun, not the article."""
    for art in ("en ", "ett "):
        if entry.startswith(art) and "[" not in entry:
            return art + "[" + entry[len(art):] + "]"
    return entry

def strip_article_en(entry):
    for art in ("a ", "an ", "the "):
        if entry.startswith(art) and "[" not in entry:
            return art + "[" + entry[len(art):] + "]"
    return entry

I = lambda t: ("I", t)
D = lambda k: ("D", k)
HEALTH, ART9 = I("HEALTH"), I("ART9_OTHER")

def slot_value(name, ctx):
    """Parts for a {slot}."""
    lang = ctx.lang
    if name == "PNR":
        return [P(pnr(), I("PNR_PERSONNUMMER"))]
    if name == "RELPNR":
        return [P(pnr(who=ctx.relcat), I("PNR_PERSONNUMMER"))]
    if name == "CHILDPNR":
        return [P(pnr(who="child"), I("PNR_PERSONNUMMER"))]
    if name == "SAM":
        return [P(pnr(samordning=True), I("PNR_SAMORDNING"))]
    if name == "RELSAM":
        return [P(pnr(samordning=True, who=ctx.relcat), I("PNR_SAMORDNING"))]
    if name == "CHILD":
        return [P(ctx.child)]
    if name == "PHONE":
        return [P(phone(lang), I("PHONE"))]
    if name == "MYPHONE":
        return [P(ctx.phone, I("PHONE"))]
    if name == "SEPHONE":
        return [P(se_phone(), I("PHONE"))]
    if name == "EMAIL":
        return [P(ctx.email, I("EMAIL"))]
    if name == "RELEMAIL":
        return [P(email(ctx.relname, ctx.last, lang), I("EMAIL"))]
    if name == "IBAN":
        return [P(iban("SE" if (lang == "sv" and rng.random() < 0.8) else None), I("IBAN"))]
    if name == "CARD":
        return [P(card(), I("CARD"))]
    if name == "SELF":
        ctx.used_self_name = True
        return [P(ctx.full, I("NAME"))]
    if name == "FIRST":
        return [P(ctx.first, I("NAME"))]
    if name == "AGENT":
        return [P(ctx.agent, I("NAME"))]
    if name == "RELNAME":
        return [P(ctx.relname, I("NAME"))]
    if name in ("REL", "RELGEN", "PRON", "PRONPOS", "PRONOBJ"):
        return [P({"REL": ctx.rel, "RELGEN": ctx.relgen, "PRON": ctx.pron, "PRONPOS": ctx.pronpos,
                   "PRONOBJ": ctx.pronobj}[name])]
    # ---- health, Swedish
    if name == "HC":
        return bracketed(strip_article_sv(pick(SV_CHRONIC, ctx)), HEALTH)
    if name == "HCDX":   # "diagnosen X" labelled as one span
        cond = re.sub(r"^(en|ett) ", "", pick(SV_CHRONIC, ctx))
        return [P("diagnosen " + cond, HEALTH)]
    if name == "EHCDX":
        return [P("diagnosed with " + pick(EN_CHRONIC, ctx), HEALTH)]
    if name == "HCMOB":
        return bracketed(strip_article_sv(pick(SV_MOBILITY, ctx)), HEALTH)
    if name == "HCDIET":
        return bracketed(strip_article_sv(pick(SV_DIET, ctx)), HEALTH)
    if name == "HCCOG":
        return bracketed(strip_article_sv(pick(SV_COG, ctx)), HEALTH)
    if name == "HCGM":
        return bracketed(strip_article_sv(pick(SV_GODMAN, ctx)), HEALTH)
    if name == "HCCHILD":
        return bracketed(strip_article_sv(pick(SV_CHILD, ctx)), HEALTH)
    if name == "HDMOB":
        return [P(pick(SV_DEF_MOB, ctx), HEALTH)]
    if name == "HSACC":
        return [P(pick(SV_STATE_ACC, ctx), HEALTH)]
    if name == "HSTEMP":
        return [P(pick(SV_STATE_TEMP, ctx), HEALTH)]
    if name == "EHCMOB":
        return bracketed(strip_article_en(pick(EN_MOBILITY, ctx)), HEALTH)
    if name == "EHCDIET":
        return bracketed(strip_article_en(pick(EN_DIET, ctx)), HEALTH)
    if name == "EHCCOG":
        return bracketed(strip_article_en(pick(EN_COG, ctx)), HEALTH)
    if name == "EHSTEMP":
        return bracketed(pick(EN_STATE_TEMP, ctx), HEALTH)
    if name == "HA":
        return bracketed(strip_article_sv(pick(SV_ACUTE, ctx)), HEALTH)
    if name == "HD":
        return [P(pick(SV_DEF, ctx), HEALTH)]
    if name == "HG":
        return [P(rng.choice(SV_GEN), HEALTH)]
    if name == "HGDIS":
        return [P(rng.choice(SV_GEN_DIS), HEALTH)]
    if name == "HP":
        return [P(rng.choice(SV_PLURAL), HEALTH)]
    if name == "HM":
        return [P(rng.choice(SV_MED), HEALTH)]
    if name == "HMN":
        return [P(rng.choice(SV_MEDNOUN), HEALTH)]
    if name == "HMND":
        return [P(rng.choice(SV_MEDNOUN_DEF), HEALTH)]
    if name == "HPD":
        return [P(rng.choice(SV_PLURAL_DEF), HEALTH)]
    if name == "HDEV":
        return [P(rng.choice(SV_DEVICE), HEALTH)]
    if name == "EHDEV":
        return [P(rng.choice(EN_DEVICE), HEALTH)]
    if name == "HT":
        return bracketed(strip_article_sv(pick(SV_TREAT, ctx)), HEALTH)
    if name == "HS":
        return [P(pick(SV_STATE, ctx), HEALTH)]
    # ---- health, English
    if name == "EHC":
        return bracketed(strip_article_en(pick(EN_CHRONIC, ctx)), HEALTH)
    if name == "EHA":
        return bracketed(pick(EN_ACUTE, ctx), HEALTH)
    if name == "EHP":
        return [P(rng.choice(EN_PLURAL), HEALTH)]
    if name == "EHM":
        return bracketed(strip_article_en(pick(EN_MED, ctx)), HEALTH)
    if name == "EHT":
        return bracketed(pick(EN_TREAT, ctx), HEALTH)
    if name == "EHS":
        return bracketed(pick(EN_STATE, ctx), HEALTH)
    if name == "EHPOSS":
        return [P(rng.choice(EN_POSS), HEALTH)]
    if name == "EHOBJ":
        return [P(rng.choice(EN_OBJ), HEALTH)]
    if name == "HAID":
        return [P(rng.choice(SV_AID), HEALTH)]
    # ---- other Art. 9, Swedish
    if name == "AREL":
        return [P(rng.choice(SV_RELIG), ART9)]
    if name == "AETH":
        return [P(rng.choice(SV_ETHN_N), ART9)]
    if name == "AETHADJ":
        return [P(rng.choice(SV_ETHN_ADJ), ART9)]
    if name == "APOL":
        if rng.random() < 0.2:
            return bracketed(rng.choice(SV_POL_FREE), ART9)
        return bracketed(rng.choice(SV_POL_FORMS), ART9, {"p": rng.choice(SV_PARTIES)})
    if name == "AUNI":
        return bracketed(rng.choice(SV_UNION_FORMS), ART9, {"u": rng.choice(SV_UNIONS)})
    if name == "UNION":
        return [P(rng.choice(SV_UNIONS), ART9)]
    if name == "PARTY":
        return [P(rng.choice(SV_PARTIES), ART9)]
    if name == "ASEX":
        return [P(rng.choice(SV_SEX), ART9)]
    if name == "AGENTEST":
        return bracketed(rng.choice(SV_GEN_ART9), ART9)
    if name == "ACARRIER":
        return bracketed(rng.choice(SV_GEN_CARRIER), ART9)
    if name == "ABIO":
        return bracketed(rng.choice(SV_BIO), ART9)
    # ---- other Art. 9, English
    if name == "EAREL":
        return bracketed(rng.choice(EN_RELIG), ART9)
    if name == "EAETH":
        return bracketed(rng.choice(EN_ETHN), ART9)
    if name == "EAPOL":
        return bracketed(rng.choice(EN_POL), ART9)
    if name == "EAUNI":
        return bracketed(rng.choice(EN_UNION), ART9)
    if name == "EASEX":
        return bracketed(rng.choice(EN_SEX), ART9)
    if name == "EAGENTEST":
        return bracketed(rng.choice(EN_GENTEST), ART9)
    if name == "EACARRIER":
        return bracketed(rng.choice(EN_CARRIER), ART9)
    if name == "EABIO":
        return bracketed(rng.choice(EN_BIO), ART9)
    # ---- decoys
    if name == "O10":
        return [P(order10(), D("order10"))]
    if name == "O10P":   # phone-like: starts with 07 or 08
        while True:
            v = order10()
            if v.startswith(("07", "08")):
                return [P(v, D("order10"))]
    if name == "O12":
        return [P(order12(), D("order12"))]
    if name == "ORGNR":
        return [P(orgnr(), D("orgnr"))]
    if name == "OCR":
        return [P(ocr(), D("ocr"))]
    if name == "GIFT":
        return [P(giftcard16(), D("giftcard16"))]
    if name == "DATE":
        return [P(date_decoy(lang), D("date"))]
    if name == "TIME":
        return [P(time_decoy(lang), D("time"))]
    if name == "AMOUNT":
        return [P(amount_decoy(lang), D("amount"))]
    if name == "POSTCODE":
        return [P(postcode_decoy(lang), D("postcode"))]
    if name == "TICKET":
        return [P(ticket_decoy(lang), D("ticket"))]
    if name == "TRACKING":
        return [P(tracking_decoy(), D("tracking"))]
    # ---- plain fillers
    if name in FILL:
        return [P(rng.choice(FILL[name]))]
    raise KeyError(name)

def date_decoy(lang):
    d = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(1100))
    if lang == "sv":
        f = rng.choice(["iso", "iso", "iso", "compact", "dots", "slash"])
    else:
        f = rng.choice(["iso", "uk", "uk", "us", "compact", "dots"])
    return {"iso": f"{d:%Y-%m-%d}", "compact": f"{d:%Y%m%d}", "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "slash": f"{d.day}/{d.month} {d.year}", "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "us": f"{d.month:02d}/{d.day:02d}/{d.year}"}[f]

def time_decoy(lang):
    h, m = rng.randrange(7, 21), rng.choice([0, 0, 15, 30, 45, 10, 20, 50])
    if lang == "sv":
        return rng.choice([f"{h:02d}.{m:02d}", f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d}–{h + 2:02d}.{m:02d}"])
    hh = h if h <= 12 else h - 12
    return rng.choice([f"{h:02d}:{m:02d}", f"{hh}:{m:02d} {'am' if h < 12 else 'pm'}", f"{hh}.{m:02d}{'am' if h < 12 else 'pm'}"])

def amount_decoy(lang):
    r = rng.random()
    n = rng.randrange(49, 999) if r < 0.6 else rng.randrange(1000, 20000)
    grouped = f"{n:,}".replace(",", " ")
    if lang == "sv":
        return rng.choice([f"{grouped} kr", f"{grouped},00 kr", f"{n}:-", f"{grouped} SEK", f"{n} kronor",
                           f"{grouped},{rng.randrange(10, 99)} kr", f"SEK {grouped}"])
    return rng.choice([f"£{n:,}.{rng.randrange(0, 99):02d}", f"${n:,}.00", f"€{n},{rng.randrange(10, 99)}",
                       f"{grouped} SEK", f"£{n}", f"{n:,} kronor"])

def postcode_decoy(lang):
    z = f"{rng.randrange(100, 985)} {rng.randrange(10, 99):02d}"
    if lang == "sv" or rng.random() < 0.5:
        return rng.choice([z, z.replace(" ", ""), "SE-" + z])
    return rng.choice(["SW1A 2AA", "M1 1AE", "EH1 1YZ", "B33 8TH", "CF10 1EP", "LS1 4DY", f"{rng.randrange(10000, 99999)}"])

def ticket_decoy(lang):
    return rng.choice([f"#{rng.randrange(100000, 999999)}", f"ÄR-{rng.randrange(2023, 2027)}-{rng.randrange(1000, 99999):05d}",
                       f"KS {rng.randrange(2023, 2027)}/{rng.randrange(100, 9999)}", f"INC{rng.randrange(1000000, 9999999)}",
                       f"Dnr {rng.randrange(2023, 2027)}-{rng.randrange(100, 9999):04d}"])

def tracking_decoy():
    return rng.choice([f"RR{rng.randrange(10**8, 10**9)}SE", f"UA{rng.randrange(10**8, 10**9)}SE",
                       f"JJD{rng.randrange(10**11, 10**12)}", f"1Z{rng.randrange(10**5, 10**6)}A{rng.randrange(10**9, 10**10)}"])

FILL = {
    "town": ["Uppsala", "Gävle", "Borlänge", "Lund", "Umeå", "Växjö", "Örebro", "Kiruna", "Visby", "Karlstad",
             "Norrtälje", "Sundsvall", "Halmstad", "Eskilstuna", "Skövde", "Kalmar", "Luleå", "Mölndal"],
    "street": ["Storgatan", "Kvarngatan", "Björkvägen", "Skolgatan", "Ängsvägen", "Järnvägsgatan", "Tallstigen",
               "Kvarnvägen", "Åsgatan", "Parkvägen", "Lärkvägen", "Hamngatan"],
    "weekday": ["måndag", "tisdag", "onsdag", "torsdag", "fredag"],
    "month": ["januari", "februari", "mars", "april", "maj", "juni", "augusti", "september", "oktober", "november"],
    "eday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "emonth": ["January", "February", "March", "April", "May", "June", "September", "October", "November"],
    "etown": ["Leeds", "Bristol", "Cardiff", "Glasgow", "Norwich", "Brighton", "York", "Stockholm", "Gothenburg",
              "Malmö", "Uppsala", "Manchester"],
    "item": ["jackan", "dammsugaren", "kaffebryggaren", "vinterskorna", "barnvagnen", "hörlurarna", "mobilskalet",
             "cykelhjälmen", "soffan", "lampan", "diskmaskinen", "tvättmaskinen", "regnjackan", "ryggsäcken"],
    "eitem": ["the jacket", "the vacuum cleaner", "the coffee machine", "the winter boots", "the pushchair",
              "the headphones", "the phone case", "the bike helmet", "the sofa", "the lamp", "the dishwasher",
              "the kettle", "the desk chair", "the rucksack"],
}

def render(tpl, ctx):
    """Render a template into parts.  {SLOT} fills a slot, {^SLOT} capitalises it,
    [[text|TYPE]] is an inline labelled literal (TYPE: item type, or d:kind for a decoy)."""
    if tpl.startswith("@"):
        tpl = tpl.split(" ", 1)[1]
    out = []
    pos = 0
    for m in re.finditer(r"\{(\^?)([A-Za-z0-9_]+)\}|\[\[(.+?)\|([A-Za-z0-9_:]+)\]\]", tpl):
        if m.start() > pos:
            out.append(P(tpl[pos:m.start()]))
        if m.group(2):
            parts = slot_value(m.group(2), ctx)
            if m.group(1):
                t, l = parts[0]
                parts = [(t[0].upper() + t[1:], l)] + parts[1:]
            out.extend(parts)
        else:
            text, lab = m.group(3), m.group(4)
            out.append(P(text, D(lab[2:]) if lab.startswith("d:") else I(lab)))
        pos = m.end()
    if pos < len(tpl):
        out.append(P(tpl[pos:]))
    return out

# --------------------------------------------------------------------------
# Sentence templates carrying items
# --------------------------------------------------------------------------

ITEM_TPL = {
    ("sv", "PNR"): [
        "Mitt personnummer är {PNR}.",
        "Personnummer: {PNR}",
        "pnr {PNR}",
        "Jag heter {SELF} ({PNR}) och skriver angående ärendet nedan.",
        "Kan ni söka på {PNR}? Det är mitt personnummer.",
        "Jag försöker logga in med personnummer {PNR} men får felmeddelande varje gång.",
        "@myndighet,kommun,försäkring,bank Ärendet gäller {REL}, personnummer {RELPNR}.",
        "{^RELGEN} personnummer är {RELPNR} om ni behöver det för att hitta ansökan.",
        "p-nr: {PNR}",
        "Sökande: {SELF}, {PNR}",
        "Jag skrev fel i formuläret, rätt personnummer är {PNR}.",
        "{PNR} är mitt personnummer, ni har ett annat i systemet.",
        "@kommun,myndighet Barnets personnummer: {CHILDPNR}",
        "Uppgifter om mig: personnr {PNR}, folkbokförd i {town}.",
        "Fakturan är ställd på fel person. Mitt personnummer är {PNR}, inte det som står på räkningen.",
        "@bostad,energi,telekom Både jag ({PNR}) och {REL} ({RELPNR}) står på kontraktet.",
        "Skatteverket har registrerat mig med {PNR}, men på era sidor står något annat.",
        "kolla {PNR}",
        "Mitt pnr: {PNR}. Tack på förhand!",
        "Ni efterfrågade mitt personnummer: {PNR}.",
        "@kommun,myndighet Ansökan för {REL} ({RELPNR}) skickades in via e-tjänsten.",
        "Om ni behöver identifiera mig: {PNR}.",
    ],
    ("en", "PNR"): [
        "My Swedish personal identity number is {PNR}.",
        "Personnummer: {PNR}",
        "I was given the personnummer {PNR} when I registered with Skatteverket.",
        "You can look me up with {PNR}, that's my personnummer.",
        "{^RELGEN} personnummer is {RELPNR}.",
        "The account is registered to personal identity number {PNR}.",
        "Applicant: {SELF}, personnummer {PNR}",
        "I typed my personnummer wrong in the form; the correct one is {PNR}.",
        "For your records, my ID number in Sweden is {PNR}.",
        "@bostad Both my personnummer ({PNR}) and {RELGEN} ({RELPNR}) are on the lease.",
        "pnr {PNR}",
    ],
    ("sv", "SAM"): [
        "Jag har inget personnummer än, bara samordningsnummer {SAM}.",
        "Mitt samordningsnummer är {SAM}.",
        "Samordningsnummer: {SAM}",
        "@myndighet,bank Jag arbetar i Sverige på samordningsnummer {SAM} och undrar hur jag deklarerar.",
        "{^RELGEN} samordningsnummer är {RELSAM}, {PRON} bor fortfarande delvis i Norge.",
        "Jag fick samordningsnumret {SAM} när jag började jobba här.",
        "@bank Banken vill ha mitt samordningsnummer, det är {SAM}.",
    ],
    ("en", "SAM"): [
        "I only have a coordination number, {SAM}.",
        "My samordningsnummer is {SAM}.",
        "Coordination number (samordningsnummer): {SAM}",
        "@myndighet,bank I work in Sweden on the coordination number {SAM} while my personnummer application is pending.",
        "{^RELGEN} coordination number is {RELSAM}.",
    ],
    ("sv", "PHONE"): [
        "Ring mig gärna på {MYPHONE}.",
        "Jag nås bäst på {MYPHONE} efter lunch.",
        "Mitt nya nummer är {MYPHONE}, det gamla är avslutat.",
        "@telekom,bostad,energi Sms:a {MYPHONE} när teknikern är på väg, tack.",
        "{^RELGEN} nummer är {PHONE} om ni inte får tag på mig.",
        "Ni kan också ringa {REL} på {PHONE}.",
        "Jag har bytt nummer från {PHONE} till {MYPHONE}, kan ni uppdatera det?",
        "Mobil: {MYPHONE}",
        "tel {MYPHONE}",
        "Hör av er på {MYPHONE} (jag svarar inte på dolda nummer).",
        "@handel Om det gäller leveransen kan chauffören ringa {MYPHONE}.",
        "Jag väntade i telefonkö i 40 minuter från {MYPHONE} utan att komma fram.",
        "Kontaktuppgifter: {MYPHONE}, {EMAIL}",
        "Vill ni ha ett nummer dagtid är det {MYPHONE}.",
        "ring {MYPHONE}",
        "Mitt nummer i appen är fel, det ska vara {MYPHONE} och inte det som står där.",
        "Ni får gärna ringa upp mig på {MYPHONE} i stället för att skicka brev.",
        "Jag är bortrest men nås på {PHONE} under veckan.",
    ],
    ("en", "PHONE"): [
        "Please call me on {MYPHONE}.",
        "My mobile is {MYPHONE}.",
        "@handel You can text me at {MYPHONE} when the driver is close.",
        "Best number to reach me during the day: {MYPHONE}",
        "If I don't pick up, try {RELGEN} number, {PHONE}.",
        "I've changed my number from {PHONE} to {MYPHONE}, please update your records.",
        "Tel: {MYPHONE}",
        "I was on hold for 35 minutes calling from {MYPHONE} and got cut off.",
        "Contact details: {MYPHONE} / {EMAIL}",
        "@handel The courier can ring {MYPHONE} (I work from home).",
        "call me {MYPHONE}",
        "Your app still shows my old number; the right one is {MYPHONE}.",
        "I'm abroad this week but can be reached on {PHONE}.",
    ],
    ("sv", "EMAIL"): [
        "Skicka bekräftelsen till {EMAIL}, tack.",
        "Min e-post är {EMAIL}.",
        "Jag har bytt mejladress till {EMAIL}.",
        "Svara gärna till {EMAIL} i stället för den gamla adressen.",
        "Kvittot kan mejlas till {EMAIL}.",
        "{^RELGEN} mejl är {RELEMAIL}, {PRON} vill också få kopior på besluten.",
        "Jag har inte fått något mejl till {EMAIL} trots att ni skrev att det skickats.",
        "E-post: {EMAIL}",
        "Jag använde {EMAIL} när jag registrerade mig.",
        "maila {EMAIL}",
    ],
    ("en", "EMAIL"): [
        "Please reply to {EMAIL}.",
        "My email address is {EMAIL}.",
        "I've changed my email to {EMAIL}, the old one no longer works.",
        "Send the receipt to {EMAIL}, thanks.",
        "{^RELGEN} email is {RELEMAIL} if you need to copy {PRONOBJ} in.",
        "I registered with {EMAIL} but the password reset never arrives.",
        "Email: {EMAIL}",
    ],
    ("sv", "IBAN"): [
        "Återbetalningen kan sättas in på {IBAN}.",
        "IBAN: {IBAN}",
        "@bostad,fritid,resa Betala tillbaka depositionen till mitt konto: {IBAN}",
        "Här är kontot för ersättningen: {IBAN} (kontoinnehavare {SELF}).",
        "@telekom,energi,bostad,fritid,försäkring,kommun,faktura Kan ni dra avgiften från {IBAN} i stället för det gamla kontot?",
        "Mitt kontonummer i IBAN-format är {IBAN}.",
    ],
    ("en", "IBAN"): [
        "@bostad,fritid,resa Please refund the deposit to my account, IBAN {IBAN}.",
        "My IBAN is {IBAN}.",
        "Bank details for the compensation: {IBAN}, account holder {SELF}.",
        "@telekom,energi,bostad,fritid,försäkring,kommun,faktura The direct debit should come from {IBAN} from now on.",
        "IBAN: {IBAN}",
    ],
    ("sv", "CARD"): [
        "Jag betalade med kortet {CARD} men pengarna drogs två gånger.",
        "Kortnummer: {CARD}",
        "@bank Kan ni spärra {CARD}? Jag har tappat plånboken.",
        "Dragningen gjordes på {CARD}, som jag inte längre använder.",
        "@bank,handel Jag har ett okänt köp på mitt kort {CARD} från i går.",
        "Betalningen med {CARD} nekades men pengarna är reserverade.",
    ],
    ("en", "CARD"): [
        "I paid with card {CARD} and was charged twice.",
        "Card number: {CARD}",
        "Please stop any recurring payment on {CARD}.",
        "There's a payment I don't recognise on my card {CARD}.",
        "The refund should go back to {CARD}.",
    ],
    ("sv", "NAME"): [
        "Jag heter {SELF}.",
        "Mitt namn är {SELF} och jag är kund hos er sedan flera år.",
        "Det här gäller {REL} {RELNAME}.",
    ],
    ("en", "NAME"): [
        "My name is {SELF}.",
        "This is {SELF}, I've been a customer for years.",
        "This is about {REL}, {RELNAME}.",
    ],
    ("sv", "HEALTH"): [
        "Jag har {HC} och orkar inte alltid ringa under era telefontider.",
        "Eftersom jag har {HC} behöver jag lite längre tid på mig att komplettera ansökan.",
        "Jag fick {HCDX} i {month} och har haft svårt att hålla koll på räkningarna sedan dess.",
        "Jag lever med {HC}, så det är svårt för mig att ta mig till ert kontor.",
        "Jag fick {HA} i {month} och har inte kunnat öppna min post på flera veckor.",
        "@bostad,kommun Efter {HDMOB} har jag svårt att gå i trappor, finns det hiss i huset?",
        "@handel Jag tar {HM} varje dag och beställningen från er har fortfarande inte kommit.",
        "@handel Min {HMN} har tagit slut och paketet från er har fortfarande inte kommit.",
        "@myndighet,kommun,bostad,försäkring,bank Jag är {HSTEMP} just nu och kan inte komma på mötet på {weekday}.",
        "@telekom,bostad,energi Jag går på {HT} två dagar i veckan, så teknikern kan bara komma på torsdagar.",
        "Mina {HP} har blivit tätare i höst och därför vill jag skjuta upp besöket.",
        "På grund av {HD} har jag inte kunnat arbeta sedan i våras.",
        "{^HPD} har blivit värre, så jag behöver hjälp med att fylla i blanketten.",
        "Jag har både {HC} och {HC}, så jag kan inte vänta i telefonkön.",
        "{^HG} biverkningar gör att jag sover mycket på dagarna, så mejl passar bättre än telefon.",
        "Kan jag få förlängd svarstid? Jag har {HC} och dagarna är väldigt olika.",
        "På grund av {HGDIS} förlopp vet jag inte hur länge jag behöver pausa det här.",
        "Jag blev {HSACC} efter olyckan och behöver ändra mitt abonnemang.",
        "@myndighet,kommun,bostad,försäkring,bank,telekom,energi Sedan jag fick {HA} har jag svårt att ta mig ut, kan ni ringa i stället för att boka ett besök?",
        "@resa Jag behöver ta med {HM} på flyget, hur gör jag med vätskereglerna?",
        "@handel Det var {HMND} som låg i paketet som försvann, så det är bråttom för mig.",
        "@telekom,bostad,energi,myndighet,försäkring,bil Den tiden passar inte eftersom jag har {HT} då.",
        "jag har {HC} så jag kan inte stå i kö i telefon",
        "@myndighet,kommun,bostad,försäkring,bank,telekom,energi är {HSTEMP} så kan inte komma",
        "@bostad {^HDMOB} gör att jag inte klarar trapporna till tvättstugan längre.",
        "@resa,bil Jag har glömt {HMND} i hyrbilen, kan ni kolla om ni hittat något?",
        "@energi Mitt elavtal måste gå att pausa, jag är {HSTEMP} och har ingen inkomst just nu.",
        "Jag har haft [[bröstsmärtor|HEALTH]] på nätterna sedan i söndags, därför missade jag tiden.",
        "Jag hade {HP} hela förra veckan och kunde inte svara på era samtal.",
        "@bostad,kommun Jag behöver en parkeringsplats nära porten, jag har {HCMOB} och går med [[rullator|HEALTH]].",
        "@handel,försäkring Min {HAID} har gått sönder och jag behöver en ersättning före helgen, kan ni skynda på reparationen?",
        "@handel Med {HCMOB} är det omöjligt för mig att bära upp paketet till fjärde våningen.",
    ],
    ("sv", "HEALTH_REL"): [
        "@kommun {^CHILD} har {HCDIET} och behöver anpassad kost i skolan.",
        "{^REL} fick {HA} förra månaden, därför har räkningen blivit liggande.",
        "@bostad,handel,energi {^RELGEN} [[insulin|HEALTH]] måste förvaras kallt, så vi behöver ett fungerande kylskåp snarast.",
        "{^REL} är {HS} och kan inte själv sköta kontakten med er.",
        "{^REL} har {HC}, och {PRON} klarar inte av att vänta i telefonkö.",
        "@kommun Vi har ett barn med {HCCHILD} och undrar om skolskjuts kan ordnas.",
        "{^RELGEN} {HP} gör att vi ofta måste ställa in planer med kort varsel.",
        "@handel {^REL} tar {HM} och paketet med {PRONPOS} [[medicin|HEALTH]] har fastnat hos ombudet.",
        "Jag skriver för {RELGEN} räkning eftersom {PRON} har {HC}.",
        "{^REL} har fått {HCGM} och jag är god man, så skicka gärna breven till mig.",
        "@energi,bostad {^RELGEN} {HDEV} behöver laddas på natten, så strömavbrotten är ett stort problem för oss.",
        "{^REL} har {HCCOG} och kan bli mycket orolig av oväntade besök, ring gärna innan ni kommer.",
        "{^REL} är {HS}, så jag sköter {PRONPOS} räkningar just nu.",
        "Sedan {REL} fick {HA} är det jag som har hand om {PRONPOS} abonnemang.",
    ],
    ("en", "HEALTH"): [
        "I have {EHC} and can't always get through during your phone hours.",
        "Because I have {EHC}, I need a bit more time to send in the documents.",
        "I was {EHCDX} in {emonth} and I've struggled to keep on top of my post since then.",
        "I live with {EHC}, so getting to your office in person is very difficult for me.",
        "I had {EHA} in {emonth} and couldn't deal with any paperwork for weeks.",
        "@handel I take {EHM} every day and the delivery from your online shop still hasn't arrived.",
        "@myndighet,kommun,bostad,försäkring,bank I'm {EHSTEMP} at the moment, so I can't attend the meeting on {eday}.",
        "@telekom,bostad,energi I'm having {EHT} twice a week, so the engineer can only come on Thursdays.",
        "My {EHP} have got worse this autumn, which is why I need to postpone the visit.",
        "Because of my {EHPOSS}, using the phone is hard, so email works better for me.",
        "Could I have an extension? I have {EHC} and some days are much worse than others.",
        "@myndighet,kommun,bostad,försäkring,bank,telekom,energi Since I had {EHA} I've found it hard to get out, so could you call me rather than book a visit?",
        "@handel The parcel that went missing had my {EHOBJ} in it, so it's quite urgent.",
        "@telekom,bostad,energi,myndighet,försäkring,bil I can't make that slot as I have {EHT} that morning.",
        "I've got {EHC} so I can't queue on the phone",
        "@myndighet,kommun,bostad,försäkring,bank,telekom,energi im {EHSTEMP} so can't come in",
        "@resa I need to bring {EHM} on the flight, what are the rules for that?",
        "@handel With {EHCMOB} there's no way I can carry the parcel up to the fourth floor.",
        "I had {EHP} all last week and couldn't answer your calls.",
        "@resa,bil I left my {EHOBJ} in the hire car, could you check if anything was handed in?",
    ],
    ("en", "HEALTH_REL"): [
        "@kommun {^CHILD} has {EHCDIET} and needs a special diet at school.",
        "{^REL} had {EHA} last month, which is why the bill wasn't paid.",
        "@bostad,handel,energi {^RELGEN} [[insulin|HEALTH]] has to be kept cold, so we need the fridge fixed urgently.",
        "{^REL} is {EHS} and can't handle the contact with you on {PRONPOS} own.",
        "{^REL} has {EHCCOG} and gets very distressed by unannounced visits, so please ring first.",
        "I'm writing on {RELGEN} behalf because {PRON} has {EHC}.",
        "{^RELGEN} {EHP} mean we often have to call off plans at short notice.",
        "@handel {^REL} takes {EHM} and the parcel with {PRONPOS} [[medication|HEALTH]] is stuck at the depot.",
        "@energi,bostad {^RELGEN} {EHDEV} needs charging overnight, so the power cuts are a real problem.",
        "Since {REL} had {EHA}, I've been handling {PRONPOS} accounts.",
    ],
    ("sv", "ART9"): [
        "Jag är {AREL} och vill boka en tid som inte krockar med våra högtider.",
        "Jag är {AREL} och blev illa bemött av en av era anställda i butiken på grund av det.",
        "Jag är {AREL}, och jag vill inte att den uppgiften syns i mitt kundkonto.",
        "@bostad Jag är {AETH} och har blivit nekad lägenhet flera gånger, nu undrar jag om det har med det att göra.",
        "@kommun Min familj är {AETHADJ} och vi vill att skolan känner till det inför modersmålsundervisningen.",
        "Jag är {APOL} och har fått hotfulla samtal sedan min adress syntes i er tjänst.",
        "Eftersom jag är {APOL} vill jag inte att ni delar mina uppgifter med annonsörer.",
        "@försäkring,bank Jag är {AUNI} och undrar om medlemsrabatten på hemförsäkringen gäller mig.",
        "@bank Min medlemsavgift till {UNION} har dragits två gånger från kontot.",
        "Jag är {AUNI} och har bett mitt förbund om hjälp i tvisten med er.",
        "@handel,fritid,resa Jag är {ASEX} och kände mig kränkt av kommentaren jag fick vid kassan.",
        "{^REL} är {ASEX} och vill inte att det står något om det i er kundhistorik.",
        "@försäkring Jag har gjort ett {AGENTEST} och vill inte att resultatet delas med försäkringsbolaget.",
        "@försäkring,bank Det visade sig att jag bär på {ACARRIER}, påverkar det min livförsäkring?",
        "@fritid,bostad Jag vill att ni raderar mina {ABIO} från ert inpasseringssystem.",
        "@fritid Gymmet har sparat mina {ABIO} utan att fråga mig.",
        "Jag röstade på {PARTY} i valet och fick sedan riktad reklam från er, hur kan ni veta det?",
        "Jag [[fastar under ramadan|ART9_OTHER]] och vill därför ha mötet på förmiddagen.",
        "@handel Jag [[håller sabbaten|ART9_OTHER]] och kan inte ta emot leveranser på lördagar.",
        "Vi är ett [[samkönat par|ART9_OTHER]] och blev felaktigt registrerade som syskon i ert system.",
        "@myndighet,kommun {^REL} är [[same|ART9_OTHER]] och talar helst nordsamiska med handläggaren.",
        "@försäkring,bostad Som [[muslim|ART9_OTHER]] vill jag gärna ha en besiktningsperson av samma kön hemma.",
    ],
    ("en", "ART9"): [
        "I'm {EAREL} and would like an appointment that doesn't clash with our holy days.",
        "I'm {EAREL}, and I don't want that noted on my customer account.",
        "@bostad I'm {EAETH} and have been turned down for flats several times; I wonder if that's why.",
        "I'm {EAPOL} and have had threatening calls since my address appeared on your site.",
        "Because I'm {EAPOL}, I don't want my details shared with advertisers.",
        "@försäkring,bank I'm {EAUNI} and want to know if the member discount on home insurance applies to me.",
        "I'm {EAUNI} and have asked them for advice on this dispute.",
        "@handel,fritid,resa,kommun I'm {EASEX} and felt humiliated by the comment I got at your counter.",
        "{^REL} is {EASEX} and doesn't want that mentioned in your customer notes.",
        "@försäkring I had a {EAGENTEST} done and don't want the result shared with the insurer.",
        "@försäkring,bank It turns out I carry {EACARRIER}; does that affect my life insurance?",
        "@fritid,bostad Please delete my {EABIO} from your entry system.",
        "@fritid Your gym stored my {EABIO} without asking me.",
        "I'm [[fasting for Ramadan|ART9_OTHER]], so a morning meeting would suit me better.",
        "@handel I [[keep the Sabbath|ART9_OTHER]] and can't accept deliveries on Saturdays.",
        "My partner and I are a [[same-sex couple|ART9_OTHER]] and your system registered us as siblings.",
        "I [[voted Green|ART9_OTHER]] at the last election and now get targeted ads from you; how do you know that?",
        "@myndighet,kommun {^REL} is [[Sami|ART9_OTHER]] and would prefer to speak to someone in Northern Sami.",
    ],
}

ITEM_WEIGHTS = {"PNR": 13, "SAM": 5, "PHONE": 15, "EMAIL": 7, "IBAN": 6, "CARD": 6, "NAME": 4,
                "HEALTH": 15, "HEALTH_REL": 8, "ART9": 12}

# --------------------------------------------------------------------------
# Decoy sentences.  [[text|d:kind]] marks a decoy.  Each must read
# unambiguously as a non-sensitive use to a human.
# --------------------------------------------------------------------------

EH, EA = "d:everyday_health", "d:everyday_art9"

DECOY_TPL = {
    ("sv", "everyday_health"): [
        f"Det är [[sjukt|{EH}]] bra att ni har öppet på lördagar.",
        f"Er nya app är [[sjukt|{EH}]] smidig, bra jobbat!",
        f"Jag blir [[galen|{EH}]] på det här formuläret, det tappar allt jag skrivit.",
        f"@kommun,resa,energi Det [[gör ont|{EH}]] i plånboken med de nya taxorna.",
        f"@telekom,bank,myndighet Enligt er driftinformation har servern fått [[virus|{EH}]], stämmer det?",
        f"Min dator fick [[virus|{EH}]] efter att jag öppnade en falsk faktura i ert namn.",
        f"Systemet är [[sjukt|{EH}]] långsamt i dag.",
        f"@telekom Teknikern körde en [[diagnostik|{EH}]] av routern men hittade inget fel.",
        f"@kommun [[Behandlingen|{EH}]] av min bygglovsansökan verkar ha stannat av.",
        f"@kommun Hur lång är [[behandlingstiden|{EH}]] för en ansökan om parkeringstillstånd för boende?",
        f"@bostad Det är [[ont|{EH}]] om lediga tvättider i vår förening.",
        f"Svaret jag fick var en ganska [[lam|{EH}]] ursäkt.",
        f"@resa,kommun Hela kortsystemet i bussarna var [[förlamat|{EH}]] i morse.",
        f"Ert mejl hamnade i [[karantän|{EH}]] hos vårt skräppostfilter.",
        f"@handel Jag beställde [[diskmaskinstabletter|{EH}]] men fick tvättmedel.",
        f"@handel [[Receptet|{EH}]] på kanelbullar på er mjölförpackning stämmer inte.",
        f"@bostad,kommun Det här med parkeringen har blivit en riktig [[huvudvärk|{EH}]] för hela föreningen.",
        f"@telekom,bank,generic,faktura,myndighet Felet verkar vara ett [[symptom|{EH}]] på att uppdateringen inte installerats.",
        f"@handel Säcken med [[grillkol|{EH}]] var blöt när den levererades.",
        f"Går det att ha mötet via [[MS|{EH}]] Teams i stället?",
        f"Felet i kassan har [[smittat|{EH}]] av sig till faktureringen.",
        f"@telekom Det finns [[blinda|{EH}]] fläckar i mobiltäckningen nere vid sjön.",
        f"@energi Priserna på el är [[vansinnigt|{EH}]] höga i år.",
        f"@handel Det var [[galet|{EH}]] mycket folk i butiken i lördags.",
        f"Appen visar bara \u201d[[Operationen|{EH}]] kunde inte slutföras\u201d när jag försöker betala.",
        f"@handel [[Kräftorna|{EH}]] till [[kräftskivan|{EH}]] var tinade när de kom fram.",
        f"Er nya chatt är en [[frisk fläkt|{EH}]] jämfört med telefonkön.",
        f"@bostad Föreningens ekonomi är vid god [[hälsa|{EH}]] enligt årsredovisningen.",
        f"[[Antivirusprogrammet|{EH}]] stoppar nedladdningen av er app.",
        f"För mig är [[smärtgränsen|{EH}]] nådd när det gäller avgiftshöjningarna.",
        f"@telekom,bank Vi kör en [[hälsokontroll|{EH}]] av servrarna varje natt, och felet syns inte där.",
        f"@bil Verkstaden kopplade in [[diagnosverktyget|{EH}]] och hittade felkod P0420.",
        f"@resa,kommun Det är [[sjukt|{EH}]] dyrt att parkera vid stationen numera.",
        f"@resa,kommun Trafiken var [[förlamad|{EH}]] av snöovädret, så bussen kom aldrig.",
        f"@handel Rean var ett rent [[vansinne|{EH}]], jag kom inte ens fram till kassan.",
        f"@handel [[Sjukt|{EH}]] snabb leverans, tack!",
        f"Kön i telefon är [[sjukt|{EH}]] lång just nu.",
        f"@bil Erbjuder ni en [[hälsokontroll|{EH}]] av bilen inför vintern?",
        f"Hur går er [[behandling|{EH}]] av personuppgifter till när jag avslutar kontot?",
        f"@handel Den nya [[Black Week-febern|{EH}]] har väl slagit till hos er också, leveranserna är sena.",
        f"Filen med fakturan verkar ha fått ett [[virus|{EH}]], den går inte att öppna.",
        f"@handel Jag vill byta [[diskmaskinstabletterna|{EH}]] mot en annan doft.",
        f"@telekom Mobilnätet i området har varit [[sjukt|{EH}]] instabilt hela veckan.",
        f"Jag trodde jag skulle bli [[tokig|{EH}]] av alla menyval i telefonkön.",
        f"@myndighet,kommun,försäkring Den här blanketten ger mig [[spader|{EH}]].",
        f"Uppdateringen var en [[kur|{EH}]] mot de långa laddtiderna, tack för det.",
        f"@handel Diskmaskinen visar felkod E24, går det att köra en [[självdiagnos|{EH}]] på den?",
        f"Hemsidan verkar [[infekterad|{EH}]] av skräpreklam, det poppar upp annonser överallt.",
        f"Jag har [[ont|{EH}]] om tid den här veckan, så mejl passar bäst.",
        f"Er kundtjänst är [[sjukt|{EH}]] svår att nå på telefon.",
        f"Er chattbot verkar ha fått [[hicka|{EH}]], den svarar samma sak hela tiden.",
        f"Appen har fortfarande en del [[barnsjukdomar|{EH}]], men den blir bättre.",
        f"Det verkar inte finnas något [[botemedel|{EH}]] mot era telefonköer.",
        f"Hemsidan visar en [[virusvarning|{EH}]] när jag försöker logga in.",
        f"Det är [[sjukt|{EH}]] krångligt att hitta rätt blankett på er sida.",
        f"Det är [[galet|{EH}]] att man ska behöva vänta tre veckor på ett svar.",
    ],
    ("en", "everyday_health"): [
        f"@bostad,kommun Our residents' association has a [[healthy|{EH}]] budget this year, so we can pay upfront.",
        f"The new website is [[sick|{EH}]], well done!",
        f"@handel There's a [[bug|{EH}]] in the checkout page that empties the basket.",
        f"I get an app [[crash|{EH}]] every time I open the inbox.",
        f"@handel I'd like to [[cancel|{EH}]] the order I placed this morning.",
        f"My laptop got a [[virus|{EH}]] from a fake invoice pretending to be from you.",
        f"@telekom Could you run a [[diagnostic|{EH}]] on the line from your end?",
        f"Thanks for being [[patient|{EH}]] with me on the phone yesterday.",
        f"@handel,telekom My Samsung [[tablet|{EH}]] won't charge with the cable you sent.",
        f"@kommun,resa,handel,bank,fritid The [[treatment|{EH}]] I got at your service desk was frankly rude.",
        f"It was a [[stroke|{EH}]] of luck that I kept the receipt.",
        f"@kommun There's a [[depression|{EH}]] in the road outside the school that fills with water every time it rains.",
        f"Can we do the meeting on [[MS|{EH}]] Teams instead?",
        f"Your email ended up in my [[quarantine|{EH}]] folder.",
        f"@kommun,bostad This parking issue has been a real [[headache|{EH}]] for our street.",
        f"@bank,telekom,handel The outage [[paralysed|{EH}]] the whole payment network on Saturday.",
        f"My complaints have fallen on [[deaf|{EH}]] ears so far.",
        f"That's a pretty [[lame|{EH}]] excuse for a three-week delay.",
        f"I'm [[sick|{EH}]] of waiting on hold.",
        f"I'm going [[mad|{EH}]] trying to fill in this form.",
        f"The prices this year are [[insane|{EH}]].",
        f"@handel Demand reached [[fever|{EH}]] pitch on Black Friday, I get it, but this is too slow.",
        f"@handel I needed a bit of retail [[therapy|{EH}]] after the week I've had, so please sort out my order.",
        f"It's an [[epidemic|{EH}]] of spam calls lately, all claiming to be from your company.",
        f"Your contact form looks vulnerable to SQL [[injection|{EH}]], you may want to check it.",
        f"@resa,bil The [[blind spot|{EH}]] sensor on the hire car kept beeping the whole trip.",
        f"@telekom,energi Please stop the [[cold|{EH}]] calls, I'm not interested in switching.",
        f"@telekom,bank Our nightly server [[health check|{EH}]] shows nothing wrong on our side.",
        f"@resa,fritid,kommun The new booking system is clearly having some growing [[pains|{EH}]].",
        f"This form is a real [[pain|{EH}]] to fill in on a phone.",
        f"@handel,fritid The queues on Saturday were [[crazy|{EH}]].",
        f"@handel I ordered [[dishwasher tablets|{EH}]] and got washing-up liquid instead.",
        f"@handel,fritid,resa,telekom Why is there a [[cancellation|{EH}]] fee when I cancelled within the cooling-off period?",
        f"Your [[antivirus|{EH}]] flagged the attachment as [[infected|{EH}]], so I couldn't open the invoice.",
        f"The company's financial [[health|{EH}]] is none of my business, I just want my refund.",
        f"Can you [[patch|{EH}]] the bug that logs me out every five minutes?",
        f"@handel Great service, that was [[sick|{EH}]] fast!",
        f"The update was the [[cure|{EH}]] for the slow loading times, thanks.",
        f"@kommun The whole street is [[sick|{EH}]] and tired of the roadworks.",
        f"@telekom My [[tablet|{EH}]] keeps dropping the Wi-Fi since your router update.",
        f"Your chatbot seems to have the [[hiccups|{EH}]], it keeps repeating itself.",
        f"The new app still has a few [[teething problems|{EH}]], but it's getting better.",
        f"Your call centre seems to be on [[life support|{EH}]] at the moment.",
        f"I got a [[virus|{EH}]] warning when I opened your attachment.",
        f"@handel,telekom My phone's battery [[health|{EH}]] is down to 80% after a year, is that normal?",
        f"@telekom,fritid,generic,faktura I'd like to [[cancel|{EH}]] my subscription from next month.",
        f"@energi Please [[cancel|{EH}]] the appointment for the meter change.",
        f"The password rules on your site are [[insane|{EH}]].",
        f"Is there no [[cure|{EH}]] for the slow website?",
    ],
    ("sv", "everyday_art9"): [
        f"[[Partiets|{EA}]] kontor på torget har öppet till kl. 18, men ni har stängt redan kl. 16.",
        f"@handel Vi fick ett skadat [[parti|{EA}]] stolar från er i förra veckan.",
        f"@handel Hela [[partiet|{EA}]] med lampor verkar ha samma fel.",
        f"@handel,bostad [[Facket|{EA}]] i kylskåpsdörren har spruckit efter två veckor.",
        f"@bil [[Handskfacket|{EA}]] går inte att stänga efter servicen.",
        f"@handel Paketet ligger i [[fack|{EA}]] 14 i paketboxen men koden fungerar inte.",
        f"@kommun Jag letar efter [[fackböcker|{EA}]] om trädgårdsskötsel, har biblioteket några nya?",
        f"@kommun,fritid Vilka öppettider har [[kyrkan|{EA}]] i Gamla Uppsala under sommaren?",
        f"@resa,kommun Bussen stannar inte längre vid [[Domkyrkan|{EA}]], varför då?",
        f"@kommun Parkeringen vid [[moskén|{EA}]] är avstängd på grund av grävarbeten, hur länge till?",
        f"Jag tycker att avgiften borde vara mer [[moderat|{EA}]] för pensionärer.",
        f"Klicka på menyn till [[vänster|{EA}]] står det, men där finns ingen meny.",
        f"@bostad,kommun Jag hyr av det [[kommunala|{EA}]] bostadsbolaget och undrar vem som ansvarar för snöröjningen.",
        f"@kommun,myndighet Jag läser på [[kommunal|{EA}]] vuxenutbildning och behöver ett intyg.",
        f"@handel Inom [[Europeiska unionen|{EA}]] gäller väl ångerrätt i 14 dagar?",
        f"Er [[vision|{EA}]] om snabbare service märks inte i telefonkön.",
        f"@bank,energi,telekom Jag har mitt lönekonto på [[Handelsbanken|{EA}]], går det att koppla autogiro dit?",
        f"@handel [[Transporten|{EA}]] av soffan blev försenad två gånger.",
        f"@kommun Har återvinningscentralen öppet på [[Kristi himmelfärdsdag|{EA}]]?",
        f"@kommun Hur blir sophämtningen under [[påskhelgen|{EA}]]?",
        f"@resa Flyget till [[Rom|{EA}]] blev inställt och jag vill ha pengarna tillbaka.",
        f"@handel Förpackningen med [[löjrom|{EA}]] var trasig när den kom.",
        f"Kundfokus sitter tydligen inte i ert [[DNA|{EA}]].",
        f"@handel,telekom [[Fingeravtrycksläsaren|{EA}]] på mobilen jag köpte hos er fungerar inte.",
        f"@kommun Blir sophämtningen försenad under [[Pride|{EA}]]-paraden?",
        f"@kommun Biblioteket har en utställning om [[samisk|{EA}]] slöjd, hur länge pågår den?",
        f"@kommun Gångvägen vid [[kyrkogården|{EA}]] är inte sandad.",
        f"@fritid,kommun Lokalen i [[församlingshemmet|{EA}]] är dubbelbokad på lördag.",
        f"@myndighet,kommun,försäkring [[Fackspråket|{EA}]] i beslutet var svårt att förstå, kan ni förklara?",
        f"@handel Jag köpte pedalerna i en [[fackhandel|{EA}]] för cykeldelar.",
        f"@telekom,energi,handel Vi är ett litet företag inom [[partihandel|{EA}]] och vill ha en företagsoffert.",
        f"@kommun I lokaltidningen stod det att [[Moderaterna|{EA}]] i kommunen vill sänka taxan, stämmer det?",
        f"Gäller [[julafton|{EA}]] som röd dag i era öppettider?",
        f"@handel Kameran ni säljer har [[ansiktsigenkänning|{EA}]], går den funktionen att stänga av?",
        f"@kommun Kan man lämna grovsopor bakom [[kyrkan|{EA}]] eller är det förbjudet?",
        f"@kommun [[Frikyrkan|{EA}]] på vår gata har samma problem med gatubelysningen.",
        f"@kommun Varför har [[Vänsterpartiets|{EA}]] valaffischer fått sitta kvar så länge vid rondellen?",
        f"@handel,bostad Fryslådan och [[facket|{EA}]] för grönsaker har fått sprickor.",
        f"Gäller [[långfredagen|{EA}]] som helgdag hos er?",
        f"@telekom,handel Jag hittade [[facket|{EA}]] för SIM-kortet men det sitter fast.",
        f"@bil,handel Hela [[partiet|{EA}]] vinterdäck hade fel dimension.",
        f"Har ni stängt på [[Kristi himmelfärd|{EA}]]?",
    ],
    ("en", "everyday_art9"): [
        f"@kommun The maths homework on your learning platform asks for the [[union|{EA}]] of two sets, but the answer box is broken.",
        f"@kommun The parking machine on [[Union|{EA}]] Street has been broken for a week.",
        f"@handel Within the [[European Union|{EA}]] the right of withdrawal is 14 days, isn't it?",
        f"Why does your site load so many [[third-party|{EA}]] cookies?",
        f"@bostad,försäkring,energi,telekom,bil The other [[party|{EA}]] to the contract never signed it.",
        f"@handel I'm ordering balloons for a birthday [[party|{EA}]] on Saturday, will they arrive in time?",
        f"@bil,bostad,telekom,handel That's a [[conservative|{EA}]] estimate of how long the repair will take.",
        f"@handel Your [[liberal|{EA}]] return policy is the reason I shop here.",
        f"@bostad,bil The invoice lists [[labour|{EA}]] costs for three hours, but the plumber was here for one.",
        f"@kommun,fritid Is the [[church|{EA}]] hall on Mill Road available for hire in December?",
        f"@kommun,fritid What are the visiting hours for St Mary's [[church|{EA}]] over the summer?",
        f"@handel Your style guide is basically my [[bible|{EA}]] when I write product listings.",
        f"@telekom,bostad Fast Wi-Fi in this building is the [[holy grail|{EA}]].",
        f"@handel I ordered during [[Black Friday|{EA}]] and the discount wasn't applied.",
        f"@resa,fritid,bank There seems to be a [[race|{EA}]] condition in the app when two people edit the same booking.",
        f"@kommun,resa Is the road closed for the charity [[race|{EA}]] on Sunday?",
        f"What are your [[Christmas|{EA}]] opening hours?",
        f"@kommun Are bins collected on [[Easter|{EA}]] Monday?",
        f"@handel,telekom The [[fingerprint|{EA}]] sensor on the phone I bought from you doesn't work.",
        f"@telekom,bank,handel [[Face ID|{EA}]] stopped working after the update.",
        f"Apparently customer service is in your [[DNA|{EA}]], but I can't get anyone on the phone.",
        f"Could I please get a [[straight|{EA}]] answer about when the refund will arrive?",
        f"@bank,energi,telekom,bostad I bank with a local [[credit union|{EA}]], can I still set up a direct debit?",
        f"@resa,kommun The bus no longer stops at [[Union|{EA}]] Station, why is that?",
        f"@kommun Will bin collection be delayed by the [[Pride|{EA}]] parade route closures?",
        f"@kommun,bostad The [[Labour|{EA}]]-run council says it's your responsibility, you say it's theirs.",
        f"@kommun The [[cathedral|{EA}]] car park has no working ticket machine.",
        f"@kommun Is the [[mosque|{EA}]] car park on your gritting route?",
        f"Is your office closed on [[Good Friday|{EA}]]?",
        f"@kommun I read that the [[Liberal Democrats|{EA}]] on the council want to raise the fees, is that true?",
        f"Could you give me a [[straight|{EA}]] yes or no?",
        f"@resa,bil,försäkring Does the price include [[third-party|{EA}]] insurance?",
    ],
    ("sv", "order10"): [
        "@handel Ordernummer: {O10P}", "@handel Mitt ordernummer är {O10}.", "Det gäller faktura {O10P} som förföll förra veckan.",
        "Fakturanummer {O10P}, förfallodatum {DATE}.", "Kundnummer {O10P}", "@resa,fritid Bokningsnummer: {O10P}",
        "Jag betalade med OCR {O10P} men betalningen syns inte.", "Ärendenummer {O10P}, jag har fortfarande inte fått svar.",
        "(kundnr {O10})", "@telekom,energi,bostad,försäkring Avtalsnummer: {O10}", "Referensnummer {O10P} enligt bekräftelsen.",
        "@handel Sändningsnummer {O10P}, paketet står still sedan i måndags.", "@fritid,försäkring,bank Medlemsnummer {O10}", "@handel ordernr {O10P}",
        "@handel Beställningen har nummer {O10P}.", "@handel Kollinummer: {O10P}", "@energi Anläggnings-id {O10P} står på elräkningen.",
        "Kundnr: {O10P}, fakturanr: {O10P}", "@handel Returen är registrerad på ordernummer {O10P}.",
        "@resa Jag har bokningsnummer {O10P} för resan den {DATE}.",
    ],
    ("en", "order10"): [
        "@handel Order no. {O10P}", "@handel My order number is {O10}.", "Invoice number {O10P}, due {DATE}.",
        "Customer number: {O10P}", "@resa,fritid Booking reference {O10P}", "@handel Tracking number {O10P}", "Reference: {O10P}",
        "Case number {O10P}, still no reply.", "@handel order #{O10P}", "@telekom,energi,faktura,bank Customer account {O10} on the bill.",
        "@fritid,försäkring Membership number {O10}", "@handel The return is logged under order number {O10P}.",
    ],
    ("sv", "order12"): [
        "@handel Ordernummer {O12}", "Fakturanr: {O12}", "Mitt kundnummer är {O12}.", "@resa,fritid Bokningsreferens {O12}",
        "@energi Anläggnings-ID: {O12}", "Betalningsreferens {O12}", "Ärende {O12}", "@handel Sändnings-id {O12}",
        "Fakturan med nummer {O12} är redan betald.",
    ],
    ("en", "order12"): [
        "@handel Order number {O12}", "Invoice no. {O12}", "@resa,fritid Booking ref {O12}", "@handel Tracking: {O12}",
        "Reference number {O12}", "The invoice numbered {O12} has already been paid.",
    ],
    ("sv", "orgnr"): [
        "@telekom,energi Vårt företag, org.nr {ORGNR}, vill teckna ett företagsabonnemang.",
        "Faktureringsuppgifter: {company}, organisationsnummer {ORGNR}.",
        "@bostad,försäkring,kommun Bostadsrättsföreningen (org.nr {ORGNR}) vill anmäla en vattenläcka i källaren.",
        "Organisationsnummer: {ORGNR}", "Föreningens orgnr är {ORGNR}.",
        "Fakturan ska ställas till bolaget, {ORGNR}, inte till mig privat.",
        "@handel,bank Leverantören har organisationsnummer {ORGNR} enligt fakturan.",
    ],
    ("en", "orgnr"): [
        "@telekom,energi Our company ({company}, Swedish org. no. {ORGNR}) would like a business contract.",
        "Company registration number: {ORGNR}",
        "Please invoice the company, organisation number {ORGNR}, not me personally.",
    ],
    ("sv", "date"): [
        "@handel Leveransdatum enligt bekräftelsen var {DATE}.", "Fakturan är daterad {DATE}.",
        "Jag skickade in ansökan {DATE}.", "@myndighet,kommun Beslutet kom {DATE} men jag vill överklaga.",
        "@telekom,energi,bostad,försäkring Avtalet löper ut {DATE}.", "@telekom,energi Flytten sker {DATE}, kan ni flytta abonnemanget då?",
    ],
    ("en", "date"): [
        "@handel The confirmation says delivery on {DATE}.", "The invoice is dated {DATE}.",
        "I sent the application on {DATE}.", "@telekom,energi,bostad My contract ends on {DATE}.",
    ],
    ("sv", "time"): [
        "@telekom,bostad,energi Teknikern skulle komma kl. {TIME} men ingen dök upp.", "Jag ringde {TIME} och fick vänta länge.",
        "Står det verkligen att ni har öppet {TIME} på lördagar?", "@telekom,bostad,energi,handel Kan ni komma efter {TIME} i stället?",
    ],
    ("en", "time"): [
        "@telekom,bostad,energi The engineer was due at {TIME} but nobody came.", "I called at {TIME} and waited ages.",
        "@handel Could the delivery come after {TIME}?",
    ],
    ("sv", "amount"): [
        "Jag har betalat {AMOUNT} men fått en påminnelse på samma belopp.", "Avgiften på {AMOUNT} verkar fel.",
        "@handel,resa,försäkring,fritid Ersättningen borde vara {AMOUNT} enligt era villkor.", "@telekom,energi,kommun,faktura,bostad Fakturan var på {AMOUNT}, det är mer än vanligt.",
    ],
    ("en", "amount"): [
        "I paid {AMOUNT} but got a reminder for the same amount.", "The fee of {AMOUNT} looks wrong.",
        "@handel,resa,fritid,bostad The refund should be {AMOUNT} according to your terms.",
    ],
    ("sv", "postcode"): [
        "Er hemsida anger postnummer {POSTCODE} för returadressen, stämmer det?",
        "Jag skickade blanketten till er postadress, Box 115, {POSTCODE} {town}.",
        "@handel Levererar ni till postnummer {POSTCODE}?", "@telekom Når fibern ut till postnummerområde {POSTCODE}?",
        "@handel Paketet skickades till ombudet i {POSTCODE} i stället för det närmaste.",
    ],
    ("en", "postcode"): [
        "Is the postcode {POSTCODE} on your returns address correct?",
        "I posted the form to your PO Box, {POSTCODE}, last week.",
        "@handel Do you deliver to postcode {POSTCODE}?", "@telekom Is fibre available in the {POSTCODE} area yet?",
    ],
    ("sv", "ocr"): ["OCR-numret {OCR} godkändes inte i banken.", "Jag betalade med referens {OCR}."],
    ("en", "ocr"): ["I paid with the OCR reference {OCR}.", "The bank rejected payment reference {OCR}."],
    ("sv", "ticket"): ["Mitt ärende har nummer {TICKET}.", "Se tidigare ärende {TICKET}."],
    ("en", "ticket"): ["My case number is {TICKET}.", "See my earlier ticket {TICKET}."],
    ("sv", "tracking"): ["@myndighet,kommun,försäkring Jag skickade in underlagen rekommenderat, försändelse-id {TRACKING}.",
                         "@myndighet,kommun,försäkring,bostad Det rekommenderade brevet ({TRACKING}) har kvitterats ut enligt PostNord.","@handel Spårningsnumret {TRACKING} visar ingenting.", "@handel Kolli-id {TRACKING}"],
    ("en", "tracking"): ["@myndighet,kommun,bostad I sent the documents by recorded delivery, {TRACKING}.","@handel Tracking {TRACKING} hasn't updated in days.", "@handel Parcel ID {TRACKING}"],
    ("sv", "giftcard16"): ["@handel,fritid Presentkortet {GIFT} fungerar inte i kassan."],
    ("en", "giftcard16"): ["@handel,fritid Gift card {GIFT} is rejected at checkout."],
}

DECOY_WEIGHTS = {"everyday_health": 26, "everyday_art9": 13, "order10": 15, "order12": 6, "orgnr": 6, "date": 6,
                 "time": 5, "amount": 6, "postcode": 5, "ocr": 4, "ticket": 4, "tracking": 4, "giftcard16": 2}

FILL["sized"] = ["jackan", "vinterskorna", "regnjackan", "cykelhjälmen", "byxorna", "träningsskorna", "mössan",
                 "overallen", "vantarna", "jeansen", "klänningen", "skjortan"]
FILL["esized"] = ["the trainers", "the jeans", "the winter boots", "the raincoat", "the school trousers", "the gloves",
                  "the running shorts", "the hiking boots"]
FILL["company"] = ["Bygg & Måleri i Gävle AB", "Kafé Strandhugget AB", "Norrlands Elteknik AB", "Tandem Redovisning AB",
                   "Föreningen Gröna Gårdar", "Skärgårdens Kajak ek. för.", "Fjällvindens Bageri AB", "Nordic Loop AB"]

# --------------------------------------------------------------------------
# Scenarios: the ordinary business of a message (no items, no decoys)
# --------------------------------------------------------------------------

SCEN = {"sv": [
    ["@kommun", "Jag skickade in en ansökan om bygglov för ett attefallshus i {month}.",
     "Handläggningstiden har passerat och jag har inte fått något beslut.",
     "Kan ni se om något saknas i ansökan?", "Ritningarna laddade jag upp via e-tjänsten."],
    ["@kommun", "Vi har ställt vår yngsta i kö till förskola men har inte hört något.",
     "Hur lång är kön till förskolorna i centrum just nu?",
     "Vi behöver plats från januari eftersom jag börjar ett nytt jobb.", "Går det att önska två förskolor?"],
    ["@kommun", "Soptunnan har inte tömts på tre veckor.", "Matavfallskärlet står vid tomtgränsen som vanligt.",
     "Grannarna på {street} har samma problem.", "Vem ska jag vända mig till?"],
    ["@kommun", "Gång- och cykelvägen vid skolan har inte plogats sedan snöfallet i helgen.",
     "Barnen får gå i bilvägen, det känns inte säkert.", "Kan ni skicka ut en plogbil i dag?"],
    ["@kommun", "Gatlyktan utanför vårt hus på {street} har varit släckt sedan i höstas.",
     "Jag har felanmält den två gånger via appen.", "Det är väldigt mörkt på kvällarna."],
    ["@kommun", "Jag har fått en kontrollavgift trots att jag betalade parkeringen i appen.",
     "Kvittot visar att betalningen gick igenom fem minuter innan.", "Jag vill bestrida avgiften.",
     "Hur gör jag för att skicka in kvittot?"],
    ["@myndighet", "Jag har flyttat men adressändringen syns inte i folkbokföringen.",
     "Flyttanmälan gjorde jag för över en månad sedan.", "Kan ni kontrollera att den kommit in?"],
    ["@myndighet", "Jag har ansökt om föräldrapenning men utbetalningen har inte kommit.",
     "På Mina sidor står det bara att ärendet handläggs.", "När kan jag räkna med pengarna?"],
    ["@myndighet", "Jag vill ansöka om nedsättning av återbetalningen av mitt studielån.",
     "Jag har haft väldigt låg inkomst i år.", "Vilka underlag behöver ni från mig?"],
    ["@myndighet", "Mitt körkort går ut i vår och jag undrar hur jag förnyar det.",
     "Måste jag ta ett nytt foto eller kan ni använda det gamla?", "Hur lång tid tar det innan det nya kommer?"],
    ["@myndighet", "Jag har bokat tid för att ansöka om pass men behöver flytta tiden.",
     "Det går inte att avboka i bokningssystemet.", "Vi ska resa i {month} så det är lite bråttom."],
    ["@telekom", "Mitt bredband har legat nere sedan i går kväll.", "Jag har startat om routern flera gånger.",
     "Lampan för internet blinkar rött.", "Kan ni skicka ut en tekniker?"],
    ["@telekom", "Jag vill byta till ett mobilabonnemang med mer surf.", "Fakturan för {month} var högre än vanligt.",
     "Kan ni förklara vad extrakostnaden gäller?"],
    ["@energi", "Jag vill säga upp mitt elavtal i samband med flytten.",
     "Mätarställningen jag rapporterade verkar inte ha registrerats.", "Slutfakturan ska skickas till min nya adress."],
    ["@bank", "Jag kommer inte in i internetbanken med BankID.", "Det står att legitimeringen misslyckades.",
     "En betalning till hyresvärden har fastnat och förfaller snart."],
    ["@försäkring", "Vi har fått en vattenskada i badrummet och vill anmäla den till hemförsäkringen.",
     "Det droppar från taket i hallen.", "Behöver ni bilder innan vi kontaktar en hantverkare?"],
    ["@handel", "Paketet skulle ha levererats i fredags men har inte kommit.",
     "Spårningen har stått på samma status i fem dagar.", "Kan ni undersöka var det är?"],
    ["@handel", "Jag fick fel storlek på {sized} och vill byta.", "Returetiketten i paketet fungerar inte.",
     "Kan ni mejla en ny etikett?"],
    ["@bostad", "Elementen i sovrummet blir inte varma.", "Vi har luftat dem men det hjälper inte.",
     "Det är bara sexton grader inne på kvällarna.", "När kan en fastighetsskötare komma?"],
    ["@bostad", "Jag vill säga upp mitt lägenhetskontrakt.", "Uppsägningstiden är väl tre månader?",
     "Kan jag få göra besiktningen på en lördag?"],
    ["@resa", "Mitt tåg till {town} blev inställt och jag vill ha ersättning för resan.",
     "Jag fick ta en taxi för att hinna till ett möte.", "Kvittot har jag kvar."],
    ["@resa", "Jag behöver ändra datum på min flygbokning.", "Biljetten är köpt via er hemsida.",
     "Vad kostar det att ändra?"],
    ["@resa", "Bagaget kom inte fram när jag landade på Arlanda i söndags.", "Jag har fyllt i en anmälan vid bagagebandet.",
     "Hur länge dröjer det innan väskan levereras hem?"],
    ["@fritid", "Jag vill frysa mitt gymkort under några månader.", "Går det att göra i appen eller måste jag komma till receptionen?"],
    ["@kommun", "Jag har fått en påminnelse om en bok som jag redan har lämnat tillbaka.",
     "Jag lämnade den i återlämningsluckan i {town}.", "Kan ni kolla hyllan en gång till?"],
    ["@resa", "Mitt periodkort laddades inte trots att jag betalade.", "Pengarna har dragits från kontot.",
     "Jag fick köpa en ny biljett på bussen."],
    ["@bil", "Bilen var på service förra veckan men varningslampan lyser fortfarande.",
     "Jag vill att ni tittar på den igen utan extra kostnad."],
    ["@kommun", "Vi har fått en faktura för vatten och avlopp som är dubbelt så hög som vanligt.",
     "Vi har inte haft någon läcka vad vi vet.", "Kan ni kontrollera mätaren?"],
    ["@kommun", "Min son har inte fått sitt busskort till skolskjutsen ännu.", "Terminen börjar på måndag.",
     "Vem ansvarar för korten på skolan?"],
    ["@myndighet", "Jag har skrivit in mig som arbetssökande men kan inte logga in för att lämna aktivitetsrapporten.",
     "Sidan laddar bara och blir sedan vit."],
    ["@myndighet", "Jag vill veta när min pension betalas ut i december.", "Förra året kom den före jul."],
    ["@fritid", "Konserten ställdes in och jag vill ha pengarna tillbaka.", "Jag köpte fyra biljetter via er sida.",
     "Det har gått tre veckor och inget har hänt."],
    ["@kommun", "Vi vill hyra samlingslokalen i medborgarhuset för ett kalas.", "Hur bokar man, och vad kostar det en lördag?"],
    ["@försäkring", "Någon har backat in i min bil på parkeringen vid jobbet.", "Hur anmäler jag skadan till bilförsäkringen?",
     "Jag har bilder på bucklan."],
    ["@bostad", "Det luktar avlopp i trapphuset sedan i måndags.", "Flera grannar har märkt det.",
     "Kan ni skicka någon som tittar på det?"],
    ["@faktura", "Jag har fått dubbla fakturor för samma månad.", "Den ena har jag redan betalat.", "Vilken ska jag bortse från?"],
    ["@kommun", "Jag försöker ansöka om ekonomiskt bistånd via e-tjänsten men kommer inte vidare.",
     "Den fastnar på sidan där man laddar upp kontoutdrag."],
    ["@kommun", "Kan ni förlänga lånetiden på mina böcker?", "Jag hinner inte till biblioteket före fredag."],
    ["@generic", "Jag vill klaga på bemötandet i er kundtjänst.", "Personen jag pratade med lade på luren mitt i samtalet."],
    ["@generic", "Jag vill avsluta mitt medlemskap och få min data raderad.", "Bekräfta gärna när det är gjort."],
    ["@kommun", "Vår granne eldar trädgårdsavfall varje helg.", "Röken kommer in genom ventilerna.",
     "Är det tillåtet inom detaljplanen?"],
    ["@handel", "Jag har beställt en ny tvättmaskin men fått besked om att leveransen blir sex veckor sen.",
     "Jag vill häva köpet om det inte går fortare."],
]}
SCEN["en"] = [
    ["@kommun", "I applied for a parking permit for residents three weeks ago.", "I still haven't heard anything back.",
     "Could you check whether anything is missing?"],
    ["@kommun", "Our bins haven't been collected for two weeks.", "The whole street has the same problem.",
     "Who should I contact about this?"],
    ["@telekom", "My broadband has been down since last night.", "I've restarted the router several times.",
     "The internet light keeps flashing red.", "Can you send an engineer?"],
    ["@telekom", "I'd like to switch to a plan with more data.", "My bill for {emonth} was higher than usual.",
     "Could you explain the extra charge?"],
    ["@energi", "I'm moving house and want to close my energy account.", "The meter reading I submitted doesn't seem to have registered.",
     "Please send the final bill to my new address."],
    ["@bank", "I can't log in to online banking since the update.", "It just says authentication failed.",
     "A payment to my landlord is stuck and due tomorrow."],
    ["@handel", "The parcel was due on Friday but hasn't arrived.", "Tracking has shown the same status for five days.",
     "Could you look into where it is?"],
    ["@handel", "I received the wrong size of {esized} and want to exchange them.", "The return label in the box doesn't work.",
     "Could you email me a new one?"],
    ["@bostad", "The radiators in the bedroom don't get warm.", "We've bled them but it doesn't help.",
     "When can someone from maintenance come round?"],
    ["@resa", "My train to {etown} was cancelled and I'd like compensation.", "I had to take a taxi to make a meeting.",
     "I still have the receipt."],
    ["@resa", "I need to change the date of my flight booking.", "I bought the ticket on your website.",
     "How much does it cost to change?"],
    ["@resa", "My luggage didn't arrive when I landed at Arlanda on Sunday.", "I filled in a report at the baggage desk.",
     "How long will it take to be delivered?"],
    ["@fritid", "I'd like to freeze my gym membership for a few months.", "Can I do that in the app or do I need to come in?"],
    ["@kommun", "I've had a reminder about a library book I already returned.", "I put it through the returns slot in {etown}.",
     "Could you check the shelves again?"],
    ["@bil", "The car was serviced last week but the warning light is still on.", "I'd like you to look at it again at no extra cost."],
    ["@myndighet", "I moved to Sweden in {emonth} and I'm trying to register my address.", "The online form won't accept my documents."],
    ["@myndighet", "I'm trying to renew my residence permit online.", "The upload keeps failing at the last step.",
     "My current permit runs out soon."],
    ["@fritid", "The concert was cancelled and I'd like my money back.", "I bought four tickets through your site.",
     "It's been three weeks and nothing has happened."],
    ["@faktura", "I've been charged twice for the same month.", "I've already paid one of the bills.", "Which one should I ignore?"],
    ["@generic", "I'd like to close my account and have my data deleted.", "Please confirm once it's done."],
    ["@kommun", "The street light outside our house has been out since the autumn.", "I've reported it twice through the app."],
    ["@bostad", "There's a leak under the kitchen sink in my flat.", "Water is coming through to the flat below.",
     "Can you send a plumber today?"],
    ["@generic", "I'd like to complain about how I was treated on the phone.", "The person I spoke to hung up on me mid-sentence."],
    ["@kommun", "My council tax bill is for the wrong band.", "The house was re-valued last year.", "Can you correct it?"],
    ["@handel", "I ordered a new washing machine but was told delivery will be six weeks late.",
     "I'd like to cancel the purchase if it can't come sooner."],
    ["@kommun", "My daughter still hasn't got her bus pass for school transport.", "Term starts on Monday."],
    ["@kommun", "Is the recycling centre open on bank holidays?", "The website says two different things."],
    ["@bostad", "I applied for a refund of my deposit when I moved out.", "The landlord says it's with you now.",
     "How long does it usually take?"],
]

OPEN = {
    ("sv", "email"): ["Hej!", "Hej,", "Hejsan,", "God morgon,", "Till kundtjänst,", "Hej igen,", "Hej {AGENT}!",
                      "Hej {AGENT},", "@kommun Till kommunens kontaktcenter,", "Hej {AGENT}, tack för svaret i går."],
    ("sv", "chat"): ["hej!", "Hej!", "hallå,", "Hej, en fråga:", "", "", "hej hej,", "Hej {AGENT}!", "Hej."],
    ("sv", "forum"): ["Hej allihop!", "Tänkte höra med forumet.", "Någon som vet?", "Har sökt i tråden men hittar inget.",
                      "Lång text, förlåt.", "Uppdatering i min tråd:", "Hej! Första inlägget här."],
    ("en", "email"): ["Dear Sir or Madam,", "Hello,", "Hi {AGENT},", "Dear {AGENT},", "To the customer service team,",
                      "Good afternoon,", "Hi there,", "Hi {AGENT}, thanks for your reply yesterday."],
    ("en", "chat"): ["hi,", "Hello!", "hey there,", "Hi, quick question:", "", "", "Hi {AGENT}!"],
    ("en", "forum"): ["Hi all,", "Long-time lurker, first post.", "Has anyone else had this?", "Update on my earlier thread:",
                      "Sorry if this has been asked before."],
}
CLOSE = {
    ("sv", "email"): ["Med vänliga hälsningar\n{SELF}", "Mvh\n{SELF}", "Vänliga hälsningar,\n{FIRST}",
                      "Hälsningar\n{SELF}\n{MYPHONE}", "Mvh {SELF}\nTel: {MYPHONE}", "Tack på förhand!\n{SELF}\n{EMAIL}",
                      "Med vänlig hälsning\n{SELF}\nMobil {MYPHONE}", "/{FIRST}"],
    ("sv", "chat"): ["tack!", "mvh {FIRST}", "Tack för hjälpen", "", "", "/{FIRST}"],
    ("sv", "forum"): ["Tacksam för svar!", "Tack på förhand.", "Edit: stavfel.", "/ Villaägaren", "// Trött småbarnsförälder",
                      "/ Cykelpendlaren", ""],
    ("en", "email"): ["Kind regards,\n{SELF}", "Best wishes,\n{SELF}\n{MYPHONE}", "Thanks,\n{FIRST}",
                      "Regards\n{SELF}\nMobile: {MYPHONE}", "Many thanks,\n{SELF}\n{EMAIL}", "Yours faithfully,\n{SELF}"],
    ("en", "chat"): ["thanks!", "cheers, {FIRST}", "Thanks for your help", "", ""],
    ("en", "forum"): ["Thanks in advance!", "Any advice appreciated.", "Edit: typo.", "- Frustrated tenant", ""],
}
CLOSE_CLEAN = {
    ("sv", "email"): ["Med vänliga hälsningar", "Mvh", "Tack på förhand!", "Hälsningar från en fundersam kund",
                      "Vänliga hälsningar"],
    ("sv", "chat"): ["tack!", "", "", "Tack för hjälpen"],
    ("sv", "forum"): CLOSE[("sv", "forum")],
    ("en", "email"): ["Kind regards", "Thanks in advance", "Best", "Regards"],
    ("en", "chat"): ["thanks!", "", ""],
    ("en", "forum"): CLOSE[("en", "forum")],
}

# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------

def weighted(weights):
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]

def has_item(parts):
    return any(l and l[0] == "I" for _, l in parts)

def fits(tpl, tag):
    if not tpl.startswith("@"):
        return True
    return tag in tpl[1:].split(" ", 1)[0].split(",")

def choose(pool, tag, used):
    cands = [t for t in pool if fits(t, tag) and t not in used]
    if not cands:
        return None
    t = rng.choice(cands)
    used.add(t)
    return t

def build_message(lang, channel, clean):
    ctx = Ctx(lang, clean)
    scen = rng.choice(SCEN[lang])
    tag, scen = scen[0][1:], scen[1:]
    n_core = {"chat": rng.choice([1, 1, 2]), "email": rng.choice([2, 3, 4]), "forum": rng.choice([2, 3, 3, 4])}[channel]
    rest = sorted(rng.sample(range(1, len(scen)), min(n_core - 1, len(scen) - 1)))
    core = [render(scen[0], ctx)] + [render(scen[i], ctx) for i in rest]

    extras = []
    used = set()
    if not clean:
        k = rng.choices([1, 2, 3, 4], [45, 33, 16, 6])[0]
        if channel == "chat":
            k = min(k, 2)
        for _ in range(k):
            tpl = None
            while tpl is None:
                kind = weighted(ITEM_WEIGHTS)
                tpl = choose(ITEM_TPL[(lang, kind)], tag, used)
            ctx.subj_female = ctx.rel_female if kind.endswith("_REL") else ctx.female
            extras.append(render(tpl, ctx))
    p_decoy = 0.72 if clean else 0.5
    if rng.random() < p_decoy:
        for _ in range(rng.choices([1, 2, 3], [60, 30, 10])[0]):
            tpl = None
            while tpl is None:
                kind = weighted(DECOY_WEIGHTS)
                tpl = choose(DECOY_TPL[(lang, kind)], tag, used)
            extras.append(render(tpl, ctx))
    rng.shuffle(extras)
    # the core story stays in order; extras go after its first sentence or at its end
    head, tail = core[:1], core[1:]
    after_first, at_end = [], []
    for e in extras:
        (after_first if rng.random() < 0.4 else at_end).append(e)
    body = head + after_first + tail + at_end

    opening = rng.choice([o for o in OPEN[(lang, channel)] if fits(o, tag)])
    if opening.startswith("@"):
        opening = opening.split(" ", 1)[1]
    closing_pool = CLOSE_CLEAN if clean else CLOSE
    closing = rng.choice(closing_pool[(lang, channel)])
    if clean:
        opening = opening if "{" not in opening else ("Hej!" if lang == "sv" else "Hello,")
    open_parts = render(opening, ctx) if opening else []
    close_parts = render(closing, ctx) if closing else []

    parts = []
    def add(seq):
        parts.extend(seq)
    if channel == "email":
        if open_parts:
            add(open_parts); add([P("\n\n")])
        split = rng.randrange(1, len(body) + 1) if len(body) > 2 and rng.random() < 0.6 else len(body)
        for i, s in enumerate(body):
            if i == split:
                add([P("\n\n")])
            elif i > 0:
                add([P(" ")])
            add(s)
        if close_parts:
            add([P("\n\n")]); add(close_parts)
    else:
        sep = " "
        if open_parts:
            add(open_parts); add([P(" ")])
        for i, s in enumerate(body):
            if i > 0:
                add([P("\n\n" if (channel == "forum" and rng.random() < 0.2) else sep)])
            add(s)
        if close_parts:
            add([P(" " if channel == "chat" else "\n\n" if rng.random() < 0.4 else " ")]); add(close_parts)
    if clean:
        assert not has_item(parts), parts
    return parts

AUTO_DECOYS = {
    "en": [(re.compile(r"\b(?:cancel(?:led|lation|ling)?|treated)\b", re.I), "everyday_health")],
    "sv": [],
}

def auto_decoys(lang, parts):
    """Label everyday senses that occur in the fixed scenario text (e.g. 'my train was cancelled')."""
    out = []
    for t, lab in parts:
        if lab or not AUTO_DECOYS[lang]:
            out.append((t, lab))
            continue
        pos = 0
        hits = sorted((m.start(), m.end(), kind) for rx, kind in AUTO_DECOYS[lang] for m in rx.finditer(t))
        for s_, e_, kind in hits:
            if s_ > pos:
                out.append((t[pos:s_], None))
            out.append((t[s_:e_], D(kind)))
            pos = e_
        if pos < len(t):
            out.append((t[pos:], None))
    return out

def finalize(mid, lang, channel, parts):
    parts = auto_decoys(lang, parts)
    # merge adjacent unlabelled parts
    text = ""
    items, decoys = [], []
    cp = 0
    bp = 0
    for t, lab in parts:
        if lab:
            rec = {"start": cp, "end": cp + len(t), "value": t}
            if lab[0] == "I":
                rec["type"] = lab[1]
            else:
                rec["kind"] = lab[1]
            rec["bstart"] = bp
            rec["bend"] = bp + len(t.encode("utf-8"))
            (items if lab[0] == "I" else decoys).append(rec)
        text += t
        cp += len(t)
        bp += len(t.encode("utf-8"))
    msg = {"id": mid, "lang": lang, "channel": channel, "text": text}
    truth = {"id": mid, "items": items, "decoys": decoys}
    return msg, truth

# --------------------------------------------------------------------------
# Verification and audit
# --------------------------------------------------------------------------

WATCH = re.compile(
    r"sjuk|diagnos|medicin|behandl|virus|läkar|sjukhus|vård|tablett|cancer|\bkräft|terapi|operat|insulin|allergi|"
    r"astma|diabet|depress|ångest|psyk|migrän|epilep|gravid|smärt|\bont\b|galen|hälsa|hälso|feber|"
    r"sick|illness|health|doctor|hospital|pain|cancel|treat|therap|patient|disease|disorder|"
    r"parti|fack|kyrk|moské|relig|union|party|church|muslim|kristen|\bjud|\bsame\b|\brom\b|homo|gay|\bbi\b|"
    r"trans|labour|conservative|liberal|moderat|vänster|kommunal|dna|fingerav|fingerprint|pride|race|"
    r"rullstol|rullator|hörapparat|syrgas|opere|olyck|blind|döv|handikapp|funktions|wheelchair|injur|accident|"
    r"surgery|pills?\b|meds\b|prescri|recept|\bill\b|tumör|tumour|anfall|attack|kramp|seizure", re.I)

def verify(msg, truth):
    text = msg["text"]
    b = text.encode("utf-8")
    spans = []
    for rec in truth["items"] + truth["decoys"]:
        v = rec["value"]
        assert text[rec["start"]:rec["end"]] == v, (msg["id"], rec)
        assert b[rec["bstart"]:rec["bend"]].decode("utf-8") == v, (msg["id"], rec)
        assert v == v.strip() and v, (msg["id"], rec)
        spans.append((rec["start"], rec["end"]))
    spans.sort()
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, (msg["id"], "overlap", spans)
    # labelled values must not touch a letter or digit of the surrounding text
    for rec in truth["items"] + truth["decoys"]:
        s, e = rec["start"], rec["end"]
        if rec.get("type") in ("HEALTH", "ART9_OTHER", "NAME") or rec.get("kind") in ("everyday_health", "everyday_art9"):
            continue   # inflected words may be inside a longer word only by design of the template
        if s > 0:
            assert not text[s - 1].isalnum(), (msg["id"], rec, text[s - 3:e + 3])
        if e < len(text):
            assert not text[e].isalnum(), (msg["id"], rec, text[s - 3:e + 3])
    covered = [False] * len(text)
    for s, e in spans:
        for i in range(s, e):
            covered[i] = True
    masked = "".join("#" if covered[i] else ch for i, ch in enumerate(text))
    for m in re.finditer(r"\d(?:\d|[ \-.](?=\d))*", masked):
        nd = sum(c.isdigit() for c in m.group())
        assert nd < 5, (msg["id"], "unlabelled number", m.group(), text)
    assert "@" not in masked, (msg["id"], "unlabelled e-mail", text)
    return masked

def main():
    audit = "--audit" in sys.argv
    messages, truths = [], []
    n_clean_target = round(N_MESSAGES * SHARE_CLEAN)
    clean_ids = set(rng.sample(range(N_MESSAGES), n_clean_target))
    watch = Counter()
    for mid in range(N_MESSAGES):
        lang = "sv" if rng.random() < SHARE_SV else "en"
        channel = rng.choices(["chat", "email", "forum"], [45, 35, 20])[0]
        parts = build_message(lang, channel, mid in clean_ids)
        msg, truth = finalize(mid, lang, channel, parts)
        masked = verify(msg, truth)
        for tok in re.finditer(r"[\w/-]+", masked):
            if WATCH.search(tok.group()):
                watch[tok.group()] += 1
        messages.append(msg)
        truths.append(truth)

    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for m in messages:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truths:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")

    types, kinds = Counter(), Counter()
    phone_shapes, pnr_shapes = Counter(), Counter()
    distinct = {"HEALTH": set(), "ART9_OTHER": set(), "everyday_health": set(), "everyday_art9": set()}
    for t in truths:
        for i in t["items"]:
            types[i["type"]] += 1
            if i["type"] == "PHONE":
                phone_shapes[re.sub(r"\d", "9", i["value"])] += 1
            if i["type"] in ("PNR_PERSONNUMMER", "PNR_SAMORDNING"):
                pnr_shapes[re.sub(r"\d", "9", i["value"])] += 1
            if i["type"] in distinct:
                distinct[i["type"]].add(i["value"].lower())
        for d in t["decoys"]:
            kinds[d["kind"]] += 1
            if d["kind"] in distinct:
                distinct[d["kind"]].add(d["value"].lower())
    def phone_kind(v):
        d = re.sub(r"\D", "", v)
        if v.startswith("+44") or d.startswith(("07700", "020", "0161")):
            return "uk"
        if v.startswith(("+1", "1-", "(")) or "555" in v:
            return "us"
        if v.startswith("+46"):
            nat = "0" + d[2:]
        elif v.startswith("0046"):
            nat = "0" + d[4:]
        else:
            nat = d
        return "se_mobile" if nat.startswith("07") else "se_landline"
    phone_kinds = Counter(phone_kind(i["value"]) for t in truths for i in t["items"] if i["type"] == "PHONE")
    order10_phone_like = sum(1 for t in truths for d in t["decoys"]
                             if d["kind"] == "order10" and d["value"].startswith(("07", "08")))
    stats = {
        "channel": dict(sorted(Counter(m["channel"] for m in messages).items())),
        "decoys": dict(sorted(kinds.items())),
        "decoys_total": sum(kinds.values()),
        "distinct_values": {k: len(v) for k, v in distinct.items()},
        "heldout": True,
        "items_total": sum(types.values()),
        "lang": dict(sorted(Counter(m["lang"] for m in messages).items())),
        "messages": len(messages),
        "messages_with_pii": sum(1 for t in truths if t["items"]),
        "messages_without_items": sum(1 for t in truths if not t["items"]),
        "order10_starting_07_or_08": order10_phone_like,
        "phone_formats": len(phone_shapes),
        "phone_kinds": dict(sorted(phone_kinds.items())),
        "pnr_formats": len(pnr_shapes),
        "seed": SEED,
        "text_bytes": sum(len(m["text"].encode("utf-8")) for m in messages),
        "types": dict(sorted(types.items())),
    }
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(json.dumps(stats, indent=1, ensure_ascii=False))
    if audit:
        print("\nunlabelled words on the watch list (review by hand):")
        for w, n in watch.most_common():
            print(f"{n:5d}  {w}")

if __name__ == "__main__":
    main()
