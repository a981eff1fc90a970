# -*- coding: utf-8 -*-
"""Vocabulary for the held-out corpus h4 (written from general knowledge).

Term lists are ';'-separated.  Each class name is a grammatical frame the
templates rely on (see README.md, "Span convention").
"""

import re


def L(s):
    out = []
    for part in s.replace("\n", ";").split(";"):
        part = part.strip()
        if part:
            out.append(part)
    return out


# ---------------------------------------------------------------- HEALTH, sv
SV_H = {
    # bare condition or symptom: "har X", "lider av X", "behandlas för X", "på grund av X", "med X"
    "n": L("""
diabetes; typ 1-diabetes; typ 2-diabetes; diabetes typ 2; astma; allergisk astma; KOL; kol; pollenallergi; nötallergi;
jordnötsallergi; celiaki; glutenintolerans; laktosintolerans; IBS; Crohns sjukdom; ulcerös kolit; högt blodtryck;
hypertoni; förmaksflimmer; hjärtsvikt; kärlkramp; hjärtinfarkt; stroke; blodpropp; lungemboli; epilepsi; migrän; MS;
Parkinson; Parkinsons sjukdom; ALS; demens; Alzheimer; Alzheimers sjukdom; vaskulär demens; ledgångsreumatism;
reumatoid artrit; artros; höftledsartros; fibromyalgi; psoriasis; psoriasisartrit; atopiskt eksem; bältros; borrelia;
lunginflammation; bronkit; covid; långtidscovid; postcovid; influensa; magsjuka; vinterkräksjuka; urinvägsinfektion;
halsfluss; öroninflammation; bihåleinflammation; tinnitus; hörselnedsättning; grå starr; grön starr;
makuladegeneration; diskbråck; ischias; ryggskott; whiplashskada; hjärnskakning; osteoporos; benskörhet; gikt;
njursvikt; njursten; gallsten; levercirros; hepatit C; hiv; klamydia; könsherpes; endometrios; PCOS; myom;
klimakteriebesvär; havandeskapsförgiftning; foglossning; förlossningsdepression; depression; svår depression; ångest;
generaliserat ångestsyndrom; panikångest; social fobi; PTSD; utmattningssyndrom; utbrändhet; bipolär sjukdom;
schizofreni; psykos; ätstörning; anorexi; bulimi; tvångssyndrom; OCD; ADHD; ADD; autism; Aspergers syndrom;
Tourettes syndrom; dyslexi; dyskalkyli; intellektuell funktionsnedsättning; Downs syndrom; cerebral pares;
ryggmärgsbråck; muskeldystrofi; afasi; sömnapné; sömnlöshet; narkolepsi; cancer; bröstcancer; prostatacancer;
tjocktarmscancer; lungcancer; hudcancer; malignt melanom; leukemi; lymfom; hjärntumör; struma; hypotyreos;
giftstruma; anemi; järnbrist; B12-brist; fetma; karpaltunnelsyndrom; tennisarmbåge; frusen skuldra; långvarig smärta;
kronisk smärta; alkoholberoende; spelberoende; drogberoende; alkoholmissbruk; opioidberoende; tablettberoende;
cystisk fibros; hemofili; hjärtfel; klaffel; yrsel; svindel; huvudvärk; bröstsmärtor; hjärtklappning; andnöd;
andfåddhet; hög feber; långvarig hosta; halsont; magont; illamående; kräkningar; diarré; förstoppning; ryggont;
ont i ryggen; ont i knät; nackspärr; ledvärk; domningar i armen; stickningar i benen; synbortfall; blod i urinen;
svullna ben; utslag; håravfall; minnesproblem; koncentrationssvårigheter; sömnproblem; mardrömmar; självmordstankar;
självskadebeteende; hallucinationer; tvångstankar; inkontinens; urinläckage; erektionsproblem;
ofrivillig barnlöshet; skolios; korsbandsskada; meniskskada; hälsporre; benhinneinflammation; hjärnblödning; TIA;
ME/CFS; POTS; lipödem; hidradenit; rosacea; graviditetsdiabetes; bäckenbottenskada; hjärnhinneinflammation;
sepsis; blodförgiftning; vattkoppor; mässlingen; kikhosta; RS-virus; mycoplasma; magsår; refluxsjukdom; sura uppstötningar;
hemorrojder; ljumskbråck; navelbråck; prolaps; framfall; gallstensanfall; njurbäckeninflammation; halsbränna;
diabetis; epelepsi; parkinsson; alzheimers; fibromalgi; psorasis; ekzem; migrain; diskbrock; ishias; endometrius;
högt blodtyck; hjärtinfackt; skizofreni; depresion; ångets; adhd; cöliaki; laktos intolerans; reumatisim;
ångestatacker; panikångets; astmma; artrit; utmatningssyndrom; sömnapne; tinitus
"""),
    # formal diagnoses for "fått diagnosen X"
    "dx": L("""
typ 2-diabetes; astma; KOL; epilepsi; MS; Parkinsons sjukdom; Alzheimers sjukdom; vaskulär demens; reumatoid artrit;
fibromyalgi; psoriasisartrit; Crohns sjukdom; ulcerös kolit; celiaki; endometrios; PCOS; bipolär sjukdom typ 2;
bipolär sjukdom typ 1; generaliserat ångestsyndrom; posttraumatiskt stressyndrom; utmattningssyndrom;
emotionellt instabil personlighetsstörning; borderline; schizoaffektivt syndrom; paranoid schizofreni; ADHD;
kombinerad ADHD; autismspektrumtillstånd; autism nivå 1; Aspergers syndrom; Tourettes syndrom; dyslexi;
lindrig intellektuell funktionsnedsättning; ME/CFS; sömnapnésyndrom; narkolepsi typ 1; hjärtsvikt; förmaksflimmer;
kronisk njursvikt; levercirros; hepatit B; malignt melanom; bröstcancer; prostatacancer; kronisk lymfatisk leukemi;
multipelt myelom; Hodgkins lymfom; glioblastom; ALS; Huntingtons sjukdom; Sjögrens syndrom; SLE; Bechterews sjukdom;
sarkoidos; myastenia gravis; Guillain-Barrés syndrom; Ménières sjukdom; hypotyreos; Hashimotos tyreoidit;
Graves sjukdom; Addisons sjukdom; polymyalgia reumatika; gikt; osteoporos; lipödem; hidradenitis suppurativa;
F32.1; F43.8; F90.0; G35; E11.9; J45.9; M79.7; F41.1; F84.0
"""),
    # definite form, usable as subject or after prepositions
    "d": L("""
diabetesen; astman; migränen; migränanfallen; astmaanfallen; epilepsin; epilepsianfallen; krampanfallen;
depressionen; ångesten; panikångesten; panikattackerna; ångestattackerna; cancern; bröstcancern; prostatacancern;
leukemin; tumören; metastaserna; cellförändringarna; demensen; alzheimern; parkinsonen; reumatismen; artrosen;
psoriasisen; eksemet; allergin; pollenallergin; nötallergin; diskbråcket; ryggskottet; ischiasen; whiplashskadan;
hjärnskakningen; stroken; hjärtinfarkten; infarkten; blodproppen; lunginflammationen; bältrosen; borrelian;
covidinfektionen; långtidscoviden; influensan; magsjukan; urinvägsinfektionen; öroninflammationen; halsflussen;
tinnitusen; hörselnedsättningen; synnedsättningen; sömnapnén; sömnlösheten; utmattningssyndromet; utmattningen;
ADHD-diagnosen; autismdiagnosen; cancerdiagnosen; npf-diagnosen; ätstörningen; anorexin; missbruket;
alkoholmissbruket; spelberoendet; graviditeten; tvillinggraviditeten; missfallet; klimakteriet; endometriosen;
fibromyalgin; ryggsmärtorna; huvudvärken; yrseln; hjärtklappningen; illamåendet; febern; hostan; inkontinensen;
benbrottet; höftfrakturen; handledsfrakturen; korsbandsskadan; hjärnskadan; förlamningen; afasin; stamningen;
dyslexin; celiakin; glutenintoleransen; laktosintoleransen; hjärtsvikten; förmaksflimret; njursvikten;
gallstensanfallen; njurstensanfallet; tvångstankarna; hallucinationerna; psykosen; självmordsförsöket; överdosen;
abstinensen; utbrändheten; sjukdomen; hjärntumören; KOL:en; ADHD:n; PTSD:n; IBS:en; MS:en; schizofrenin;
förkylningen; hälsporren; gikten; järnbristen; anemin; B12-bristen; hjärnblödningen; sepsisen; blodförgiftningen;
magsåret; refluxen; ljumskbråcket; graviditetsillamåendet; foglossningen; förlossningsdepressionen; psykosen förra året;
depressionsperioden; smärtorna i bröstet; bröstsmärtorna; ledvärken; domningarna; synbortfallet; minnesförlusten
"""),
    # bare medicine / substance: "tar X", "recept på X", "hämta ut X"
    "m": L("""
Alvedon; Panodil; Ipren; Ibuprofen; Naproxen; Diklofenak; Voltaren; Treo; Citodon; Tramadol; Tradolan; OxyNorm;
Oxikodon; morfin; Dolcontin; Fentanyl; Lyrica; Pregabalin; Gabapentin; Neurontin; Sertralin; Zoloft; Citalopram;
Cipramil; Escitalopram; Cipralex; Fluoxetin; Fontex; Venlafaxin; Efexor; Mirtazapin; Remeron; Bupropion; Voxra;
Duloxetin; Cymbalta; litium; Lamotrigin; Lamictal; Quetiapin; Seroquel; Olanzapin; Zyprexa; Aripiprazol; Abilify;
Risperidon; Haldol; Stesolid; Diazepam; Oxascand; Sobril; Xanor; Alprazolam; Imovane; Zopiklon; Stilnoct; Propavan;
Atarax; Lergigan; Theralen; melatonin; Circadin; Concerta; Ritalin; Medikinet; Elvanse; Attentin; Intuniv;
Strattera; Metformin; insulin; Novorapid; Humalog; Lantus; Levemir; Tresiba; Fiasp; Ozempic; Wegovy; Mounjaro;
Saxenda; Victoza; Trulicity; Jardiance; Forxiga; Waran; Eliquis; Xarelto; Pradaxa; Trombyl; Plavix; Clopidogrel;
Simvastatin; Atorvastatin; Lipitor; Enalapril; Ramipril; Losartan; Amlodipin; Felodipin; Metoprolol; Seloken;
Bisoprolol; Furix; Furosemid; Spironolakton; Levaxin; Euthyrox; Levotyroxin; Prednisolon; kortison; Betapred;
Pulmicort; Symbicort; Bricanyl; Ventoline; Airomir; Seretide; Flixotide; Spiriva; Montelukast; Aerius; Desloratadin;
Cetirizin; Kestine; Clarityn; Nasonex; Avamys; EpiPen; Jext; Humira; Enbrel; Metotrexat; Plaquenil; Salazopyrin;
Asacol; Pentasa; Omeprazol; Losec; Nexium; Esomeprazol; Pantoprazol; Movicol; Laxido; Cilaxoral; Imodium;
Loperamid; Primperan; Postafen; Antabus; Campral; Naltrexon; Suboxone; Subutex; Buprenorfin; Metadon; Champix;
Keppra; Levetiracetam; Tegretol; Karbamazepin; Orfiril; Valproat; Topimax; Sumatriptan; Imigran; Maxalt; Relpax;
Zomig; Ajovy; Aimovig; Amoxicillin; Kåvepenin; penicillin; Heracillin; Doxyferm; Doxycyklin; Selexid; Furadantin;
Ciprofloxacin; Valaciclovir; Valtrex; Tamiflu; Paxlovid; Tamoxifen; Letrozol; Femar; Arimidex; Zoladex; Keytruda;
Herceptin; p-piller; minipiller; Cerazette; Yasmin; Neovletta; akut-p-piller; NorLevo; EllaOne; östrogen;
Estradot; Vagifem; Divigel; Lugesteron; Utrogestan; testosteron; Nebido; Testogel; Cialis; Viagra; Sildenafil;
Finasterid; Emselex; Vesicare; Betmiga; Behepan; Duroferon; Niferex; folsyra; Calcichew; Alendronat; Prolia;
Xolair; Dupixent; alvedon; ipren; waran; sertralin; elvanse; concerta; levaxin; seroquel; stesolid; imovane;
Sertralin Accord; Metformin Sandoz; Omeprazol Actavis; Citalopram Bluefish; Alvedon 665; Ipren 400 mg;
Sertralin 50 mg; Levaxin 100 mikrogram; Elvanse 30 mg; Ritalin 10 mg; Concerta 36 mg; Waran 2,5 mg; Eliquis 5 mg;
Xarelto 20 mg; Metformin 500 mg; Imovane 7,5 mg; Atarax 25 mg; Lergigan 25 mg
"""),
    # definite medicine phrases: "X har tagit slut", "glömde X"
    "md": L("""
insulinet; insulinsprutorna; insulinpennorna; blodtrycksmedicinen; blodtrycksmedicinerna; astmamedicinen;
astmasprayen; inhalatorn; epilepsimedicinen; ADHD-medicinen; lyckopillren; sömntabletterna; sömnmedicinen;
morfinplåstret; morfinet; värktabletterna; cellgifterna; cytostatikan; p-pillren; hormonplåstren; Waranet;
penicillinet; antibiotikakuren; kortisonet; kortisonsalvan; kortisonsprutan; allergimedicinen; allergitabletterna;
migränmedicinen; migräntabletterna; Ozempic-sprutorna; B12-sprutorna; metadonet; Subutexen; nikotinplåstren;
Antabusen; medicinerna; dosetten; dospåsarna; ögondropparna; glaukomdropparna; Levaxinet; Sertralinet; Elvansen;
Concertan; nitrosprayen; EpiPennan; adrenalinpennan; järntabletterna; Alvedonen; Atarax-tabletterna;
epilepsitabletterna; smärtplåstret; Lyrican; fentanylplåstret; testosteronsprutan; östrogenet; MS-medicinen;
biologiska läkemedlet; ångestdämpande; smärtstillande; vätskedrivande; de blodförtunnande; depotplåstret;
Humirasprutorna; sprutorna mot MS; tabletterna mot ångest; tabletterna för hjärtat; medicinen mot epilepsi;
medicinen för sköldkörteln
"""),
    # en-nouns after "min"
    "utr": L("""
diabetes; astma; migrän; epilepsi; depression; ångest; reumatism; artros; psoriasis; allergi; nötallergi;
pollenallergi; sjukdom; diagnos; ADHD; autism; dyslexi; cancer; bröstcancer; tumör; hjärtsvikt; rullator;
hörapparat; rullstol; permobil; insulinpump; glukossensor; blodtrycksmedicin; astmamedicin; epilepsimedicin;
ADHD-medicin; sömnmedicin; sjukskrivning; graviditet; förlossning; operation; höftoperation; ryggoperation;
cellgiftsbehandling; strålbehandling; dialys; rehabilitering; terapi; stomi; kateter; syrgas; inhalator; dosett;
pacemaker; protes; benprotes; synnedsättning; hörselnedsättning; tinnitus; sömnapné; utmattning; utbrändhet;
ätstörning; anorexi; IBS; celiaki; laktosintolerans; värk; ryggvärk; huvudvärk; yrsel; inkontinens; endometrios;
fibromyalgi; KOL; MS; PTSD; OCD; bipolära sjukdom; kroniska smärta; långvariga smärta; svåra astma;
funktionsnedsättning; NPF-diagnos; ADHD-diagnos; psykiska ohälsa; hjärtsjukdom; njursjukdom; lungsjukdom;
reumatiska sjukdom; sköldkörtelsjukdom; medicinering; behandling; läkemedelsbehandling; smärtlindring; medicin
"""),
    # ett-nouns after "mitt"
    "neu": L("""
eksem; diskbråck; ryggskott; hjärtfel; missbruk; alkoholmissbruk; beroende; spelberoende; alkoholberoende;
utmattningssyndrom; höga blodtryck; förmaksflimmer; benbrott; kejsarsnitt; missfall; hälsotillstånd;
sjukdomstillstånd; handikapp; funktionshinder; synfel; insulin; astmaanfall; epilepsianfall; migränanfall;
självskadebeteende; tvångssyndrom; psykiska mående; gips; knäimplantat; höftimplantat; cochleaimplantat;
sjukintyg; läkarintyg; vårdintyg; recept; dosrecept; journalutdrag; provsvar; remissvar; hjärtstopp; återfall;
drogmissbruk; tablettmissbruk; sår på benet; bensår; trycksår; ärr efter operationen
"""),
    # plural indefinite after "mina"
    "pl": L("""
astmamediciner; blodtrycksmediciner; mediciner; sömntabletter; värktabletter; insulinsprutor; B12-sprutor;
p-piller; antidepressiva; epilepsimediciner; ADHD-mediciner; allergitabletter; hörapparater; kryckor;
migräntabletter; migränanfall; panikattacker; ångestattacker; ögondroppar; inhalatorer; stomipåsar;
inkontinensskydd; kompressionsstrumpor; morfinplåster; nikotinplåster; ryggbesvär; magbesvär; ledbesvär;
hjärtproblem; sömnproblem; minnesproblem; psykiska problem; psykiska besvär; andningsbesvär; mensbesvär;
klimakteriebesvär; biverkningar; cellgiftsbehandlingar; strålbehandlingar; behandlingar; läkarbesök; provsvar;
journalanteckningar; röntgenbilder; blodprover; sjukintyg; läkarintyg; ångestdämpande tabletter; sprutor;
lugnande tabletter; smärtor; skov; krampanfall; epilepsianfall; depressioner; psykoser; självmordsförsök;
sjukhusvistelser; vårdtillfällen; fysioterapibesök; terapisamtal; KBT-samtal; dialysbehandlingar
"""),
    # assistive aids, bare: "går med X", "använder X", "behöver X"
    "aid": L("""
rullator; rollator; rulator; rullstol; elrullstol; permobil; hörapparat; hörapparater; kryckor; käpp; vit käpp;
ledarhund; syrgas; syrgastub; syrgasapparat; CPAP; CPAP-maskin; andningsapparat; insulinpump; glukossensor;
Libre-sensor; stomi; stomipåse; urinkateter; kateter; inkontinensskydd; protes; benprotes; armprotes; pacemaker;
cochleaimplantat; trygghetslarm; duschstol; korsett; ortos; nackkrage; gips; kompressionsstrumpor; sondmatning;
PEG-sond; dialysapparat; ståskal; lyftsele; taklyft; vårdsäng; gåstol; elmoped för rörelsehindrade; rollstol;
hemdialys; hörselslinga; förstoringsläsare; talsyntes; nebulisator; rullstolsramp
"""),
    # definite treatments: "efter X", "inför X", "under X"
    "t": L("""
operationen; ryggoperationen; höftoperationen; knäoperationen; bypassoperationen; gallstensoperationen;
blindtarmsoperationen; starroperationen; kejsarsnittet; förlossningen; cellgiftsbehandlingen; strålbehandlingen;
cytostatikabehandlingen; immunterapin; dialysen; IVF-behandlingen; insemineringen; aborten; vasektomin;
magsäcksoperationen; gastric bypass-operationen; rotfyllningen; visdomstandsoperationen; KBT-behandlingen; terapin;
samtalsterapin; traumaterapin; ECT-behandlingen; elbehandlingen; avgiftningen; rehabiliteringen;
strokerehabiliteringen; sjukgymnastiken; fysioterapin; biopsin; koloskopin; gastroskopin; mammografin;
magnetkameraundersökningen; MR-undersökningen; datortomografin; blodtransfusionen; transplantationen;
njurtransplantationen; amputationen; hjärtoperationen; ballongvidgningen; pacemakeroperationen;
korsbandsoperationen; meniskoperationen; axeloperationen; prostataoperationen; bröstoperationen; mastektomin;
hysterektomin; strålningen; sjukhusvistelsen; vårdtiden; inläggningen; tvångsvården; ADHD-utredningen;
autismutredningen; demensutredningen; minnesutredningen; NPF-utredningen; vaccinationen; cellgiftskuren;
hormonbehandlingen; fertilitetsbehandlingen; äggplocket; embryoåterföringen; infusionen; kemoterapin;
smärtbehandlingen; psykiatriska utredningen; operationen i ryggen; ingreppet; narkosen; sövningen; förlossningen i mars
"""),
    # bare treatments: "väntar på X", "står i kö för X"
    "tn": L("""
operation; ryggoperation; höftoperation; knäoperation; starroperation; gallstensoperation; strålbehandling;
cellgiftsbehandling; cytostatikabehandling; dialys; IVF; IVF-behandling; insemination; abort; KBT; samtalsterapi;
psykoterapi; traumabehandling; fysioterapi; sjukgymnastik; rehabilitering; ECT; elbehandling; avgiftning;
beroendevård; missbruksvård; LARO-behandling; substitutionsbehandling; hemodialys; peritonealdialys;
syrgasbehandling; blodtransfusion; njurtransplantation; levertransplantation; stamcellstransplantation; biopsi;
koloskopi; gastroskopi; magnetröntgen; datortomografi; skiktröntgen; hormonbehandling; könsbekräftande vård;
logopedbehandling; NPF-utredning; ADHD-utredning; autismutredning; demensutredning; minnesutredning;
neuropsykiatrisk utredning; hemsjukvård; palliativ vård; hospicevård; smärtrehabilitering; ljusbehandling;
immunterapi; kemoterapi; bröstrekonstruktion; protesoperation; fetmaoperation; gastric bypass; ablation;
elkonvertering; pacemakerbyte; hjärtrehabilitering; lungrehabilitering; stödsamtal; krisstöd; DBT
"""),
    # predicative: "jag är X", "hon är X"
    "adj": L("""
gravid; höggravid; diabetiker; astmatiker; epileptiker; allergiker; alkoholist; nykter alkoholist; missbrukare;
spelmissbrukare; narkoman; deprimerad; utbränd; sjukskriven; långtidssjukskriven; deltidssjukskriven;
halvtidssjukskriven; sjukskriven för utmattning; sjukskriven för depression; blind; gravt synskadad; synskadad; döv;
hörselskadad; dövblind; rullstolsburen; förlamad; halvsidesförlamad; rörelsehindrad; funktionsnedsatt; autistisk;
cancersjuk; strokedrabbad; dement; multisjuk; immunsupprimerad; immunförsvagad; glutenintolerant;
laktosintolerant; nötallergiker; psykiskt sjuk; bipolär; njursjuk; hjärtsjuk; lungsjuk; KOL-sjuk; reumatiker;
inkontinent; sängliggande; terminalt sjuk; palliativ; svårt sjuk; kroniskt sjuk; överviktig; underviktig; förkyld;
influensasjuk; magsjuk; febrig; covidsmittad; hiv-positiv; HIV-positiv; migränsjuk; ME-sjuk; insulinberoende;
beroende av sömntabletter; nyopererad; sjuk i cancer; strålbehandlad; beroende av alkohol; gravid i vecka 12;
gravid i vecka 30; i klimakteriet; kronisk smärtpatient; dialyspatient; psykiatripatient; hjärtpatient;
inkontinent sedan förlossningen; utmattad; sjukskriven på heltid; i remission
"""),
    # care stays: "är X", "har varit X"
    "stay": L("""
inlagd på psyk; inlagd på sjukhus; inlagd på IVA; på intensiven; på behandlingshem; på rehab; på hospice;
inlagd på strokeenheten; inlagd på onkologen; inlagd på BUP; på LVM-hem; tvångsintagen; intagen enligt LPT;
inlagd för observation; på avgiftning; på BB; inlagd på geriatriken; inlagd på hjärtavdelningen;
inlagd på psykiatriska akuten; inlagd på barnavdelningen; inlagd på infektionskliniken; på korttidsboende efter fallet;
på rehabiliteringshem; inlagd på ortopeden; inlagd på lasarettet; inlagd på Sahlgrenska; inlagd på Karolinska;
inlagd på Akademiska; inlagd på SUS; på palliativa avdelningen; inlagd med lunginflammation; på missbruksbehandling;
på Beroendecentrum; inlagd på dialysavdelningen; inlagd på neonatalen; på ätstörningsenheten
"""),
}

