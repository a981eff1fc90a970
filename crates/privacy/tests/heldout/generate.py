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

def pnr(samordning=False):
    """A personnummer (or samordningsnummer, day + 60) in one of the written forms."""
    r = rng.random()
    centenarian = (not samordning) and r < 0.02
    if centenarian:
        born = random_birth(dt.date(1914, 1, 1), dt.date(1926, 11, 1))
    else:
        born = random_birth(dt.date(1931, 1, 1), dt.date(2025, 12, 31))
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

def se_phone():
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

def phone(lang):
    if lang == "sv":
        return se_phone() if rng.random() < 0.94 else uk_phone()
    r = rng.random()
    if r < 0.5:
        return se_phone()
    return uk_phone() if r < 0.78 else us_phone()

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
    "menieres sjukdom", "förlossningsdepression", "personlighetssyndrom", "emotionell instabilitet",
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
SV_GEN = ["sjukdomens", "cancerns", "depressionens", "strokens", "diabetesens", "behandlingens", "astmans",
          "cellgiftsbehandlingens", "epilepsins", "migränens", "utmattningens", "operationens", "reumatismens"]
# plurals and episode compounds, after "mina"/"hans"/"hennes"
SV_PLURAL = [
    "migränanfall", "astmaanfall", "epilepsianfall", "ångestattacker", "panikattacker", "panikångestattacker",
    "kramper", "yrselattacker", "bröstsmärtor", "ledsmärtor", "ryggsmärtor", "hjärtklappningar", "svimningsanfall",
    "allergier", "depressionsperioder", "skov", "MS-skov", "blodsockerfall", "insulinkänningar", "mardrömmar efter traumat",
    "återfall i missbruket", "cellgiftsbehandlingar", "dialysbehandlingar", "strålbehandlingar", "sömnproblem",
    "reumatismskov", "anfallen", "krampanfallen", "smärtorna", "hallucinationer",
]
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
    "hjärtmedicin", "insulinpenna", "insulinpump", "astmainhalator", "sömnmedicin", "depressionsmedicin",
    "blodförtunnande medicin", "cancermedicin", "smärtlindring", "sköldkörtelmedicin", "ångestdämpande medicin",
    "allergimedicin", "adrenalinpenna", "reumamedicin", "antipsykotiska medicin", "morfinpump", "syrgasutrustning",
    "CPAP-maskin", "stomipåsar", "ADHD-medicinen", "insulinet", "astmamedicinen", "diabetesmedicinen",
    "epilepsimedicinen", "hörapparat", "rullstol", "rullator", "elrullstol", "ledarhund", "blodsockermätare",
]
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
EN_POSS = [  # after "my"/"his"/"her": inflected and compound forms
    "diabetes", "asthma", "epilepsy", "depression", "anxiety", "cancer", "ADHD medication", "diabetes medication",
    "insulin pump", "insulin pen", "asthma inhaler", "blood pressure tablets", "heart medication", "epilepsy meds",
    "antidepressants", "chemotherapy", "dialysis appointments", "hearing aids", "hearing aid", "wheelchair",
    "mobility scooter", "walking frame", "guide dog", "oxygen tank", "CPAP machine", "stoma bags", "PTSD",
    "MS diagnosis", "autism diagnosis", "cancer diagnosis", "dementia", "arthritis", "migraines", "seizure medication",
    "pain medication", "methadone prescription", "mental health", "bipolar diagnosis", "heart condition",
]

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
                "[kandidat för {p}] i valet", "[{p}-väljare]", "[ordförande i {p}s lokalavdelning]"]
SV_POL_FREE = ["[kommunist]", "[nazist]", "[anarkist]", "[aktiv i Ung Vänster]", "[medlem i MUF]", "[aktiv i SSU]",
               "[medlem i Grön Ungdom]", "[aktiv i Extinction Rebellion]", "[rojalist]"]
SV_UNIONS = ["Kommunal", "Unionen", "IF Metall", "Vision", "Vårdförbundet", "Sveriges Lärare", "Handelsanställdas förbund",
             "Seko", "Fastighetsanställdas förbund", "Byggnads", "Transportarbetareförbundet", "Ledarna",
             "Akademikerförbundet SSR", "Sveriges Ingenjörer", "Journalistförbundet", "Läkarförbundet", "Hotell- och restaurangfacket",
             "Elektrikerförbundet", "Musikerförbundet", "Saco", "TCO-förbundet Vision", "Polisförbundet"]
SV_UNION_FORMS = ["[medlem i {u}]", "[med i {u}]", "[fackligt ombud för {u}]", "[förtroendevald i {u}]",
                  "[skyddsombud för {u}]", "[medlem i facket]", "[fackligt aktiv]", "[fackmedlem]", "[med i facket]",
                  "[huvudskyddsombud]", "[fackligt förtroendevald]", "[klubbordförande i {u}]"]
