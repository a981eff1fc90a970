# -*- coding: utf-8 -*-
# Swedish sentence templates for corpus h4.  One template per line, grouped by
# "## domain".  Syntax: see generate.py (docstring).
T = r"""
## generic
Jag röstar på {A:party} men det har ingenting med saken att göra.
Som {A:pol} vill jag inte att mina pengar går till den här typen av kampanjer.
Min pappa är {A:pol} och blir rasande varje gång era utskick kommer.
Jag är {A:sex} och blev väldigt illa bemött av er personal.
Jag är {A:pol} och tycker att era annonser är politiskt vinklade.
Jag är {A:rel} och vill veta om ni kan ta hänsyn till det vid bokningen.
Jag vill att ni raderar [mitt {@fingeravtryck}|mina {@fingeravtryck}|min {@ansiktsbild för ansiktsigenkänning}|mina {@biometriska uppgifter}|mitt {@röstavtryck}] ur ert system.
Min bror {A:crime} och jag undrar om det påverkar oss som bor på samma adress.
Jag har väntat i över en vecka på svar och börjar bli riktigt irriterad.
Kan någon ringa upp mig? Jag har försökt nå er [hela förmiddagen|i tre dagar|sedan i måndags].
Tack för snabbt svar, det löste sig[!| 🙂|!! 🙏|.]
Jag förstår inte riktigt vad ni menar i ert senaste [mejl|brev|sms].
Var hittar jag [blanketten|formuläret|rätt länk] på er hemsida? Har letat överallt.
Hur lång är handläggningstiden [just nu|i dagsläget|ungefär]?
Har skickat in allt ni bad om men inget händer[.|...|!]
Jag vill klaga på bemötandet jag fick [i telefon|i receptionen|i chatten] [igår|i förrgår|förra veckan].
Det står olika saker på er hemsida och i brevet jag fick – vad gäller egentligen?
Inloggningen med BankID fungerar inte, det bara snurrar.
Svara gärna på mejl istället för att ringa, jag jobbar dagtid.
Finns det någon som pratar [arabiska|somaliska|finska|persiska|tigrinja|polska]? Min mamma förstår inte svenska så bra.
Hej igen, har fortfarande inte fått något besked.
Jag har bifogat [en bild|ett foto|en skärmdump|kvittot] så ni ser vad jag menar.
Vill bara dubbelkolla att ni har fått mitt mejl?
Jag är så trött på att bli kopplad runt mellan olika avdelningar.
Ert telefonsystem lägger på efter [tjugo|trettio|fyrtio] minuter i kö, det är inte okej.
Varför står det att mitt ärende är avslutat när ingen har hört av sig?
Skulle uppskatta ett skriftligt svar så jag har något att visa upp.
ok men vad händer nu då
Tack, då väntar jag på besked.
Jag bor i {STAD} och undrar om samma regler gäller här.
Snälla hör av er innan {VDAG}, det är bråttom.
Sidan ger bara ett felmeddelande när jag trycker på skicka.
Kan ni skicka det med vanlig post istället? Jag är inte så van vid datorer.
Vem är ansvarig för det här? Jag vill prata med en chef.
Det här är tredje gången jag skriver om samma sak.
Ni har skickat brevet till min gamla adress på {GATA}, trots att jag flyttade för länge sedan.
Kan man boka en tid för att komma in och prata?
[Blir|Är] väldigt tacksam för hjälp med detta!
Hej, snabb fråga: har ni öppet i mellandagarna?
Jag har inget emot att vänta men jag vill veta ungefär hur länge.
Förlåt om jag skriver på fel ställe, visste inte vart jag skulle vända mig.
Mitt personnummer är {PNR}.
[Pnr|Personnr|Personnummer|pnr]: {PNR}
Jag har bara samordningsnummer än så länge: {SAM}.
Ni når mig på {PHONE} [efter kl 16|hela dagen|mellan 8 och 12|på förmiddagen].
Ring gärna på {MOBILE} istället, jag har bytt nummer.
Min mejl är {EMAIL} om ni vill skicka [underlaget|kopian|bekräftelsen] dit.
Jag heter {NAME} och skriver angående [min faktura|mitt ärende|min ansökan|min bokning].
Jag skriver för min pappas räkning, han heter {NAME} och har personnummer {PNR}.
Jag skriver å min mammas vägnar – {NAME}, {PNR}. Jag har fullmakt.
Har ni rätt nummer till mig? Det ska vara {MOBILE}.
Nytt telefonnummer: {PHONE}, den gamla mejladressen gäller inte längre, använd {EMAIL}.
Jag har {H:n} och klarar inte av att stå i kö så länge.
Förlåt sent svar, jag har legat hemma med {H:n}.
Jag har varit inlagd på grund av {H:d} och har därför missat [era brev|sista betalningsdag|mötet].
Min [sambo|man|fru|partner] har {H:nm} så jag sköter all kontakt med er just nu.
Svarar lite sporadiskt eftersom jag är {![sjukskriven|långtidssjukskriven|nyopererad|deprimerad|utbränd|sängliggande|förkyld|magsjuk|febrig|influensasjuk]}.
Jag är {H:adj} och orkar inte riktigt med allt pappersarbete, kan ni förenkla?
Jag har {H:n} så jag föredrar mejl framför telefon.
Min mamma är {H:staym} och jag försöker sköta hennes ärenden under tiden.
Det här är {~sjukt} dålig service ärligt talat.
Jag blir {~galen} på er telefonkö!
Ert system verkar ha fått {~hicka} igen, inget fungerar.
Er hemsida {~kraschar} varje gång jag försöker logga in.
Fick ett konstigt mejl från er, är det {~virus} eller?
Länken i mejlet är {~död}, den leder ingenstans.
Det är {~sjukt} smidigt när det väl fungerar, ska sägas.
Tror det är ett {~symtom} på att ni har för lite personal.
Ni verkar ha {~döva öron} för alla klagomål.
Det där var en ganska {~lam} ursäkt om ni frågar mig.
Inget att {~nysa åt} precis, men bättre än inget.
Har ni {~ont om} personal eller varför tar allt så lång tid?
Jag är nog {~allergisk} mot telefonköer vid det här laget 😅
Det här ärendet har blivit en riktig {~huvudvärk} för hela familjen.
Att ringa er är som att prata med en vägg, {~tokigt} alltså.
Kan ni {~diagnostisera} vad som är fel på kontot?
Vi är {^sex} personer i hushållet, spelar det någon roll?
Jag har försökt {^sex} gånger nu utan att komma fram.
Jag tror att ni har {^fingeravtryck} över hela skärmen i receptionen, den går knappt att läsa 😂
Vad {^Pride-veckan} innebär för era öppettider kan ni väl skriva på hemsidan?
Det luktar {^straffavgift} lång väg, och det tycker jag inte är rimligt.
Hela upplägget verkar {^dömt att misslyckas} om ni frågar mig.
Stängt på {^Kristi himmelsfärdsdag}? Det stod ingenting om det.
Har ni öppet på {^allhelgonaafton}?
Enligt beslutet ska det vara klart {DATE}, stämmer det fortfarande?
Ni skrev att beslut skulle komma senast {DATE}.
Ärendenumret ni gav mig var {TICKET}, om det hjälper.
Jag hänvisar till ärende {TICKET}.
Skickade in allt den {DATE} men har inte fått någon bekräftelse.

Jag har ett presentkort från er, nummer {GIFT16}, men saldot syns inte.
Försändelsen har spårningsnummer {TRACK} enligt sms:et.
Avtalsnumret är {ORDER12} om ni behöver det.
Fakturan kom från ett bolag med org.nr {ORGNR}, är det ert inkassobolag?
Ordernr {ORDER10} – kan ni kolla status?
Beställningen {ORDER10} gjordes {DATE} och har fortfarande inte skickats.
Kundnummer: {ORDER10}
Ärende {ORDER10}, ni bad mig höra av mig igen.

Den här kön är ju rena {~[dårhuset|galenskapen|vansinnet]}.
Er app är {~[sjukt|sjukligt|vansinnigt|hysteriskt]} långsam[ idag|| just nu].
Jag fick nästan en {~hjärtattack} när jag såg fakturan 😅
Jag {~dör} av skratt åt ert senaste utskick.
Supporten var en {~mardröm} från början till slut.
Hela systemet har {~kollapsat} igen — tredje gången i veckan.
Er nya hemsida är en {~plåga} att använda.
Det {~kliar} i fingrarna att säga upp avtalet.
Nu får jag {~spader} på er chatt.
Ni har en {~blind fläck} när det gäller äldre kunder.
Handläggningen {~haltar} rejält, det märks.
Er kundtjänst verkar lida av {~minnesförlust}, jag har förklarat tre gånger.
Systemet har {~[demens|alzheimer|minnesluckor]}, det glömmer allt jag fyller i.
Ni behöver en {~hjärntransplantation} på er självservice.
Det här {~smittar} av sig, hela familjen har börjat handla hos er.
Vi har {~allergi} mot pappersfakturor här hemma 😄
Det var {~kliniskt} rent och snyggt den här gången, tack!
{~Kirurgisk} precision på leveransen, bra jobbat.
Det är ingen {~quick fix}, men det är en början.
Er förklaring var som att {~svälja} en stor tablett, men ok.
Det var som att {~väcka en död}, men till slut svarade någon.
Jag tappar {~pulsen} varje gång jag ringer er växel 😂
Pressmeddelandet från {^partiet} om elpriset säger något helt annat.
Enligt {^[Moderaternas|Socialdemokraternas|Centerpartiets|Vänsterpartiets]} vallöfte skulle det här bli billigare.
{^Kommunals} strejk – är det därför allt är försenat?
Ni är väldigt {^konservativa} med era öppettider.
{^Liberala} regler för retur? Knappast.
Ni utlovade {^radikala} prissänkningar men jag ser inga.
Det är nästan en {^religion} för er att krångla till saker.
Jag läser era villkor {^religiöst} men förstår dem ändå inte.
Ni har tagit {^sextio} kronor för mycket.
Det har gått {^sexton} dagar sedan jag ringde.
Arbetet var inte {^fackmannamässigt} utfört.
Er {^vision} om nöjda kunder känns avlägsen just nu.
Kvalitet sitter i {^DNA:t} hos er, påstår reklamen.
Det kändes som ett {^förhör} när jag ringde er.

## municipality
Min son är {A:sex} och blir mobbad på fritidsgården, vad gör ni åt det?
Vi har gjort ett {@faderskapstest} och vill nu ändra vårdnaden, vem ska vi kontakta?
Min granne är medlem i {A:party} och hänger upp affischer i trapphuset, är det tillåtet?
Hej, jag undrar hur man ansöker om bygglov för ett [attefallshus|plank|carport|uterum].
Soptunnan har inte tömts på [två|tre] veckor på {GATA}, vad händer?
Kan jag få en plats på förskolan närmare hemmet? Nu är det [tre|fyra] kilometer.
När kommer snöröjningen till vår gata? Det är omöjligt att ta sig fram.
Gatlyktan utanför {GATA} [nummer|nr] {N} har varit trasig sedan i höstas.
Hur gör jag för att överklaga beslutet om [bygglovet|förskoleplatsen|parkeringstillståndet]?
Vem ansvarar för lekplatsen i parken? Gungan är sönder.
Jag vill anmäla störande grannar som spelar hög musik på nätterna.
Min mamma har {H:nm} och klarar inte längre att bo hemma, hur ansöker vi om särskilt boende?
Pappa har fått {H:dx} och vi behöver utöka hemtjänsten till fler besök per dag.
Ansökan om bostadsanpassning: jag har {H:aid} och kommer inte in i duschen.
Jag behöver parkeringstillstånd för rörelsehindrade eftersom jag har {H:n} och kan inte gå långt.
Vår son har {H:nm} och vi undrar om han kan få en kontaktperson via LSS.
Hemtjänsten glömde att ge mamma {H:m} i helgen, det får inte hända igen.
Jag har ansökt om färdtjänst eftersom jag använder {H:aid}, hur lång är handläggningstiden?
Farmor är {H:adjm} och behöver trygghetslarm, vem pratar jag med?
Min bror är {![dement|psykiskt sjuk|bipolär|utvecklingsstörd|hjärnskadad efter olyckan|missbrukare]} och behöver hjälp med ekonomin – kan kommunen ordna god man?
Kan personalen på boendet se till att pappa tar {H:md}? Han glömmer.
Jag är [förälder|vårdnadshavare] till ett barn med {H:n} och vill ansöka om avlösarservice.
Hemtjänsten måste känna till att min mamma har {H:nm} och inte får äta vad som helst.
Maten på äldreboendet måste vara halal, min far är {A:rel}.
Min pappa är {A:rel} och vill inte att manlig personal ska duscha min mamma.
Vi är {A:relpl} och önskar fläskfri kost till min mamma på boendet.
Jag är {A:eth} och vill veta hur kommunen arbetar med förvaltningsområdet för minoritetsspråk.
Jag är medlem i {A:party} och sitter i nämnden men skriver här som privatperson.
Eftersom jag är aktiv i {A:party} vill jag inte att mitt namn står i protokollet som klagande.
Min man {A:crime} och nu undrar socialtjänsten om vi klarar att ha barnen hemma.
Vi är ett {A:couple} och vill anmäla intresse för att bli familjehem.
Jag har {A:ethbg} och upplever att handläggaren behandlade mig annorlunda.
Kan man få kommunens {^pressmeddelande} om budgeten på lätt svenska?
Vad gäller för {^partiförsäljning} av möbler på återvinningscentralen?
Tider för {^kyrkans} julmarknad på torget – är det kommunen som håller i den?
Stämmer det att {^facket} och kommunen fortfarande förhandlar om fritidshemmens öppettider?
Det står att {^vaccinationsbussen} kommer till torget på {VDAG}, vilken tid?
Vilka är {~vårdcentralens} öppettider under sommaren?
Är {~hjärtstartaren} vid simhallen flyttad? Den satt vid entrén förut.
Finns det {~rullstolsramp} vid nya biblioteksentrén?
Nya sopsorteringen är {~sjukt} krånglig, kan ni förklara igen?
Kommunens e-tjänst har {~kraschat} tre gånger idag.
Bygglovsansökan {ORDER10} – när kan vi räkna med beslut?
Fakturan för vatten och avlopp, fakturanummer {ORDER10}, verkar vara dubblerad.
Betalade avgiften med OCR {OCR} men den syns inte som betald.
Diarienummer {TICKET}, vill ha en kopia av beslutet.
Jag vill begära ut handlingar i ärende {TICKET}.
Bygglovet hör till fastigheten som ägs av bostadsrättsföreningen, org.nr {ORGNR}.
Renhållningsavgiften för {MAN} är fel, kundnummer {ORDER10}.
Hemtjänstens personal kommer vid olika tider varje dag – går det att få ett schema?
Vår ansökan om skolskjuts har inte behandlats, vi skickade in den {DATE}.

## healthcare
{~Apotek Hjärtat} vid torget har stängt, var ligger närmaste?
{~Kronans Apotek} i gallerian har ändrat öppettider, stämmer det?
Leveransen gick till {~vårdcentralen} istället för till mig, adressen var fel.
Anordnar regionen {~HLR-kursen} för föreningar i höst?
Var sitter {~hjärtstartaren} i nya huset?
Hur mycket av {~Rosa bandet}-insamlingen går till forskningen?
Är {~Blodomloppet} i er regi i år?
Jag är {A:sex} och läkaren ställde väldigt konstiga frågor om min partner.
Jag vill inte att det står i journalen att jag är {A:sex}.
Jag har gjort ett {@[DNA-test|gentest|genetiskt test]} och det visade att jag bär på {@[BRCA1-mutation|en BRCA2-mutation|anlag för Lynch syndrom|anlag för Huntingtons sjukdom|en ärftlig mutation]}, kan jag få genetisk vägledning?
Mamma är {A:rel} och vill helst bli undersökt av en kvinnlig läkare.
Jag behöver förnya receptet på {H:m}, det tar slut på {VDAG}.
Hej! Kan ni förnya mitt recept på {H:m}? Apoteket säger att det har gått ut.
{H:md} har tagit slut och jag kommer inte fram till vårdcentralen.
Jag har haft {H:n} i snart två veckor och det blir inte bättre.
Min pappa har {H:nm} och vi väntar fortfarande på tid hos specialist.
Sonen har haft {H:n} sedan i söndags, ska vi komma in?
Jag fick {H:n} efter [vaccinationen|operationen|förlossningen] och undrar om det är normalt.
Jag har fått diagnosen {H:dx} och vill ha en remiss till [en specialist|psykiatrin|en dietist|fysioterapeut].
Min mamma fick diagnosen {H:dx} förra året och nu har hon blivit sämre.
Jag tar {H:m} och undrar om jag kan ta {H:m} samtidigt.
Kan man kombinera {H:m} med alkohol? Ska på bröllop nästa helg.
Jag är {H:adj} och undrar om jag kan få hjälp med att boka om min tid.
Jag är {H:adj} och har {H:n}, vem ska jag prata med?
Vill avboka min tid {DATE} – jag är {H:stay} och kan inte komma.
Min man är {H:staym} och jag vill veta när vi kan hälsa på.
Jag har väntat på {H:tn} i över ett år nu, vårdgarantin gäller väl?
Min tid för {H:tn} flyttades igen, det är tredje gången.
Efter {H:t} har jag fortfarande {H:n} och ingen har ringt upp.
Inför {H:t} vill jag veta om jag ska sluta ta {H:m}.
{H:d} har blivit mycket värre sedan i höstas och jag orkar inte mer.
Jag vill läsa min journal från {H:t} men den syns inte i appen.
Provsvaren efter {H:t} har inte kommit upp i 1177, hur lång tid tar det?
Hur lång tid tar det innan man får svar på {H:tn}?
Min dotter är {H:adjm} och vi behöver ett läkarintyg till skolan.
Min mobil är på {~mobilkliniken} så jag kan bara svara på mejl.
Farmor har {H:nm} och {H:nm} och ingen samordnar hennes vård.
Jag har {H:n} och behöver ett nytt hjälpmedel, min {![rullator|rullstol|hörapparat|permobil|elrullstol|duschstol]} har gått sönder.
Hörcentralen har inte hört av sig om min {![hörapparat|nya hörapparat|cochleaprocessor]} som ska justeras.
Min {H:utr} gör att jag inte kan ta mig till vårdcentralen, går det med videobesök?
Mitt {H:neu} har blivit värre och jag vill ha en ny bedömning.
Det gäller mina {H:pl}, jag behöver prata med någon.
Hans {H:utr,neu,pl} behöver följas upp, ingen har kallat honom.
Hennes {H:utr,neu,pl} har inte tagits på allvar av er läkare, det är inte okej.
Jag är {!gravid} i vecka {GV} och har fått {H:n}, ska jag oroa mig?
Barnmorskan sa att jag skulle höra av mig om {H:d} inte gav med sig.
Sonen fick {![utslag|klåda|magont|diarré|illamående|nässelutslag]} av {H:m}, ska vi sluta ge honom det?
Jag vill ha en second opinion angående min {H:utr}.
Min psykolog slutade och nu har jag ingen som hjälper mig med {H:d}.
Kan jag få {H:tn} via vårdcentralen eller måste jag ha remiss?
Min man har {H:nm} och somnar inte utan {![Imovane|Zopiklon|Propavan|Lergigan|melatonin|Theralen|Stilnoct|sömntabletter]}, kan ni skriva ut mer?
Jag har haft {H:n} och {H:n} efter [covid|förlossningen|fallet] och vill bli undersökt.
Pappa har {H:aid} och kan inte komma upp för trapporna på mottagningen, finns det hiss?
Min son är {H:adjm} och behöver {H:tn} men väntetiden på BUP är ett år.
Jag har {H:n} och mår väldigt dåligt, har haft {!självmordstankar} senaste veckan.
Läkaren har skrivit fel i min journal, jag har aldrig haft {H:n}.
Kan ni skicka kallelsen till {H:tn} till min adress istället för till digital brevlåda?
Tack till personalen på avdelningen som tog hand om pappa när han var {H:staym}.
Jag har fått {!virus} [på magen|i kroppen|igen] och kommer inte på min tid {DATE}.
Min mamma ligger {H:staym} och hennes {![mediciner|hörapparater|dosett|Apodos-påsar|insulinsprutor]} har inte kommit med från boendet.
Min [gamla|förra] remiss för {H:tn} verkar ha försvunnit.
Jag hittar inte mina {![provsvar|journalanteckningar|röntgenbilder|blodprover|läkarintyg|remisser|recept]} i 1177, har ni tagit bort dem?
Kan ni ringa mig på {MOBILE} om provsvaren? Det gäller {H:d}.
Jag vill byta vårdcentral, personnummer {PNR}.
Hej, jag heter {NAME}, pnr {PNR}, och har en tid för {H:tn} som jag vill boka om.
Min dotter {FN} har {H:nm} och behöver en ny tid hos [barnläkaren|BVC|dietisten].
Jag har samordningsnummer {SAM} och kan inte logga in på 1177, hur får jag hjälp med {H:md}?
Vad har {~apoteket} för öppettider på röda dagar?
Är {~vårdcentralens} telefontid ändrad? Ingen svarar efter kl 10.
Var ska man parkera vid sjukhuset när {~sjukhusparkeringen} är full?
När kommer {~vaccinationsbussen} till vårt område?
Hur bokar man tid för {~vaccination} mot TBE på nätet?
Går det att lämna blod på {~Blodcentralen} utan tidsbokning?
Finns det någon {~hörslinga} i väntrummet på nya mottagningen?
Appen för {~1177} hänger sig när jag ska logga in.
Ni skriver att {~behandlingen} av ärendet tar sex veckor, stämmer det?
Jag väntar på svar om {~behandling} av personuppgifter i journalsystemet.
Tar ni emot {~läkarintyg} digitalt eller måste det skickas per post?
Hur gör man en {~sjukanmälan} för personal på regionen, var finns blanketten?
Fakturan från akuten, fakturanummer {ORDER10}, är redan betald.
Patientavgiften är betald med OCR {OCR}, men jag har fått en påminnelse.
Mitt ärende hos patientnämnden har nummer {TICKET}.
Jag fick ett brev daterat {DATE} om en tid som redan har varit.
Remissen skickades {DATE} men ingen har hört av sig.

## social_insurance
Jag har varit sjukskriven för {H:n} sedan {DATE} och sjukpenningen har inte betalats ut.
Läkarintyget om min {H:utr} skickades in för tre veckor sedan, har ni fått det?
Jag är {H:adj} och undrar hur det påverkar min föräldrapenning.
Min son har {H:nm} och vi vill ansöka om omvårdnadsbidrag.
Vi har fått avslag på merkostnadsersättning trots att min dotter har {H:nm} och behöver {H:aid}.
Min arbetsgivare säger att jag måste ha läkarintyg från dag åtta, jag har {H:n}.
Jag har {H:n} och kan bara jobba halvtid – hur ansöker jag om partiell sjukersättning?
Handläggaren vill ha mer underlag om min {H:utr}, vad ska det stå i intyget?
Efter {H:t} blev jag sjukskriven i åtta veckor, men ni har bara betalat för fyra.
Mitt {H:neu} gör det omöjligt att sitta vid datorn, men ni säger att jag kan arbeta.
Jag har fått avslag på sjukpenning trots att jag är {H:adj}.
Min fru är {H:staym} och kan inte signera ansökan själv, hur gör vi?
Jag vill ansöka om tillfällig föräldrapenning, barnet har {H:n}.
Kan jag få sjukpenning medan jag går på {H:tn}?
Jag är {![deprimerad|inkontinent|utmattad|sjukskriven|deltidssjukskriven]} sedan förlossningen och har inte orkat skicka in papperen.
Vi har fått fel belopp i bostadsbidrag för {MAN}, ärende {TICKET}.
Hur lång tid tar det att få beslut om assistansersättning? Vår ansökan skickades {DATE}.
Hur räknas SGI om jag har varit arbetslös en period?
Jag har bytt konto, nya kontonumret finns i appen men pengarna gick till det gamla.
Kan ni betala ut till mitt konto i utlandet? IBAN {IBAN}.
Jag har samordningsnummer {SAM} och kan inte söka föräldrapenning digitalt.
Mitt personnummer är {PNR} och jag väntar på beslut om aktivitetsersättning.
Jag {A:crime} och undrar om jag kan få sjukpenning under tiden.
Min sambo {A:crime} – påverkar det vårt bostadsbidrag?
Jag har fått ett felmeddelande varje gång, systemet känns {~sjukt} segt.
Vad menar ni med {~behandling} av min ansökan, är det samma sak som beslut?
Finns det någon blankett för {~sjukanmälan} av barn som man kan skriva ut?
Kan man {~sjukanmäla} sig via appen nu eller bara via telefon?
Jag förstår inte blanketten om {~läkarintyg}, vad menas med "funktionsnedsättning" i er mall?
Vad händer om Försäkringskassan gör fel, är det {^straffränta} på efterbetalningen?
Beslutet kom den {DATE} men pengarna har inte kommit.
Läkaren skriver att jag har {H:n} och {H:n}, räcker det som underlag?

## tax
Jag har glömt att deklarera en försäljning av aktier, vad gör jag nu?
När kommer skatteåterbäringen ut i år?
Jag har flyttat och vill göra en flyttanmälan men e-tjänsten fungerar inte.
Hur ansöker jag om ett nytt id-kort? Har tappat mitt.
Kan ni skicka ett personbevis till min mejl?
Mitt personnummer är {PNR}, jag har fått två olika slutskattebesked.
Jag har samordningsnummer {SAM} och behöver ett personnummer för att kunna öppna bankkonto.
Betalade restskatten med OCR {OCR} men den är registrerad på fel år.
Mitt skattekonto visar fel saldo, ärende {TICKET}.
Jag var {H:stay} under hela april och kunde därför inte deklarera i tid.
Jag har {H:n} och har svårt att fylla i blanketter, kan någon hjälpa mig per telefon?
Min pappa har {H:nm} och jag har fullmakt, hur deklarerar jag åt honom?
Jag vill gå ur {A:cong}, hur påverkar det skatten?
Jag har gått ur {A:cong} men betalar fortfarande avgift.
Jag är {A:rel} och vill inte betala kyrkoavgift, hur gör jag?
Jag vill begära skyddade personuppgifter, min före detta sambo {A:crime}.
Företaget har org.nr {ORGNR}, varför är det inte registrerat för F-skatt?
Min enskilda firma har ett annat nummer än organisationsnumret {ORGNR}, vilket ska jag använda?
Deklarationen skickades in {DATE}, jag har kvittensnummer {TICKET}.
Skatteverkets e-tjänst {~kraschar} när jag ska ladda upp bilagor.
Vad är {^straffavgiften} om man deklarerar för sent?
Dödsboet efter min farmor: vem ska lämna deklarationen för {~dödsboet}?
Kan man dra av resor till jobbet om man åker {^sex} mil om dagen?
Hur gör man flyttanmälan för hela familjen om vi är {^sex} personer?
Ni har registrerat min adress som {GATA} {N}, men jag bor inte där längre.

## school
Skolans {~skolsköterska} ska väl ha öppet hela dagen?
Finns det {~epipennor} i skolans {~första hjälpen-skåp}?
Elevrådets {^val} – vem räknar rösterna?
Min dotter är {A:sex} och läraren pratade om det inför hela klassen.
Skolan tar {@[fingeravtryck|ansiktsbilder]} i matsalens betalsystem, det har vi inte godkänt.
Vår dotter har {H:nm} och behöver extra anpassningar på lektionerna.
Sonen har fått diagnosen {H:dx} och vi vill ha ett möte med elevhälsan.
Eleven [kommer inte idag|är hemma resten av veckan] på grund av {H:d}.
Min son tar {H:m} på morgonen, kan skolsköterskan ge honom en dos efter lunch?
Dottern har {![nötallergi|jordnötsallergi|svår nötallergi|anafylaktisk allergi mot nötter]} – maten i skolan måste vara helt fri från nötter.
Vi behöver en ny blankett om specialkost, vårt barn har {![celiaki|glutenintolerans|laktosintolerans|mjölkproteinallergi|typ 1-diabetes|äggallergi|fiskallergi|cöliaki]}.
{FN} har {H:n} och orkar inte hela dagar just nu, kan vi lägga upp ett kortare schema?
Vår son är {![rörelsehindrad|synskadad|hörselskadad|förlamad|rullstolsburen|gravt synskadad|döv]} och behöver {H:aid} för att klara lektionerna.
Hon har {H:n} och har haft mycket frånvaro, vi vill inte att det påverkar betygen.
Min dotter har mått dåligt länge, hon har {H:nm} och vill inte gå till skolan.
Elevhälsan har inte följt upp efter att han var {H:staym} i höstas.
Kan mentorn ringa mig om {H:d}? Vi behöver prata om hur skolan hanterar det.
Vi har fått veta att {FN} troligen har {H:n}, hur går en utredning till via skolan?
Min son har {H:aid} och kan inte ta trapporna till nya klassrummet.
Vår dotter ska göra {H:tn} i {MAN} och blir borta i två veckor.
Vi är {A:relpl} och vårt barn kommer att vara ledig under Eid.
Vi är {A:relpl} och vill att vår dotter slipper simundervisning med pojkar.
Vi är {A:relpl} – finns det vegetariskt alternativ varje dag?
Min son är {A:rel} och vill kunna be under skoldagen, finns det ett rum?
Vi är ett {A:couple} och vill att skolan använder rätt benämningar i blanketterna.
Vi är {A:ethpl} och vill att vår son får modersmålsundervisning i samiska.
Min dotter blir retad för att hon är {A:eth}, vad gör skolan åt det?
Eleven har {A:ethbg} och har blivit kallad saker i korridoren, vi vill ha en anmälan om kränkning.
Min sons pappa {A:crime} och får inte hämta på fritids.
När är läsårets studiedagar?
Vad gäller för ledighet under de {^muslimska} högtiderna enligt skolans policy?
Skolan har {~sjukt} mycket läxor just nu tycker jag.
Skolplattformen har {~hängt sig} igen, vi kan inte se schemat.
Läraren kallade provet en {~mardröm}, stämmer det att det var så svårt?
Hur fungerar {~sjukanmälan} av elever i nya appen?
Är {~skolsköterskans} mottagning öppen på lovet?
Vem är {^ledarna} på fritids den här terminen?
Ska vi betala för skolresan till {^Rom}? Vi har inte fått någon faktura.
Vi har fått en faktura på {KR} för fritids, fakturanummer {ORDER10}.
Skolskjutsen kom inte {DATE} och vår dotter stod ute i en timme.
Vårt barn har personnummer {PNR}, det blev fel i anmälan till förskoleklass.
Mitt barn har samordningsnummer {SAM} och vi får inte logga in på skolplattformen.
Kan ni ringa mig på {PHONE} istället för att skicka lappar hem?
Min mejladress har ändrats till {EMAIL}, uppdatera gärna i systemet.
Hur söker man skolskjuts när man bor mer än {N} km bort?
Kan vi flytta utvecklingssamtalet till efter lunch?
Vi har inte fått något schema för höstterminen än.
Hur gör vi med skollunchen när klassen är på utflykt?

## housing
Vi har renoverat och det är {~gips} och spackel överallt i trapphuset.
Trapphuset luktar som en {~operationssal} efter städningen, vad använder ni?
Avloppet {~hostar} och {~harklar} sig varje gång grannen spolar.
Tar ni emot leveranser till {^Katolska kyrkans} församlingshem i huset bredvid?
{^Byggnadsarbetena} på gården – hur länge till?
Grannen kallar mig saker i trapphuset för att jag är {A:sex}.
Vi är med i {A:party} och vill hyra samlingslokalen för ett medlemsmöte.
Det droppar från taket i badrummet sedan i torsdags.
Kylskåpet har slutat fungera och hyresvärden svarar inte.
Jag vill säga upp mitt kontrakt från och med {MAN}.
Grannen röker på balkongen och det kommer in i min lägenhet.
Tvättstugan är bokad av samma person varje dag, kan ni göra något?
När kommer ni och byter fönster i vår trappuppgång?
Hej, porttelefonen har inte fungerat på [två|tre] veckor.
Kan jag få ett andrahandsuthyrningstillstånd? Jag ska jobba utomlands ett år.
Det finns mögel i sovrummet och jag har {![astma|allergisk astma|KOL|svår astma|mögelallergi|kronisk bronkit]}, det blir bara värre.
Jag har {H:aid} och hissen har varit trasig i fem dagar, jag kommer inte ut.
Min son har {![dammkvalsterallergi|astma|svårt eksem|atopiskt eksem|pälsdjursallergi]} och vi behöver byta till en lägenhet utan heltäckningsmatta.
Jag är {![rullstolsburen|rörelsehindrad|halvsidesförlamad|KOL-sjuk|hjärtsjuk|nyopererad i höften]} och kan inte gå i trappor, finns det någon lägenhet i bottenplan?
Kan ni sätta upp ett extra ledstång? Pappa har {H:aid} och har ramlat två gånger.
Jag är {H:adj} och behöver få hyran uppskjuten en månad.
Grannen ovanför har {![demens|schizofreni|en psykos|Alzheimer|psykisk ohälsa]} och skriker på nätterna, jag vet inte vem jag ska kontakta.
Grannen trakasserar oss för att vi är ett {A:couple}, vi vill ha hjälp.
Grannarna skriver lappar till oss för att vi är {A:ethpl}, det måste stoppas.
Hyresgästen i trean {A:crime} och nu känner sig alla oroliga i huset.
Min bror {A:crime} och behöver ett förstahandskontrakt, finns det någon möjlighet?
Vi är {A:relpl} och vill boka samlingslokalen för en religiös högtid, går det?
Det är {~sjukt} kallt i lägenheten, elementen är iskalla.
Det har blivit en {~fuktskada} i källaren efter regnet.
Vi har {~vattenskada} i köket, vem ska vi kontakta?
Det finns sprickor i {~gipsväggen} efter renoveringen.
Någon har lämnat en gammal {~högtryckstvätt} i cykelrummet.
Nyckeln ska ligga i {^facket} i brevlådan enligt hyresvärden, men den är borta.
Kan ni lägga reservnyckeln i {^facket} vid entrén?
Hela {^partiet} av nya brevlådor verkar vara felmonterade.
Vad är {^straffavgiften} om man glömmer att avboka tvättstugan?
Kan {~Sjukhusvägen} {N} få en ny skylt? Den gamla har trillat ner.
Hyran för {MAN} är betald med OCR {OCR}.
Vi har hyresavi med referens {OCR} men beloppet stämmer inte.
Kontraktsnummer {ORDER10}, vi flyttar ut {DATE}.
Felanmälan {TICKET} är fortfarande inte åtgärdad.
Bostadsrättsföreningen har org.nr {ORGNR}, kan ni skicka intyget dit?
Kan ni skicka kontraktet till {EMAIL}?
Ring mig på {PHONE} innan ni går in i lägenheten.
Jag heter {NAME} och bor på {GATA} {N}, det läcker vatten från taket.
Besiktningen är bokad till {DATE}, passar det?
När kommer ni att renovera badrummen i vårt hus?
Vi har fått en ny granne som spelar trummor sent på kvällarna.
Får man sätta upp en parabol på balkongen?
Sopnedkastet luktar fruktansvärt, kan någon titta på det?

## utility
Ledningsnätet verkar ha {~åderförkalkning}, trycket är jättelågt.
Elbolaget skickade {^sex} fakturor på en vecka.
Strömmen har gått flera gånger den här veckan, vad beror det på?
Min elräkning för {MAN} är dubbelt så hög som vanligt.
Hur byter jag till ett fast elavtal?
Vi har flyttat, kan ni avsluta abonnemanget på gamla adressen?
Fjärrvärmen fungerar inte och det är kallt i huset.
Vattnet är brunt när vi spolar, är det farligt?
Jag har en {H:aid} hemma som behöver ström dygnet runt, ni måste varna innan avbrott.
Min pappa har {H:aid} och blev utan ström i sex timmar, det är livsfarligt.
Vi har medicinteknisk utrustning hemma eftersom min son har {![cystisk fibros|muskeldystrofi|CP|cerebral pares|svår epilepsi|ALS|spinal muskelatrofi]}, kan ni registrera det?
Jag är {H:adj} och klarar inte att läsa av mätaren själv, kan någon komma hit?
Jag har {H:n} och kan inte betala fakturan i tid, kan jag få en avbetalningsplan?
Jag har varit {H:stay} och missade påminnelsen, varför har ni skickat till inkasso?
Elnätet verkar helt {~förlamat} i vårt område, ingen ström sedan i morse.
Hela stadsdelen är {~lamslagen} av strömavbrottet.
Det är {~akut}, vi har inget vatten och en bebis hemma.
Mätaren verkar {~död}, displayen är helt svart.
Är det {~kliniskt rent} vatten som kommer ur kranen eller ska vi koka det?
Er kundtjänst borde få en {~dos} sunt förnuft.
Jag betalade med OCR {OCR} men ni säger att betalningen saknas.
Kundnummer {ORDER10}, jag vill byta avtal.
Anläggnings-id {ORDER12}, vi flyttar in {DATE}.
Ni har skickat fakturan till fel person, avtalet står på mig, {NAME}.
Kan ni skicka fakturorna till {EMAIL} istället för papper?
Ring gärna {PHONE} innan teknikern kommer.
Mitt personnummer är {PNR}, jag vill göra en flyttanmälan för elen.
Vi har solceller – hur fungerar det med ersättningen för överskottet?
Varför har nätavgiften höjts så mycket i år?
Kan man få en fakturaspecifikation per månad?
Teknikern skulle komma {DATE} men dök aldrig upp.
Jag vill betala via autogiro, hur anmäler jag det?
Fjärrvärmeavgiften höjs igen, {^facket} på mitt jobb har fått bättre avtal än så här 😄

## webshop
Har ni {~plåster} och {~kompresser} i lager?
Vad kostar {~febertermometern}? Den står inte med pris.
{~Munskydd} i 50-pack – säljer ni fortfarande det?
Finns {~Nezeril} i större förpackning?
Varför är {~receptfria} läkemedel borttagna från sortimentet?
{~Glutenfri} pasta har varit slut i tre veckor.
Kommer den {~laktosfria} mjölken tillbaka i sortimentet?
Är madrassen {~allergivänlig} eller bara "allergianpassad"?
Produkten har {~Astma- och Allergiförbundets} märkning, vad betyder det?
Kan man runda upp till {~Alzheimerfonden} eller {~Hjärtebarnsfonden} i kassan?
Säljer ni {~HLR-dockor} till föreningar?
Ni har blandat ihop {~receptet} på pannkakor och våfflor på förpackningen 😂
Ett {^sexpack} läsk kom helt mosat.
Vilket {^parti} av mjölpulver var det som återkallades?
Säljer ni {^kosher}-märkta produkter online?
Finns det {^halal}-märkt kött i frysdisken?
Har ni specialöppet under {^ramadan}?
Gäller {^Eid}-rabatten även i appen?
Är {^fackhandeln} billigare än er?
Mitt paket har inte kommit fram, det står att det levererades igår.
Jag fick fel storlek på {PROD}, hur gör jag en retur?
Varan kom fram {~skadad}, kartongen var helt intryckt.
Kan jag ändra leveransadressen efter att jag har lagt ordern?
Rabattkoden fungerade inte i kassan.
Hur lång tid tar återbetalningen efter att ni har fått returen?
Jag har blivit debiterad två gånger för samma order.
Ordernummer {ORDER10}, jag vill avbeställa.
Beställning {ORDER10} har inte skickats än fast det stod 1–3 dagar.
Order {ORDER12} – kom bara halva leveransen.
Spårningsnummer {TRACK}, paketet har stått still i en vecka.
Paketet med kolli-id {TRACK} är försvunnet enligt PostNord.
Presentkortet {GIFT16} fungerar inte i kassan.
Jag försökte använda presentkortskoden {GIFT16} men den godtas inte.
Returnumret jag fick är {TICKET}.
Leveransen skulle komma {DATE} men inget har hänt.
Betalade med kort {CARD}, men ordern syns inte.
Det var kortet som slutar på fyra siffror, fullständigt nummer {CARD}, som drogs två gånger.
Kan ni leverera ända till dörren? Jag har {H:aid} och kan inte bära upp paket.
Jag beställde {PROD} men kan inte montera den själv eftersom jag har {H:n}.
Returen blir försenad, jag har varit {H:stay} i två veckor.
Jag har {![celiaki|fenylketonuri|PKU|njursvikt|laktosintolerans|nötallergi]} och behöver veta exakt vad som finns i ert proteinpulver.
Kompressionsstrumporna är för tighta, jag har {![lipödem|åderbråck|lymfödem|venös insufficiens|svullna ben]} och läkaren sa klass 2.
Jag är {H:adj} och behöver leverans utan att behöva skriva under vid dörren.
{~Sjukt} snabb leverans, tack!
Black Friday-{~febern} har tydligen slagit ut er kundtjänst.
Det var visst {~feberrusch} på rean, er sida gick ner direkt.
Sidan {~kraschar} när jag försöker betala med Swish.
Varukorgen hänger sig, verkar ha fått ett {~virus} 😂
Kan ni fylla på {~kaffekapslarna}? De har varit slut länge.
{~Disktabletterna} är slut i lager igen.
Finns {~Alvedon} i lager? Hittar det inte på sidan.
Ni har {~Ipren} för 39 kr i butiken men 59 kr online, varför?
Jag vill köpa en {~första hjälpen-väska} till bilen, vilken rekommenderar ni?
Har ni {~blodapelsiner} igen snart?
Står det {~receptet} på kladdkakan på förpackningen eller måste man gå in på hemsidan?
{~Shoppingterapi} i all ära, men mina pengar vill jag ha tillbaka.
Jag är {~galen} i era nya jackor men storlekarna är konstiga.
Skulle vilja byta till {^Pride}-modellen av samma sneakers.
{^Pride-kollektionen} är slut i min storlek, kommer den tillbaka?
Hela {^partiet} av muggar var trasiga när de kom.
Fick en {^straffavgift} för att jag inte hämtade ut paketet, det visste jag inte om.
Kan {^ledarna} på lagret kanske kolla över paketeringen?
Hur fungerar {^transporten} om jag bor på landsbygden?
{^Transportskadan} syns tydligt på bilderna jag bifogade.
Ni ska skänka 10 kr per order till {~Barncancerfonden}, sker det automatiskt?
Kan man runda upp till {~Cancerfonden} i kassan?
Säljer ni {^Eid-presentkort} eller bara vanliga?
Jag blev lovad återbetalning inom 5 dagar, nu har det gått {^sex} veckor.
Har ni {^sex} stycken kvar av den blå varianten?
Jag heter {NAME}, ordern är lagd på min sambos konto.
Skicka returetiketten till {EMAIL}, tack.
Mitt nummer är {MOBILE} om budet behöver ringa.
Kan jag byta {PROD} mot en annan färg?
Hur lång är ångerrätten om jag handlat på rean?
Varför har priset ändrats sedan jag la varan i varukorgen?
Har ni någon fysisk butik i {STAD}?
Kan jag betala med faktura fast jag är under 20?

Presentkort {GIFT16} har gått ut enligt kassan, men det köptes i somras.
Jag fick två presentkort i julklapp, {GIFT16} och {GIFT16}, bara det ena fungerar.
Returen skickades med {TRACK} för två veckor sedan.
Paketet med spårningsnummer {TRACK} gick tillbaka till er utan att jag fick avisering.
Fakturan är utfärdad av {ORGNR}, men jag har handlat av er – vilket bolag gäller?
Min order {ORDER12} står som levererad men ingenting har kommit.

## insurance
Täcker rättsskyddet {^rättegångskostnader} i en tvist med hantverkaren?
Bilen {~hostar} vid start sedan verkstadsbesöket, är det en garantisak?
Ni behöver ett {~vaccin} mot krångliga blanketter.
Måste jag berätta för er att mitt {@[gentest|DNA-test]} visade {@[BRCA1-mutation|en BRCA2-mutation|anlag för Huntingtons sjukdom]}?
Jag blev uppsagd efter att chefen fick veta att jag är {A:pol}, täcker rättsskyddet det?
Jag vill anmäla en skada på bilen, någon har backat in i den på parkeringen.
Vår cykel blev stulen, har gjort {^polisanmälan} men hur går jag vidare?
Hur mycket är självrisken om det blir {~vattenskada} i badrummet?
Jag vill säga upp hemförsäkringen från och med nästa månad.
Mitt försäkringsnummer är {ORDER10}, jag vill ändra betalningsperiod.
Skadenummer {TICKET}, jag har fortfarande inte fått någon ersättning.
Ersättningen kan betalas till {IBAN}.
Jag har {H:n} och vill veta om sjukvårdsförsäkringen täcker {H:tn}.
Min son har {H:nm} och vi fick nej på barnförsäkringen, varför?
Efter {H:t} har jag inte kunnat arbeta, täcker olycksfallsförsäkringen inkomstbortfall?
Jag ramlade och fick {![hjärnskakning|en whiplashskada|ett benbrott|en korsbandsskada|en meniskskada|en handledsfraktur|en höftfraktur|frakturer i handen]}, kan jag få ersättning från olycksfallsförsäkringen?
Hälsodeklarationen frågar om {H:n}, ska jag svara ja om jag hade det för fem år sedan?
Jag fick avslag på livförsäkringen för att jag har {H:n}, kan jag överklaga?
Min man är {H:adjm} och ni vill att han ska komma på läkarundersökning, varför?
Min dotter behöver {H:tn} och vi undrar om det ingår i privata sjukvårdsförsäkringen.
Mina {![läkarbesök|fysioterapibesök|terapisamtal|mediciner|hörapparater|KBT-samtal|cellgiftsbehandlingar]} borde räknas som kostnader som ersätts, eller?
Tandskadan efter olyckan har krävt en {!rotfyllning} och två implantat.
Jag har försäkring via {A:union}, gäller den även för min sambo?
Min inkomstförsäkring är via {A:union} men jag har inte fått något besked.
Är det sant att medlemmar i {A:union} får rabatt hos er?
Min son {A:crime} – säger ni upp bilförsäkringen nu?
Jag {A:crime} för fem år sedan, måste jag uppge det när jag tecknar försäkring?
Vi har fått en {~fuktskada} i krypgrunden, täcks det?
Hur lång tid tar {~skadeanmälan} innan någon hör av sig?
Är det {^stöldskydd} som krävs på elcykeln för att försäkringen ska gälla?
Motorn verkar ha fått {~hjärtstopp}, bilen startar inte alls.
Hela {~skaderegleringen} verkar {~lamslagen} efter stormen.
Vad är skillnaden mellan halvförsäkring och helförsäkring?
Kan jag få rabatt om jag samlar alla försäkringar hos er?
Vad gäller om olyckan händer utomlands?
Jag har ett {^stöldskydd} installerat, ger det lägre premie?
Ni har skickat premieavin till fel adress, ska vara {GATA} {N}.
Försäkringen för {PROD} – gäller den även om barnen tappar den?
Jag vill lägga till min sambo {NAME} på hemförsäkringen, hans personnummer är {PNR}.
Premien betalades med OCR {OCR} men står som obetald.
Skadedatum var {DATE}, kvitto finns bifogat.

## bank
{^Handelsbanken} har redan godkänt överföringen, varför inte ni?
Fondens {^etiska} profil – vad innebär den?
Har banken varit med i {^Pride} i år? Jag såg er flagga.
Jag är {A:pol} och vill att mina fonder är helt fria från fossila bolag och vapen.
Banken har sparat [mitt {@röstavtryck}|min {@röstprofil}|mina {@fingeravtryck}] utan att fråga, det vill jag ha raderat.
Jag kommer inte åt internetbanken, det står att mitt BankID är spärrat.
Jag har blivit lurad av någon som ringde och sa att de var från banken.
Kortet blev spärrat utan förvarning, vad har hänt?
Hur höjer jag gränsen för Swish?
Jag vill öppna ett sparkonto åt mitt barnbarn.
Kan jag få ett nytt bankkort skickat till en annan adress?
Överföringen till {IBAN} har inte kommit fram.
Pengarna skulle gå till {IBAN}, men ni har dragit dem två gånger.
Mitt kortnummer är {CARD} och det har skett köp jag inte känner igen.
Någon har handlat med mitt kort {CARD} i utlandet.
Jag vill bestrida köp med kort {CARD}, {DATE}.
Betalningen med OCR {OCR} har inte gått iväg.
Mitt personnummer {PNR} – jag vill veta varför lånet nekades.
Min mamma har {![demens|Alzheimer|vaskulär demens|afasi efter stroken|frontallobsdemens]} och jag behöver fullmakt för att sköta hennes ekonomi.
Pappa är {H:adjm} och kan inte längre använda BankID, hur gör vi?
Jag har {H:n} och har svårt att hantera koder, finns det något enklare sätt?
Min bror har ett {![spelberoende|spelmissbruk|alkoholmissbruk|drogmissbruk|allvarligt spelberoende]} och har tagit lån överallt, kan man spärra honom?
Jag har varit {H:stay} och har därför missat att betala lånet, kan jag få anstånd?
Jag har {H:aid} och kommer inte in på kontoret, trappan saknar ramp.
Jag fick nej på lånet, är det för att jag {A:crime}?
Vill sätta upp ett månadssparande till {A:cong}, vilket konto ska jag använda?
Jag vill skänka till {A:party} varje månad, går det via autogiro?
{^Bedrägeriavdelningen} ringde, men jag vet inte om det var på riktigt.
Jag blev utsatt för {^bedrägeri}, har gjort en {^polisanmälan}.
Det blev {^straffränta} på lånet fast jag betalade i tid.
Bankappen har {~kraschat} sedan uppdateringen.
Ni har {~sjukt} höga avgifter på utlandsbetalningar.
{~Dödsboet} efter min far har konto hos er, hur avslutar vi det?
Vi behöver bouppteckningen för {~dödsboet} innan ni kan betala ut?
Det sitter i bankens {^DNA} att krångla till allt, känns det som.
Mobilen har {^ansiktsigenkänning} men er app vill ändå ha kod.
Kan man logga in med {^fingeravtryck} i nya appen?
Vårt företag har org.nr {ORGNR}, vi vill öppna ett företagskonto.
Betalningen till bankgiro gick iväg med referens {OCR}.
Ärende {TICKET}, jag har fortfarande inte fått tillbaka pengarna.
Kan ni ringa mig på {PHONE}? Jag vill inte skriva kortuppgifter här.
Jag heter {NAME} och har konto hos er sedan [tjugo|trettio] år.
Hur lång tid tar en utlandsbetalning till Finland?
Vad är räntan på bolånet om man binder tre år?
Varför dras det en avgift för kortet varje månad?

## telecom
Routern blinkar som om den hade ett {~anfall}.
Min dator har {~feber}, fläkten låter som en jetmotor.
Nätet {~hackar} och {~hostar} varje kväll.
{~Diagnosverktyget} i appen säger att allt är ok.
Mobilen är {~dödförklarad} av verkstaden, täcker försäkringen?
Min mobil har en {^fingeravtrycksläsare} som slutat fungera.
Fungerar {^ansiktsupplåsningen} med glasögon?
Jag är {A:pol} och vill inte få reklam från er samarbetspartner.
Mitt bredband har legat nere sedan i morse.
Jag vill byta till ett billigare abonnemang med mindre surf.
Routern blinkar rött och inget fungerar.
Hur flyttar jag mitt abonnemang till en ny adress?
Jag har fått en faktura för samtal till utlandet som jag inte har ringt.
Nummerflytt: mitt nummer är {MOBILE}, jag vill flytta det till er.
Kan ni spärra {MOBILE}? Telefonen är stulen.
Mitt fasta nummer {LAND} fungerar inte, det tutar upptaget hela tiden.
Jag vill säga upp abonnemanget på {PHONE}.
Kundnummer {ORDER10}, fakturan stämmer inte.
Fakturanummer {ORDER10} – jag vill ha en specifikation.
Ordern på ny mobil, {ORDER12}, har inte levererats.
Ärende {TICKET} – ingen återkoppling på två veckor.
Routern skickades med spårningsnummer {TRACK} men har inte kommit.
Min mamma har {H:aid} och trygghetslarmet går via ert nät – det måste fungera!
Jag har {H:aid} och hör inte samtal i mobilen, finns det telefoner som är anpassade?
Min pappa har {![demens|Alzheimer|begynnande demens|minnessvikt|kognitiv svikt]} och har råkat teckna tre abonnemang, kan vi häva dem?
Jag är {![döv|hörselskadad|dövblind|stum efter operationen|gravt hörselskadad]} och kan inte ringa, kan ni hjälpa mig via chatt?
Jag har varit {H:stay} och inte kunnat betala, snälla stäng inte av numret.
Min bror {A:crime} och behöver ett kontantkort när han kommer ut.
Jag {A:crime} och får inte teckna abonnemang i mitt namn, kan jag använda min mammas?
Routern verkar {~sjuk}, den startar om hela tiden.
Nätet har {~frossa} i kvällarna, det går upp och ner.
Det är en {~epidemi} av bluffsamtal på sistone, kan ni blockera dem?
Ert spamfilter har lagt alla mejl i {~karantän}.
Jag har kört en {~virusskanning} men datorn är fortfarande seg.
{~Diagnostiken} på routern säger att allt är ok men inget fungerar.
Kan ni köra en felsökning på linjen, det har varit {~sjukt} segt.
Mobilen har {~dött} helt efter uppdateringen.
Batteriet är {~dött} efter två timmar, det är en ny telefon.
Jag har fått {~hicka} i tv-boxen, den hoppar mellan kanaler.
Det är tydligen {~virus} på min dator, enligt ett sms som ser ut att komma från er.
Är det {^tredjepart} som skickar sms:en eller är det ni?
Vilket {^parti} av routrar var det som hade fel?
Telefonen har {^Face ID} men det fungerar inte med skal på.
Nya modellen har {^ansiktsigenkänning} – stämmer det att den fungerar i mörker?
Det är en {^straffavgift} om man säger upp bindningstiden i förtid?
Jag heter {NAME} och har ett företagsabonnemang via jobbet.
Skicka bekräftelsen till {EMAIL}.
Jag har personnummer {PNR} och har blivit kreditnekad, varför?
Surfen tar slut redan efter en vecka, vad kan jag göra?
Vad kostar det att ringa från Spanien?
Kan jag få ett extra SIM-kort till klockan?
Kan ni se varför fakturan från {MAN} blev så hög?
Varför har ni höjt priset utan att meddela?

Operatörsbytet har ordernummer {ORDER12}, när blir det klart?
Den nya routern har kolli-id {TRACK} men spårningen visar ingenting.

## library
Har ni {^Prison Break} på dvd?
Finns det en {^fängslande} deckare ni kan rekommendera?
Vilken bok handlar om {^Kristi himmelsfärd} i konsten?
Jag vill låna om mina böcker men det står att de är reserverade.
Hur länge får man låna en e-bok?
Jag har fått en påminnelse om en bok som jag redan har lämnat tillbaka.
Kan ni köpa in fler böcker på [arabiska|persiska|ukrainska|somaliska|polska]?
Har ni öppet på lördagar under sommaren?
Mitt lånekort har slutat fungera i automaten.
Jag har {![dyslexi|synnedsättning|grå starr|makuladegeneration|läs- och skrivsvårigheter|afasi|MS]} och vill låna talböcker, hur gör jag?
Min dotter har {![dyslexi|ADHD och dyslexi|synnedsättning|CP|läs- och skrivsvårigheter]} och har rätt till Legimus, kan ni hjälpa oss att registrera henne?
Jag är {H:adj} och kan inte komma till biblioteket, finns Boken kommer?
Pappa har {H:aid} och kommer inte in på filialen, dörren är för tung.
Jag lämnar tillbaka böckerna sent eftersom jag var {H:stay}.
Jag är {A:rel} och undrar om ni har religiös litteratur på arabiska.
Jag är {A:eth} och vill låna mer litteratur på mitt språk, har ni något?
Jag är med i {A:cong} och vi vill boka ett grupprum för vår studiecirkel.
{~Doktor Glas} är utlånad, när kommer den tillbaka?
Har ni {~Läkare utan gränser}-boken som nämndes i radio?
Finns {~doktorsavhandlingen} om stadens historia att låna?
Romanen var helt {^fängslande}, finns uppföljaren?
Har ni boken om {^Rom} under antiken?
Kan ni beställa {^Samefolkets dag}-utställningen till vår skola?
{^Kyrkans} öppettider står på anslagstavlan, men inte era.
Hur fungerar det med {^Humanisternas} föreläsning i stora salen, är den gratis?
Lånekort nummer {ORDER10}, jag har tappat kortet.
Avgiften för försenade böcker betalades med OCR {OCR}.
Reservationen har nummer {TICKET}.
Jag heter {NAME} och vill förnya mitt lånekort.
Mejla påminnelser till {EMAIL} istället.
Sista lånedag var {DATE} men jag kunde inte komma in.
Kan man låna brädspel hos er?
Kan jag skriva ut dokument på biblioteket?
Hur bokar jag ett grupprum?
Finns det ljudböcker för barn på lätt svenska?
Varför har ni tagit bort tidningshyllan?

## transport
{^Pride-paraden} stänger av gatorna, hur går bussarna?
Går bussen förbi {^moskén} vid torget efter ombyggnaden?
Har ni trafik på {^Samernas nationaldag} som vanligt?
Bussen {~hostar} och stannar i varje backe.
{^Seko} har varslat om strejk i tunnelbanan, stämmer det?
Min pojkvän och jag blev utslängda från bussen för att vi är {A:sex}, föraren sa det rakt ut.
Bussen kom aldrig i morse och jag missade min tid.
Jag vill ha pengarna tillbaka för en försenad resa enligt förseningsersättningen.
Appen drog pengar för en biljett som aldrig aktiverades.
Varför har linjen slutat gå till {STAD} på kvällarna?
Jag har blivit avvisad från bussen trots att jag hade biljett.
Kan man ta med cykel på tåget till {STAD}?
Chauffören stannade inte vid hållplatsen trots att jag vinkade.
Jag har {H:aid} och rampen på bussen var trasig igen.
Jag har färdtjänst eftersom jag har {H:n}, men bilen kom en timme för sent.
Min son har {![autism|intellektuell funktionsnedsättning|Downs syndrom|epilepsi|en synskada|CP]} och behöver ledsagare, åker ledsagaren gratis?
Jag fick {![hjärtklappning|ett epilepsianfall|en panikattack|yrsel|bröstsmärtor|ett astmaanfall|en allergisk reaktion|ett migränanfall]} på tåget och personalen hjälpte mig inte alls.
Jag är {![gravid|höggravid|nyopererad|KOL-sjuk|hjärtsjuk|reumatiker|yr efter cellgiftsbehandlingen]} och behöver sitta ner, men ingen ville flytta på sig.
Jag är {![synskadad|blind|gravt synskadad|dyslektiker]} och kan inte läsa tidtabellerna, finns det uppläsning?
Sjukresa till {H:t} blev aldrig av, taxin kom inte.
Mamma har {H:nm} och blev lämnad vid fel hållplats av färdtjänsten.
Chauffören kommenterade att vi är {A:ethpl} och det kändes väldigt obehagligt.
Föraren vägrade släppa på min fru för att hon bär slöja – vi är {A:relpl}.
Personalen hånade oss för att vi är ett {A:couple}, det är oacceptabelt.
{~Terminal 5} på Arlanda – går flygbussen dit?
Betalterminalen på bussen är {~död}, man kan inte köpa biljett.
Tåget stod still i en timme utan information, {~sjukt} dåligt.
Spårvagnstrafiken är helt {~lamslagen} i snön.
Hela trafikledningen verkar ha fått {~frossa} idag.
Går det nattbussar till {~Sjukhusvägen}?
Vilken buss går till {~Akademiska} entré 70?
Hur ofta går {~Sjukresor}-bussen till lasarettet?
Förseningen gör mig {~tokig}, tredje gången den här veckan.
Vad är {^straffavgiften} om man glömmer att blippa kortet?
Jag fick en kontrollavgift trots att biljetten var giltig, det är ju rena {^stölden}.
Resekortet {ORDER10} är spärrat, varför?
Biljettnummer {TICKET}, jag vill ha ersättning.
Ärende om förseningsersättning: {TICKET}.
Återbetalningen kan gå till {IBAN}.
Biljetten betalades med kortet {CARD} men den syns inte i appen.
Resan var {DATE}, avgång kl {TID} från {STAD}.
Kan man ändra namnet på ett periodkort? Det står {NAME} men ska vara min dotter.
Mitt mobilnummer {MOBILE} är kopplat till appen men jag får inga sms.
Var lämnar man in hittegods?
Varför är det så dyrt med enkelbiljett?
Kan man åka på studentrabatt om man läser på distans?
"""