# ---------------------------------------------------------------- HEALTH, en
EN_H = {
    "n": L("""
diabetes; type 1 diabetes; type 2 diabetes; asthma; COPD; epilepsy; migraines; migraine; MS; multiple sclerosis;
Parkinson's; Parkinson's disease; dementia; Alzheimer's; early-onset Alzheimer's; rheumatoid arthritis; arthritis;
osteoarthritis; fibromyalgia; lupus; psoriasis; eczema; Crohn's disease; ulcerative colitis; IBS; coeliac disease;
celiac disease; lactose intolerance; severe nut allergy; peanut allergy; hay fever; high blood pressure;
hypertension; atrial fibrillation; heart failure; angina; heart disease; chronic kidney disease; kidney stones;
gallstones; cirrhosis; hepatitis B; hepatitis C; HIV; chlamydia; herpes; endometriosis; PCOS;
postnatal depression; postpartum depression; depression; anxiety; generalised anxiety disorder; panic attacks;
panic disorder; social anxiety; PTSD; burnout; bipolar disorder; schizophrenia; psychosis; anorexia; bulimia; OCD;
ADHD; autism; Asperger's; dyslexia; dyspraxia; Tourette's; Down syndrome; cerebral palsy; spina bifida;
muscular dystrophy; sleep apnoea; sleep apnea; insomnia; narcolepsy; cancer; breast cancer; prostate cancer;
bowel cancer; lung cancer; skin cancer; melanoma; leukaemia; leukemia; lymphoma; Lyme disease; shingles; pneumonia;
bronchitis; Covid; long Covid; flu; norovirus; a UTI; tonsillitis; tinnitus; hearing loss; glaucoma; cataracts;
macular degeneration; a slipped disc; sciatica; whiplash; concussion; a broken leg; a broken wrist; osteoporosis;
gout; anaemia; iron deficiency; hypothyroidism; an underactive thyroid; obesity; chronic pain; back pain;
alcoholism; alcohol addiction; gambling addiction; drug addiction; opioid addiction; cystic fibrosis; haemophilia;
sickle cell disease; vertigo; dizziness; chest pains; palpitations; shortness of breath; nausea; vomiting;
diarrhoea; incontinence; erectile dysfunction; infertility; morning sickness; pre-eclampsia; gestational diabetes;
suicidal thoughts; self-harm; hallucinations; memory loss; seizures; a high fever; ME/CFS; POTS; a stomach bug;
food poisoning; a chest infection; an ear infection; strep throat; glandular fever; mono; sepsis; a hernia;
diabeties; asthama; epilepsey; alzheimers; parkinsons; excema; arthritus; depresion; anxeity; migranes; athsma;
schizophrenia diagnosis; a blood clot; a DVT; a stroke; a heart attack; a mini-stroke; a TIA
"""),
    # after "my/her/his"
    "poss": L("""
diabetes; asthma; epilepsy; migraines; MS; arthritis; rheumatoid arthritis; back pain; chronic pain; anxiety;
depression; ADHD; autism; dyslexia; endometriosis; Crohn's; IBS; eczema; psoriasis; COPD; heart condition;
kidney condition; lung condition; bipolar disorder; PTSD; OCD; eating disorder; chemo; chemotherapy; dialysis;
surgery; hip replacement; knee operation; back operation; C-section; IVF treatment; pregnancy; miscarriage;
cancer diagnosis; MS diagnosis; ADHD diagnosis; autism assessment; rehab; physio; therapy sessions;
counselling sessions; antidepressants; meds; medication; inhaler; insulin; EpiPen; blood pressure medication;
blood pressure tablets; prescription; wheelchair; hearing aids; hearing aid; walker; walking frame; crutches;
oxygen; oxygen concentrator; CPAP machine; insulin pump; glucose monitor; stoma bag; colostomy bag; guide dog;
cast; prosthetic leg; pacemaker; sick note; fit note; medical records; test results; blood test results;
sick leave; disability; condition; illness; cancer treatment; radiotherapy; sleep apnoea; tinnitus; hearing loss;
vertigo; mental health; panic attacks; seizures; addiction; drinking problem; gambling problem; dementia;
Alzheimer's; Parkinson's; long Covid; fibromyalgia; migraine medication; ADHD meds; painkillers; sleeping pills;
anxiety meds; dialysis sessions; chemo sessions; scan results; biopsy results; mammogram results; MRI results;
diagnosis; treatment; recovery from surgery; post-op recovery; stroke; heart attack; ME; POTS; endo
"""),
    # bare medicines: "I take X", "prescription for X"
    "m": L("""
paracetamol; ibuprofen; Tylenol; Advil; Nurofen; codeine; co-codamol; tramadol; oxycodone; morphine;
fentanyl patches; gabapentin; pregabalin; sertraline; Zoloft; citalopram; fluoxetine; Prozac; venlafaxine;
mirtazapine; bupropion; Wellbutrin; lithium; lamotrigine; quetiapine; olanzapine; aripiprazole; diazepam; Valium;
Xanax; lorazepam; zopiclone; melatonin; methylphenidate; Ritalin; Concerta; Adderall; Elvanse; Vyvanse; metformin;
insulin; Ozempic; Wegovy; Mounjaro; warfarin; apixaban; Eliquis; rivaroxaban; Xarelto; low-dose aspirin;
clopidogrel; statins; atorvastatin; simvastatin; ramipril; lisinopril; amlodipine; bisoprolol; metoprolol;
furosemide; levothyroxine; prednisolone; steroids; Ventolin; salbutamol; Symbicort; Seretide; montelukast;
cetirizine; loratadine; antihistamines; an EpiPen; adalimumab; Humira; methotrexate; omeprazole; lansoprazole;
laxatives; Imodium; antibiotics; amoxicillin; penicillin; doxycycline; the contraceptive pill; birth control;
the morning-after pill; HRT; testosterone; estrogen; oestrogen; Viagra; sildenafil; tamoxifen; letrozole;
Antabuse; naltrexone; methadone; buprenorphine; Subutex; nicotine patches; sumatriptan; topiramate;
levetiracetam; Keppra; carbamazepine; valproate; iron tablets; vitamin B12 injections; antidepressants;
antipsychotics; sleeping pills; painkillers; blood thinners; beta blockers; ACE inhibitors; steroid inhalers;
sertraline 50mg; citalopram 20mg; metformin 500mg; propranolol; amitriptyline; nortriptyline; duloxetine;
Cymbalta; Lexapro; escitalopram; Seroquel; Abilify; Lamictal; Strattera; guanfacine; clonazepam; Klonopin;
Ambien; zolpidem; Eliquis 5mg; Dupixent; Stelara; Enbrel
"""),
    # bare treatments: "waiting for X", "scheduled for X"
    "tn": L("""
surgery; hip surgery; knee surgery; back surgery; heart surgery; bypass surgery; chemotherapy; chemo;
radiotherapy; radiation therapy; dialysis; IVF; physiotherapy; physio; CBT; counselling; psychotherapy; rehab;
detox; hip replacement surgery; knee replacement surgery; cataract surgery; gallbladder surgery; a colonoscopy;
an MRI scan; a biopsy; a blood transfusion; a kidney transplant; a bone marrow transplant; stem cell treatment;
hormone therapy; speech therapy; occupational therapy; cancer treatment; immunotherapy; ECT; methadone treatment;
insulin treatment; a mastectomy; a hysterectomy; an endoscopy; a CT scan; gastric bypass surgery;
bariatric surgery; spinal surgery; shoulder surgery; ACL reconstruction; a heart valve replacement; an angioplasty;
a pacemaker fitting; fertility treatment; egg retrieval; an abortion; a termination; trauma therapy; DBT;
an ADHD assessment; an autism assessment; a memory assessment; a dementia assessment; palliative care;
hospice care; home dialysis; pulmonary rehab; cardiac rehab; addiction treatment; inpatient rehab
"""),
    # predicative: "I am X", "she is X"
    "adj": L("""
pregnant; diabetic; asthmatic; epileptic; deaf; hard of hearing; blind; partially sighted; visually impaired;
wheelchair-bound; disabled; paralysed; paralyzed; autistic; dyslexic; bipolar; depressed; anorexic; in recovery;
immunocompromised; terminally ill; chronically ill; seriously ill; on sick leave; signed off sick; HIV positive;
HIV-positive; allergic to penicillin; allergic to nuts; gluten intolerant; lactose intolerant; housebound;
bedridden; infertile; post-op; undergoing chemo; on dialysis; on antidepressants; on blood thinners; in remission;
six months pregnant; 34 weeks pregnant; expecting twins; on maternity leave after a difficult birth; insulin-dependent;
suicidal; severely depressed; sober for two years; a recovering alcoholic; an insulin-dependent diabetic;
registered blind; registered disabled; neurodivergent; on long-term sick leave; recovering from a stroke;
recovering from surgery; recovering from Covid; off work with stress; off sick with flu; going through menopause;
menopausal; hypoglycaemic; anaemic; on oxygen; on crutches; in a wheelchair; in a cast; in chemo
"""),
    # care stays: "is X"
    "stay": L("""
in hospital; in intensive care; in the ICU; in ICU; in hospice care; in a psychiatric ward; on a psychiatric ward;
sectioned; in rehab; in detox; in a care home after the fall; in the maternity ward; on the cardiac ward;
in the stroke unit; in A&E; in the emergency room; in the ER; on the oncology ward; admitted to hospital;
admitted to the psych ward; in a rehabilitation clinic; in residential treatment; in an eating disorder unit;
in the neonatal unit; in the NICU; on a dialysis ward; in palliative care
"""),
}