SV_SEX = ["homosexuell", "bög", "lesbisk", "bisexuell", "queer", "asexuell", "pansexuell", "transperson",
          "transkvinna", "transman", "hbtq-person", "ickebinär", "homosexuella", "gay"]
SV_GEN_ART9 = ["[gentest]", "[DNA-test]", "[genetiskt test]", "[anlagstest för bröstcancer]", "[släktutredning med gentest]"]
SV_GEN_CARRIER = ["[en BRCA1-mutation]", "[en BRCA2-mutation]", "[anlag för Huntingtons sjukdom]",
                  "[en ärftlig genmutation]", "[anlaget för cystisk fibros]", "[Lynch syndrom-genen]",
                  "[en mutation i BRCA-genen]", "[anlag för ärftlig hjärtsjukdom]"]
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
          "a [Social Democrat] party member", "a [socialist]", "a [communist]", "a [Labour councillor]",
          "an [Extinction Rebellion activist]", "a [member of the Left Party]", "a [Tory voter]", "a [trade unionist and Labour activist]"]
EN_UNION = ["a [member of Unison]", "a [Unite member]", "a [shop steward] for the GMB", "a [union rep]",
            "a [member of the Teamsters]", "an [RCN member]", "a [union member]", "a [trade union member]",
            "in the [NEU]", "a [member of the RMT]", "in the [union] at work", "a [member of Kommunal]",
            "a [member of Unionen]", "an [IF Metall member]", "a [UAW member]", "a [union steward]", "a [PCS member]"]
EN_SEX = ["[gay]", "[lesbian]", "[bisexual]", "[asexual]", "[queer]", "a [trans woman]", "a [trans man]",
          "[transgender]", "[non-binary]", "[pansexual]", "[bi]", "a [gay man]", "[homosexual]"]
EN_GENTEST = ["[genetic test]", "[DNA test]", "[genetic screening]", "[BRCA test]", "[23andMe results]"]
EN_CARRIER = ["a [BRCA1 mutation]", "a [BRCA2 mutation]", "the [Huntington's gene]", "the [sickle cell trait]",
              "a [genetic mutation] linked to heart disease", "the [cystic fibrosis gene]", "[Lynch syndrome]"]
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
                    ("my husband" if self.female else "my wife", "my husband's" if self.female else "my wife's",
                     "he" if self.female else "she", "his" if self.female else "her", EN_M if self.female else EN_F)]
        self.rel, self.relgen, self.pron, self.pronpos, pool = rng.choice(rels)
        self.relname = rng.choice(pool)
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
    if name == "SAM":
        return [P(pnr(samordning=True), I("PNR_SAMORDNING"))]
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
    if name in ("REL", "RELGEN", "PRON", "PRONPOS"):
        return [P({"REL": ctx.rel, "RELGEN": ctx.relgen, "PRON": ctx.pron, "PRONPOS": ctx.pronpos}[name])]
    # ---- health, Swedish
    if name == "HC":
        return bracketed(strip_article_sv(rng.choice(SV_CHRONIC)), HEALTH)
    if name == "HA":
        return bracketed(strip_article_sv(rng.choice(SV_ACUTE)), HEALTH)
    if name == "HD":
        return [P(rng.choice(SV_DEF), HEALTH)]
    if name == "HG":
        return [P(rng.choice(SV_GEN), HEALTH)]
    if name == "HP":
        return [P(rng.choice(SV_PLURAL), HEALTH)]
    if name == "HM":
        return [P(rng.choice(SV_MED), HEALTH)]
    if name == "HMN":
        return [P(rng.choice(SV_MEDNOUN), HEALTH)]
    if name == "HT":
        return bracketed(strip_article_sv(rng.choice(SV_TREAT)), HEALTH)
    if name == "HS":
        return [P(rng.choice(SV_STATE), HEALTH)]
    # ---- health, English
    if name == "EHC":
        return bracketed(strip_article_en(rng.choice(EN_CHRONIC)), HEALTH)
    if name == "EHA":
        return bracketed(rng.choice(EN_ACUTE), HEALTH)
    if name == "EHP":
        return [P(rng.choice(EN_PLURAL), HEALTH)]
    if name == "EHM":
        return bracketed(strip_article_en(rng.choice(EN_MED)), HEALTH)
    if name == "EHT":
        return bracketed(rng.choice(EN_TREAT), HEALTH)
    if name == "EHS":
        return bracketed(rng.choice(EN_STATE), HEALTH)
    if name == "EHPOSS":
        return [P(rng.choice(EN_POSS), HEALTH)]
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
    n = rng.choice([rng.randrange(49, 999), rng.randrange(1000, 20000), rng.randrange(20000, 400000)])
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
               "Kyrkvägen", "Åsgatan", "Parkvägen", "Lärkvägen", "Hamngatan"],
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