# ---------------------------------------------------------------- ART9, sv
SV_A = {
    "party": L("""
Socialdemokraterna; Moderaterna; Sverigedemokraterna; Vänsterpartiet; Centerpartiet; Liberalerna;
Kristdemokraterna; Miljöpartiet; Feministiskt initiativ; Piratpartiet; Kommunistiska partiet; Nyans; SSU; MUF;
Ung Vänster; Grön Ungdom; CUF; LUF; KDU; Ungsvenskarna; S-kvinnor; Moderatkvinnorna; Centerkvinnorna; SD; MP;
KD; socialdemokraterna; moderaterna; vänsterpartiet; sverigedemokraterna; miljöpartiet; Sjukvårdspartiet;
Folkpartiet; Medborgerlig Samling; Alternativ för Sverige; Direktdemokraterna; Kristna Värdepartiet;
Sveriges kommunistiska parti; Liberala ungdomsförbundet; Moderata ungdomsförbundet; centern; sossarna; vänstern;
Centerpartiets lokalavdelning; Vänsterpartiets styrelse; SD-föreningen; Socialdemokraternas arbetarekommun;
Rättvisepartiet Socialisterna; Arbetarpartiet
"""),
    "union": L("""
Kommunal; IF Metall; Vision; Vårdförbundet; Sveriges Lärare; Lärarförbundet; Lärarnas Riksförbund; Unionen; Seko;
Handels; Handelsanställdas förbund; Transport; Transportarbetareförbundet; Byggnads; Elektrikerförbundet; Målarna;
Fastighets; Hotell- och restaurangfacket; HRF; GS-facket; Livs; Pappers; Akademikerförbundet SSR;
Sveriges Ingenjörer; Läkarförbundet; Sveriges läkarförbund; Journalistförbundet; Ledarna; Naturvetarna; DIK;
Finansförbundet; Sveriges Arkitekter; Akavia; Civilekonomerna; Polisförbundet; Tandläkarförbundet;
Fysioterapeuterna; Psykologförbundet; Musikerförbundet; Scen & Film; SAC Syndikalisterna; Syndikalisterna;
Officersförbundet; Sveriges Skolledare; facket; fackförbundet; fackföreningen; LO-facket; Saco-förbundet;
TCO-förbundet; kommunal; if metall; unionen; Byggnads avdelning 3; Kommunal Väst; Seko Stockholm;
Vårdförbundets avdelning; Transportfacket
"""),
    "rel": L("""
muslim; kristen; katolik; katolsk; ortodox; syrisk-ortodox; ortodox kristen; jude; judisk; buddhist; hindu; sikh;
ateist; agnostiker; troende; frikyrklig; pingstvän; baptist; laestadian; Jehovas vittne; mormon; shiamuslim;
sunnimuslim; praktiserande muslim; praktiserande katolik; konvertit; humanist; religiös; djupt troende; bahá'í;
alevit; asatroende; muslimsk; kristen sedan barnsben; troende muslim; troende kristen; ortodox jude; adventist;
frälsningssoldat; zoroastrier; shintoist; sikhisk; hinduisk; buddhistisk; Muslim; Kristen; Katolik
"""),
    "relpl": L("""
muslimer; kristna; katoliker; judar; buddhister; hinduer; sikher; ateister; troende; pingstvänner; laestadianer;
Jehovas vittnen; mormoner; ortodoxa kristna; frikyrkliga; praktiserande muslimer; religiösa; shiamuslimer;
sunnimuslimer; adventister; baptister; ortodoxa judar; aleviter; troende kristna; syrisk-ortodoxa
"""),
    "cong": L("""
Svenska kyrkan; Katolska kyrkan; Equmeniakyrkan; Pingstkyrkan; Pingstförsamlingen; Livets Ord; EFS;
Frälsningsarmén; Jehovas vittnen; Syrisk-ortodoxa kyrkan; Serbisk-ortodoxa kyrkan; Finska ortodoxa församlingen;
Judiska församlingen; Humanisterna; Hillsong; Adventistsamfundet; Jesu Kristi Kyrka av Sista Dagars Heliga;
Scientologikyrkan; Islamiska församlingen; Ahmadiyya-församlingen; Evangeliska frikyrkan; Svenska Alliansmissionen;
Missionskyrkan; Baptistförsamlingen; Eritreansk-ortodoxa kyrkan; Koptiska kyrkan; Buddhistiska samfundet;
Svenska kyrkans unga; svenska kyrkan; Sankt Eriks katolska församling; Filadelfiaförsamlingen; Smyrnakyrkan;
Vineyard; Sikhiska församlingen; Hinduiska templet; moskéföreningen; Bosniakiska islamiska samfundet;
Shiamuslimska församlingen; Laestadianska församlingen
"""),
    "eth": L("""
same; samisk; romsk; rom; resande; kurd; kurdisk; assyrier; syrian; tornedaling; sverigefinne; judisk; afrosvensk;
ezidier; armenier; tatar; kven; romsk resande; finsk rom; nordsame; sydsame; lulesame; sverigefinsk; kurdiska;
samiska; romska; somalisk; eritreansk; afghansk; tigray; amazigh; uigur; tamil; hazara
"""),
    "ethpl": L("""
samer; romer; resande; kurder; assyrier; syrianer; tornedalingar; sverigefinnar; ezidier; armenier; kvener;
hazarer; uigurer; tamiler; afrosvenskar
"""),
    "ethbg": L("""
romsk bakgrund; samisk bakgrund; kurdisk bakgrund; assyrisk bakgrund; judisk bakgrund; samiska rötter;
tornedalska rötter; finsk-romsk bakgrund; eritreansk bakgrund; somalisk bakgrund; syriansk bakgrund;
armenisk bakgrund; afrikansk härkomst; samisk härkomst; romsk härkomst; judisk härkomst; kurdisk härkomst;
afghansk bakgrund; palestinsk bakgrund; bosnisk bakgrund; iransk bakgrund; sverigefinsk bakgrund
"""),
    "pol": L("""
sosse; socialdemokrat; moderat; sverigedemokrat; vänsterpartist; kommunist; socialist; marxist; anarkist; liberal;
centerpartist; kristdemokrat; miljöpartist; feminist; nationalist; republikan; monarkist; pacifist; klimataktivist;
djurrättsaktivist; SD-väljare; partipolitiskt aktiv; fackligt aktiv; borgerlig; vänsteraktivist; antirasist;
syndikalist; aktiv sosse; gammal kommunist; övertygad socialist; medlem i partiet sedan länge; partiaktiv;
politiskt aktiv; fackligt förtroendevald; skyddsombud för facket; vänsterradikal; högerextrem; nazist; rojalist;
S-väljare; M-väljare; V-väljare; miljöaktivist; aktiv i Extinction Rebellion; aktiv i Greenpeace; fredsaktivist
"""),
    "sex": L("""
homosexuell; gay; bög; lesbisk; bisexuell; bi; queer; pansexuell; asexuell; homo; polyamorös; HBTQ; hbtq;
homosexuella; bisexuella; öppet homosexuell; öppet bi; gay sedan länge
"""),
    "couple": L("""
samkönat par; samkönat gift par; lesbiskt par; gaypar; homosexuellt par; regnbågspar; två mammor; två pappor
"""),
    "crime": L("""
är dömd för rattfylleri; dömdes för misshandel; satt på anstalt; sitter på anstalt; satt i fängelse i tre år;
har suttit inne; sitter inne; är villkorligt frigiven; har fotboja; avtjänar straff med fotboja; fick skyddstillsyn;
dömdes till samhällstjänst; fick ungdomstjänst; står i belastningsregistret; finns i belastningsregistret;
åkte fast för snatteri; dömdes för snatteri; dömdes för bedrägeri; är misstänkt för bedrägeri;
är åtalad för stöld; sitter häktad; är anhållen; greps av polisen förra veckan;
fick böter för ringa narkotikabrott; dömdes för ringa narkotikabrott; har kontaktförbud; dömdes för olaga hot;
är dömd för grov stöld; dömdes för skattebrott; fälldes för hets mot folkgrupp; har en dom för ofredande;
dömdes för dataintrång; är dömd för bokföringsbrott; dömdes för vapenbrott; är dömd för narkotikabrott;
fick villkorlig dom; dömdes till fängelse; är dömd till rättspsykiatrisk vård; fick fängelse för grovt rån;
är tidigare straffad; är straffad för rattfylleri; sitter på Kumla; släpptes från anstalten i våras;
har frivården; står under övervakning av frivården; dömdes för grovt rattfylleri; dömdes för vållande till kroppsskada;
dömdes för häleri; fick fängelse för narkotikabrott; dömdes för våld mot tjänsteman; åkte dit för rattfylleri;
har en fällande dom; har prickar i belastningsregistret; dömdes för ringa stöld; avtjänar ett straff; sitter i fängelse;
dömdes för mordbrand; är dömd för sexualbrott; har varit på ungdomshem; sitter på SiS-hem; dömdes för egenmäktighet med barn
"""),
}

# ---------------------------------------------------------------- ART9, en
EN_A = {
    "vote": L("""
Labour; Conservative; Tory; Lib Dem; Green; SNP; Reform; Plaid; Sinn Féin; Democrat; Republican; Fine Gael;
Fianna Fáil; Social Democrat; CDU; SPD; Green Party; AfD; Die Linke; FDP; Sweden Democrats; Left Party
"""),
    "polnoun": L("""
Labour member; Tory; Conservative; Liberal Democrat; Green Party member; socialist; communist; Marxist; anarchist;
libertarian; monarchist; republican; feminist; trade unionist; Democrat; Republican; Brexiteer; Remainer;
climate activist; pro-life campaigner; pro-choice activist; Labour councillor; Tory councillor; SNP voter;
Reform voter; Green voter; Lib Dem voter; Labour voter; Tory voter; Social Democrat; card-carrying Labour member;
lifelong socialist; party activist; local party chair; committed Marxist; far-right; far-left; nationalist;
Extinction Rebellion activist; animal rights activist; anti-fascist activist
"""),
    "partythe": L("""
Labour Party; Conservative Party; Green Party; Liberal Democrats; Democratic Party; Republican Party;
Social Democrats; Left Party; Sweden Democrats; Christian Democrats; Centre Party; Pirate Party; Communist Party;
Scottish National Party; Socialist Workers Party; Workers' Party; Moderate Party; Liberal Party
"""),
    "partybare": L("""
CDU; SPD; Die Linke; FDP; Sinn Féin; Fine Gael; Fianna Fáil; Plaid Cymru; Reform UK; PSOE; Podemos; Vox;
Fratelli d'Italia; D66; VVD; GroenLinks; PvdA; La France Insoumise; PiS; Venstre; Moderaterna;
Socialdemokraterna; Vänsterpartiet; Bündnis 90/Die Grünen; Sumar; Partido Popular; Movimento 5 Stelle;
Fine Gael's local branch; Labour's local branch; Momentum
"""),
    "union": L("""
Unite; UNISON; GMB; RMT; NEU; RCN; BMA; PCS; CWU; Usdaw; NASUWT; EIS; ASLEF; Equity; Prospect; ver.di; IG Metall;
CGT; CFDT; CCOO; UGT; CGIL; FNV; SIPTU; Forsa; Teamsters; UAW; Kommunal; IF Metall; Unionen; the union;
the Royal College of Nursing; the British Medical Association; the National Education Union; Unite the Union;
the Teamsters; the nurses' union; the teachers' union; a trade union; the dockers' union
"""),
    "rel": L("""
Muslim; Christian; Catholic; Roman Catholic; Jewish; Orthodox Jewish; Buddhist; Hindu; Sikh; atheist; agnostic;
Mormon; Evangelical; born-again Christian; Anglican; Methodist; Baptist; Quaker; Pentecostal; Greek Orthodox;
Coptic; Protestant; devout Catholic; practising Muslim; religious; Pagan; Rastafarian; Bahá'í; Zoroastrian;
Shia Muslim; Sunni Muslim; Ismaili; Jain; Hasidic; Seventh-day Adventist; Lutheran; Presbyterian; humanist;
a Jehovah's Witness; an observant Jew; a practising Catholic; a devout Muslim; a churchgoer; a convert to Islam;
muslim; catholic; jewish; christian
"""),
    "eth": L("""
Roma; Romani; Sámi; Kurdish; Black British; mixed-race; British Asian; Afro-Caribbean; Indigenous; Aboriginal;
Latino; Latina; Hispanic; Arab; Amazigh; Tamil; Uyghur; Chechen; Black; Assyrian; Yazidi; of Nigerian descent;
of Pakistani heritage; of Somali origin; half Vietnamese; an Irish Traveller; a Traveller; Romani Gypsy;
of Roma origin; Kurdish-Iranian; Black Caribbean; mixed White and Black African; Bangladeshi-British;
of Turkish Cypriot descent; Sikh Punjabi; Māori; Native American; First Nations; Inuit
"""),
    "sex": L("""
gay; lesbian; bisexual; bi; queer; pansexual; asexual; homosexual; LGBTQ+; polyamorous; openly gay; a gay man;
a lesbian; bi-curious; in an open relationship; in a polyamorous relationship; out as gay; gay, by the way
"""),
    "couple": L("""
same-sex couple; gay couple; lesbian couple; queer couple; married same-sex couple; two-mum family;
two-dad family
"""),
    "crime": L("""
has a criminal record; was convicted of fraud; served time in prison; did time for burglary; is on probation;
is on parole; was convicted of drink-driving; got a DUI; has a DUI; was arrested for shoplifting;
pleaded guilty to assault; has a conviction for theft; spent two years in jail; was jailed for dangerous driving;
has a spent conviction; is on the sex offenders register; was cautioned for possession;
has a restraining order against him; was fined for drug possession; did community service for vandalism;
wears an electronic tag; wears an ankle monitor; was released from prison last month;
was convicted of tax evasion; was convicted of money laundering; was found guilty of harassment;
got a suspended sentence; got a custodial sentence; has a record for shoplifting; was charged with assault;
was remanded in custody; is in prison; is serving a sentence; got six months for affray; has a caution for theft;
was done for drink-driving; has previous convictions; was convicted of domestic abuse; served eight months for fraud;
is awaiting trial for burglary; was arrested at a protest; got a DWI; has an assault conviction;
was sentenced to community service; was convicted of stalking; is out on licence; did a stint in juvie;
has a juvenile record; was banned from driving for drink-driving
"""),
}


# ---------------------------------------------------------------- names
SV_FIRST = L("""
Anna; Eva; Maria; Karin; Kristina; Lena; Sara; Emma; Ingrid; Malin; Linnea; Elin; Johanna; Sofia; Ida; Hanna; Jenny;
Camilla; Åsa; Birgitta; Margareta; Gunilla; Ulla; Siv; Gun; Marianne; Ewa; Helena; Susanne; Annika; Petra; Therese;
Frida; Matilda; Wilma; Alva; Elsa; Astrid; Ebba; Agnes; Saga; Tilde; Moa; Nora; Leila; Fatima; Amina; Aisha; Zeynep;
Yasmin; Nour; Mariam; Hiba; Sanna; Pirjo; Tuula; Aino; Kaisa; Jelena; Dragana; Anh; Lina; Isra; Erik; Lars; Karl;
Anders; Johan; Per; Nils; Jan; Mikael; Hans; Olof; Lennart; Gunnar; Sven; Bengt; Göran; Kjell; Stig; Leif; Rolf; Åke;
Thomas; Daniel; Fredrik; Magnus; Stefan; Mattias; Jonas; Andreas; Niklas; Marcus; Oskar; Viktor; Filip; Hugo; Elias;
Liam; Noah; Lucas; Alexander; Axel; Wilmer; Ludvig; Sixten; Mohammed; Ahmed; Ali; Hassan; Omar; Yusuf; Ibrahim;
Mustafa; Mehmet; Emre; Kerem; Dragan; Nikola; Milan; Jukka; Mikko; Tapio; Minh; Arvid; Ove; Kent; Conny; Roger; Tommy;
Jimmy; Jörgen; Ulf; Björn; Rickard; Tobias; Sebastian; Emil; Albin; Melvin; Isak; Adam; Malte; Ebbe; Sigge; Valter;
Nils-Erik; Per-Olof; Jan-Åke; Ann-Britt; Eva-Lena; Anna-Karin; Lise-Lott; Karl-Johan; Ingela; Monica; Yvonne;
Pernilla; Jessica; Rebecka; Josefin; Amanda; Lovisa; Signe; Märta; Greta; Vera; Selma; Majken; Britt-Marie
""")

SV_LAST = L("""
Andersson; Johansson; Karlsson; Nilsson; Eriksson; Larsson; Olsson; Persson; Svensson; Gustafsson; Pettersson;
Jonsson; Jansson; Hansson; Bengtsson; Jönsson; Lindberg; Jakobsson; Magnusson; Olofsson; Lindström; Lindqvist;
Lindgren; Berg; Axelsson; Bergström; Lundberg; Lind; Lundgren; Lundqvist; Mattsson; Berglund; Fredriksson;
Sandberg; Henriksson; Forsberg; Sjöberg; Wallin; Engström; Eklund; Danielsson; Lundin; Håkansson; Björk; Bergman;
Gunnarsson; Holm; Wikström; Samuelsson; Isaksson; Fransson; Bergqvist; Nyström; Holmberg; Arvidsson; Löfgren;
Söderberg; Nyberg; Blomqvist; Claesson; Nordström; Hussein; Yilmaz; Nguyen; Kovačević; Virtanen; Korhonen; Åberg;
Öberg; Ström; Hedlund; Sundberg; Sjögren; Dahl; Hermansson; Abdi; Mohamud; Hassan; Rahimi; Karimi; Haddad; Jovanović;
Petrović; Nowak; Kaya; Demir; Öztürk; Tran; Le; Mäkinen; Heikkinen; Lundmark; Nordin; Sundström; Ekström; Holmgren;
Strand; Falk; Lund; Ahmadi; Mansour; Svärd; Grahn; Wiklund; Boström; Nordqvist
""")

EN_FIRST = L("""
Oliver; Amelia; Liam; Sophie; James; Olivia; Thomas; Charlotte; Daniel; Hannah; Marco; Giulia; Lukas; Lena; Pierre;
Camille; Katarzyna; Piotr; Seán; Aoife; Rajesh; Priya; Wei; Mei; Kenji; Carlos; Lucía; João; Ana; Dimitris; Eleni;
Mateusz; Niamh; Declan; Omar; Chloe; Ethan; Grace; Isabel; Sebastian; Matteo; Chiara; Jakob; Anouk; Freya; Harry;
George; Jack; Emily; Jessica; Rebecca; Siobhan; Ciarán; Tomás; Élodie; Mathilde; Julien; Antoine; Bernd; Jürgen;
Anja; Katrin; Paulina; Zofia; Agnieszka; Florian; Maximilian; Lorenzo; Francesca; Sofía; Javier; Miguel; Inês;
Beatriz; Andrei; Ioana; Mihai; Nikos; Kostas; Marek; Lucie; Tereza; Bence; Réka; Aisling; Rory; Fiona; Callum; Ewan;
Hamish; Imran; Aaliyah; Kwame; Ngozi; Chidi; Samira; Yara; Tariq; Noor; Mark; Sarah; Laura; Paul; Helen; Michael;
David; Emma; Anna; Sam; Alex; Chris; Jo; Kate; Ben; Tom; Lucy; Ruth; Dan
""")

EN_LAST = L("""
Smith; Jones; Taylor; Brown; Williams; Wilson; Evans; Thomas; Johnson; Roberts; Walker; Wright; Robinson; Thompson;
White; Hughes; Edwards; Green; Hall; Müller; Schmidt; Schneider; Fischer; Weber; Dubois; Martin; Bernard; Rossi;
Russo; Bianchi; Ferrari; García; Martínez; López; Silva; Santos; Kowalski; Nowak; Wiśniewska; de Vries; Jansen;
van Dijk; Murphy; O'Brien; Kelly; Byrne; Papadopoulos; Novák; Horváth; Nielsen; Hansen; Virtanen; Moreau; Lefèvre;
Fontaine; Becker; Hoffmann; Schäfer; Koch; Richter; Esposito; Romano; Colombo; Sánchez; Pérez; Gómez; Fernandes;
Oliveira; Costa; Popescu; Ionescu; Kovács; Szabó; Dvořák; Jankowski; Lewandowska; Peeters; Janssens; Maes;
O'Sullivan; McCarthy; Doyle; Walsh; Campbell; MacDonald; Stewart; Patel; Khan; Singh; Okafor; Mensah; Chen; Wang;
Tanaka; Nakamura; Ahmed; Hussain; Ali; Clarke; Lewis; Harris; Morgan; Cooper; Bailey; Price-Jones; Lloyd-Davies
""")

# ---------------------------------------------------------------- neutral fillers
SV_CITIES = L("""
Stockholm; Göteborg; Malmö; Uppsala; Västerås; Örebro; Linköping; Helsingborg; Jönköping; Norrköping; Lund; Umeå;
Gävle; Borås; Södertälje; Eskilstuna; Halmstad; Växjö; Karlstad; Sundsvall; Östersund; Trollhättan; Luleå; Kalmar;
Kristianstad; Skövde; Falun; Skellefteå; Karlskrona; Visby; Kiruna; Nyköping; Varberg; Uddevalla; Motala; Ystad;
Piteå; Härnösand; Örnsköldsvik; Mora; Borlänge; Ludvika; Hudiksvall; Sollefteå; Arvika; Katrineholm; Alingsås
""")
EN_CITIES = L("""
Dublin; Berlin; Amsterdam; Paris; Madrid; Lisbon; Rome; Milan; Vienna; Brussels; Copenhagen; Helsinki; Warsaw;
Prague; Budapest; Munich; Hamburg; Lyon; Barcelona; Rotterdam; Cork; Manchester; London; Edinburgh; Bristol;
Stockholm; Gothenburg; Malmö; Uppsala; Tallinn; Riga; Vilnius; Luxembourg; Athens; Zagreb
""")
SV_PRODUCTS = L("""
kaffebryggaren; dammsugaren; jackan; vinterskorna; hörlurarna; mobilskalet; barnvagnen; soffan; madrassen;
routern; tv:n; diskmaskinen; cykelhjälmen; paraplyet; lampan; stekpannan; regnjackan; sänggavlarna; skrivbordsstolen;
gardinerna; vattenkokaren; tältet; gymväskan; löparskorna; kaffekvarnen; mixern; surfplattan; laddaren;
tröjan; jeansen; duntäcket; bokhyllan; elvispen; robotgräsklipparen; termosen; ryggsäcken
""")
EN_PRODUCTS = L("""
coffee maker; vacuum cleaner; winter jacket; headphones; phone case; pram; sofa; mattress; router; TV; dishwasher;
bike helmet; umbrella; desk lamp; frying pan; rain jacket; office chair; curtains; kettle; tent; gym bag;
running shoes; blender; tablet stand; charger; jumper; jeans; duvet; bookshelf; hand mixer; robot mower; backpack;
suitcase; smartwatch; air fryer; electric toothbrush
""")
SV_STREETS = L("""
Storgatan; Drottninggatan; Kungsgatan; Skolgatan; Parkvägen; Björkvägen; Ringvägen; Järnvägsgatan; Östra Långgatan;
Tallvägen; Ekbacken; Granvägen; Solrosvägen; Bäckvägen; Hamngatan; Nygatan; Allégatan; Kvarngatan
""")


# person-neutral predicatives (no pregnancy / menopause terms) for male or elderly subjects
SV_H["adjm"] = [x for x in SV_H["adj"] if not re.search("gravid|klimakteri|förlossning", x)]
EN_H["adjm"] = [x for x in EN_H["adj"] if not re.search("pregnan|twins|menopaus|maternity|birth", x)]

# sex-neutral conditions and care stays, for templates whose subject is a named relative
_SEXSPEC_SV = "endometrio|PCOS|myom|klimakteri|havandeskap|foglossning|förlossning|graviditet|bäckenbotten|prolaps|" \
              "framfall|prostata|erektion|BB|neonatal|barnavdelning|BUP|gravid"
_SEXSPEC_EN = "endometriosis|PCOS|postnatal|postpartum|morning sickness|pre-eclampsia|gestational|erectile|prostate|" \
              "miscarriage|maternity|NICU|neonatal|pregnan"
SV_H["nm"] = [x for x in SV_H["n"] if not re.search(_SEXSPEC_SV, x)]
SV_H["staym"] = [x for x in SV_H["stay"] if not re.search(_SEXSPEC_SV, x)]
EN_H["nm"] = [x for x in EN_H["n"] if not re.search(_SEXSPEC_EN, x)]
EN_H["staym"] = [x for x in EN_H["stay"] if not re.search(_SEXSPEC_EN, x)]
