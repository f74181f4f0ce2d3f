extension Diagnostic.Translation {
    /// Swedish messages, hints and terms. The format is described on ``Diagnostic/Translation``; the text between
    /// the `"""#` lines is all a translator edits. Terms follow docs/GLOSSARY.md.
    static let swedish = Diagnostic.Translation(#"""
    # Meddelanden och tips på svenska. En rad är en kod, ett kolon och meddelandet; de indragna 'hint:'-raderna är
    # tipsen, i samma ordning som på engelska. {Platserna} inom klammerparentes fylls i med värden: använd exakt
    # samma som det engelska meddelandet. Termerna ('term nyckel: ord') sätts in i meddelandena som de är
    # (i grundform), så skriv meddelandet så att termen passar utan att böjas.

    # content
    content.context-with-goal: en lägesbildsindikator hör inte till något mål, så den har ingen '{key}'
        hint: ta bort '{key}', eller ta bort 'kind: context' om indikatorn mäter ett mål
    content.rate-is-a-count: '{id}' jämförs med '{rate}', som är ett antal: områden av olika storlek kan inte jämföras med antal
        hint: ange en andel eller en relation per invånare i 'rate'
    content.unknown-indicator-kind: okänd indikatortyp '{kind}'; giltiga typer: {valid}
        hint: menade du '{suggestion}'?
    content.unknown-rate: '{id}' jämförs med indikatorn '{rate}', som inte finns
        hint: menade du '{suggestion}'?
    content.data-without-text: datafilen hör till indikatorn '{id}', som saknar text
        hint: menade du '{suggestion}'? byt namn på filen
        hint: lägg till {file}
    content.facts-differ: '{key}' är '{value}' här men {source} i {file}
        hint: ta bort raden: översättningarna tar '{key}' från {file}
    content.foreign-language: '{language}' är inte ett språk på den här webbplatsen ({languages})
    content.goal-file-name: en målfil namnges med målets nummer, t.ex. '3.fi.md', inte '{id}'
    content.invalid-file-id: '{id}' kan inte användas som id: använd små bokstäver a–z, siffror och enkla bindestreck
        hint: byt namn på filen, t.ex. '{slug}'
    content.invalid-goal-number: 'goals' räknar upp målens nummer, t.ex. '- 3', inte '{value}'
    content.markdown-file-name: en Markdown-fil ska heta '<id>.<språk>.md', t.ex. 'about.fi.md'
    content.missing-data: indikatorn '{id}' har ingen datafil
        hint: lägg till {file} (eller byt namn på data/{suggestion}.json om den är avsedd för den här indikatorn)
        hint: lägg till {file}
    content.missing-default-language: '{id}' saknar text på {language}, som alla andra språk faller tillbaka på
        hint: lägg till {file}
    content.missing-special-page: webbplatsen saknar sidan '{page}', som varje sida länkar till
        hint: lägg till {file} och dess översättningar
    content.missing-translation: översättningen till {language} saknas: texten visas på {fallback} i stället
        hint: lägg till {file}
    content.narrative-without-area: det finns inget område '{id}' för den här beskrivningen
        hint: menade du '{suggestion}'?
    content.no-headline: mål {goal} har ingen huvudindikator för startsidan
        hint: ange 'headline: true' för en av målets indikatorer
    content.outdated-translation: texten på {source} har ändrats sedan den här översättningen till {language} gjordes
        hint: uppdatera översättningen enligt {file} och kör sedan 'build-site --mark-translated {translation}'
    content.reserved-indicator-id: '{id}' är reserverat för datanedladdningarna och kan inte vara ett indikator-id
        hint: byt namn på indikatorns filer
    content.same-order: indikatorerna '{first}' och '{second}' har samma ordningsnummer {order}
    content.several-headlines: mål {goal} har mer än en huvudindikator
        hint: ange 'headline: true' för en enda indikator per mål
    content.unknown-discussion-goal: diskussionen nämner mål {goal}, som inte finns
    content.unknown-goal: indikatorn '{id}' nämner mål {goal}, som inte finns
        hint: mål: {goals}
    content.unknown-participant: 'participants' nämner '{area}', som inte är ett område
        hint: menade du '{suggestion}'?
    content.unknown-region: okänd central '{region}'
        hint: menade du '{suggestion}'?
    content.unused-file: webbplatsen använder inte den här filen
        hint: menade du '{suggestion}'?
        hint: innehållsfilerna finns i {root}/ (JSON) och i dess mappar {folders}

    # front-matter
    front-matter.duplicate-key: nyckeln '{key}' finns två gånger
        hint: behåll en av dem
    front-matter.empty-value: '{key}' är tom
    front-matter.flow-collection: strukturer inom parentes ('{character}…') stöds inte i front matter
        hint: skriv en lista som rader som börjar med '  - '
    front-matter.indentation: oväntat indrag: nästlade värden stöds inte i front matter
        hint: skriv varje nyckel i början av raden som 'nyckel: värde'
    front-matter.invalid-date: '{key}' ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte '{value}'
    front-matter.invalid-key: '{key}' är ingen giltig nyckel: nycklar består av små bokstäver, siffror och '_'
    front-matter.item-without-key: ett listelement utan nyckel ovanför
        hint: skriv 'nyckel:' på en egen rad före raderna '- element'
    front-matter.key-value-expected: 'nyckel: värde' förväntades
        hint: varje rad i front matter är 'nyckel: värde' eller '  - element'
    front-matter.lookalike-character: front matter har {character} här, där ett mellanslag ska stå
        hint: efter '{key}:': {fix}
        hint: {fix}
    front-matter.missing-key: den obligatoriska nyckeln '{key}' saknas i front matter
        hint: lägg till en rad '{key}: …' mellan '---'-raderna
    front-matter.multi-line-value: värden på flera rader ('{character}') stöds inte i front matter
        hint: skriv värdet på en rad, eller flytta lång text till Markdown-texten
    front-matter.not-a-boolean: '{key}' ska vara true eller false, inte '{value}'
    front-matter.not-a-list: '{key}' ska vara en lista: skriv '{key}:' och sedan en rad '  - element' per element
    front-matter.not-a-single-value: '{key}' ska vara ett enda värde, inte en lista
    front-matter.not-a-whole-number: '{key}' ska vara ett heltal från {lowest} till {highest}, inte '{value}'
    front-matter.not-at-start: front matter måste börja på filens första rad, inte efter tomma rader
        hint: ta bort de tomma raderna ovanför '---'
    front-matter.reserved-character: ett värde kan inte börja med '{character}' om det inte står inom citattecken
        hint: skriv värdet inom citattecken
    front-matter.space-after-colon: ett mellanslag behövs efter '{key}:'
    front-matter.tab: tabbtecken är inte tillåtna i front matter
        hint: skriv ett mellanslag efter '{key}:' i stället för tabbtecknet
        hint: använd mellanslag i stället för tabbtecken
    front-matter.text-after-quote: oväntad text efter det avslutande citattecknet
    front-matter.unclosed: front matter är inte avslutad: en rad med bara '---' saknas
        hint: lägg till en rad '---' efter rad {line}, före texten
    front-matter.unclosed-quote: värdet inom citattecken är inte avslutat: ett avslutande {quote} saknas
        hint: avsluta värdet med {quote} på samma rad
    front-matter.unknown-escape: okänd escape-sekvens '\{character}' i ett värde inom citattecken
        hint: skriv \" för ett citattecken och \\ för ett omvänt snedstreck
    front-matter.unknown-key: okänd front matter-nyckel '{key}'
        hint: menade du '{suggestion}'?
        hint: giltiga nycklar här: {valid}
    front-matter.unquoted-colon: ett värde som innehåller ': ' måste stå inom citattecken
        hint: skriv {written}

    # import
    import.aland-member: kommunen {code} i "{area}" är markerad som utanför reformen (Åland)
    import.bad-date: "{key}" ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte "{value}"
    import.bad-mapping: okänt värde för {key}: "{value}"; giltiga värden: {valid}
        hint: menade du '{suggestion}'?
    import.bad-number: "{text}" är varken ett tal eller en markering för ett saknat värde, som ".."
        hint: {format} skriver tal med decimalpunkt
    import.bad-period: perioden "{code}" är ingen tidskod: skriv {examples}
    import.category-count: "size" anger {size} för "{dimension}", men den har {count} kategorier
    import.cell-index: {what}-nyckeln "{key}" är inget cellindex från 0 till {highest}
    import.duplicate-area: området "{area}" finns två gånger
    import.duplicate-category: två kategorier i "{dimension}" har positionen {position}
    import.duplicate-cell: en andra rad för {codes}
        hint: varje kombination av koder får finnas en gång
    import.duplicate-code: koden "{code}" finns två gånger i "{dimension}"
    import.duplicate-column: kolumnen "{column}" finns två gånger
    import.duplicate-key: nyckeln "{key}" finns två gånger ({context})
        hint: behåll en av dem
    import.duplicate-member: kommunen {code} anges som medlem av både "{first}" och "{second}"
        hint: en kommun hör till ett sysselsättningsområde
    import.duplicate-row: en andra rad för samma ställe, kategori och period (den första på rad {line})
        hint: behåll en av raderna
    import.empty-file: filen är tom
    import.empty-spreadsheet: filen har inga rader
        hint: spara bladet på nytt som CSV
    import.empty-text: texten "{key}" är tom
    import.encoding: filen är inte giltig UTF-8
        hint: hämta filen på nytt som UTF-8, eller spara den som UTF-8
    import.file-too-large: filen är {size} MiB; högst {limit} MiB läses
        hint: hämta färre perioder eller områden åt gången
    import.id-size-mismatch: "id" namnger {dimensions} dimensioner men "size" anger {sizes} storlekar
    import.indicator-mapped-twice: indikatorn "{indicator}" finns två gånger i mappningen
    import.invalid-indicator-id: '{id}' är inget indikator-id: använd små bokstäver, siffror och bindestreck
    import.invalid-member-code: "{code}" är inget kommunnummer (tre siffror, t.ex. "091")
    import.invalid-region-id: '{id}' är inget central-id: använd små bokstäver, siffror och bindestreck
    import.json-stat-1: det här ser ut som en JSON-stat 1.0-samling; bara JSON-stat 2.0 läses
        hint: hämta tabellen som JSON-stat2
    import.json-stat-version: JSON-stat-versionen "{version}" läses inte; bara 2.0
    import.measure-in-ratio: "measure" hör till "aggregate": "sum"; en kvot läser "numerator" och "denominator"
    import.missing-column: rubrikraden har ingen kolumn {column}
        hint: ge en kolumn ett av namnen: {names}
    import.missing-data: filen har ingen DATA-del och alltså inga värden
        hint: hämtningen kan ha avbrutits
    import.missing-finnish: "source" behöver en finsk text ("fi")
    import.missing-index: kategorin i "{dimension}" har ingen "index"; bara en dimension med en kategori får utelämna den
    import.missing-key: den obligatoriska nyckeln "{key}" saknas ({context})
    import.missing-updated: {file} anger inte när den uppdaterades
        hint: lägg till "updated": "ÅÅÅÅ-MM-DD" i mappningen
    import.mixed-frequencies: perioden "{code}" är en {frequency}, men "{first}" är en {firstFrequency}: en tabells perioder måste vara lika långa
    import.negative-tolerance: "trendTolerance" kan inte vara negativ
    import.no-area-dimension: ingen dimension i {file} innehåller områden (koder som SSS, KU091, MK01, SK011, ELY01)
        hint: hämta tabellen per kommun; `import-stats inspect --dimensions` listar dess koder
    import.no-measure-columns: svaret har inga värdekolumner (typ "c") och alltså inga värden
    import.no-series: {file} har ingen serie för {place} med den här kategorin
        hint: lägg först till serien i filen för hand, eller rätta området eller kategorin
    import.no-tables: "tables" namnger ingen tabell
    import.no-time-dimension: ingen dimension i {file} innehåller perioder (koder som {examples})
    import.not-a-language-code: "{key}" är ingen språkkod (fi, sv, en)
    import.not-a-metric-file: det här är ingen datafil för en indikator: den har ingen lista "series"
        hint: ange den indikator vars Content/data/<indikator>.json siffrorna hör till
    import.not-a-whole-number: {subject}: ska vara ett heltal från {lowest} till {highest}, inte {value}
    import.px-codes-count: CODES("{name}") listar {codes} koder men VALUES {values}
    import.px-data-count: DATA har {count} celler, men dimensionerna ({sizes}) ger {expected}
    import.px-equals-expected: '=' förväntades efter {keyword}
    import.px-keys: KEYS (PX:s glesa datalayout) läses inte
        hint: hämta tabellen på nytt utan KEYS, eller som JSON-stat2
    import.px-missing-character: '{character}' saknas efter {keyword}
    import.px-name-expected: ett namn inom citattecken förväntades inom parentesen efter {keyword}
    import.px-no-dimensions: filen har varken STUB eller HEADING och namnger alltså inga dimensioner
    import.px-no-values: variabeln "{name}" har ingen VALUES
    import.px-separator-expected: ',' eller ';' förväntades i värdet av {keyword}
        hint: saknas ett '"', eller ett ';' i slutet av raden före?
    import.px-syntax: ett nyckelord som VALUES eller DATA förväntades, inte '{found}'
        hint: saknas ett ';' eller ett '"' på en tidigare rad?
    import.px-time-format: okänt tidsformat "{format}" i TLIST: PX använder A1 (år), H1, T1, Q1 (kvartal), M1 (månad) eller W1
    import.px-timeval: TIMEVAL("{name}") ska börja med TLIST(A1), TLIST(Q1), TLIST(M1)…
    import.px-timeval-count: TIMEVAL("{name}") listar {periods} perioder men VALUES {values}
    import.px-unclosed-string: strängen är inte avslutad på sin rad: '"' saknas
        hint: en text som fortsätter på nästa rad skrivs som två strängar, var och en avslutad på sin rad
    import.px-unexpected-character: oväntat '{character}' i värdet av {keyword}
    import.px-unterminated: filen tar slut innan ';' avslutar {keyword}
        hint: hämtningen kan ha avbrutits
    import.ratio-key-in-sum: "{key}" hör till "aggregate": "ratio"; en summa läser "measure"
    import.region-twice: centralen "{region}" finns två gånger i listan
    import.region-without-codes: centralen "{region}" behöver minst en områdeskod i "codes"
    import.row-key-count: radens "key" har {count} koder; kolumnerna namnger {expected} dimensioner ({columns})
    import.row-value-count: raden har {count} värden; kolumnerna namnger {expected} värdekolumner
    import.scale-not-positive: "scale" måste vara större än 0
    import.size-mismatch: "value" har {count} värden, men storlekarna {sizes} ger {expected}
        hint: hämta filen på nytt; den är ofullständig
    import.spreadsheet-number: '{text}' är inget tal
        hint: skriv ett tal som 12,4 eller 12.4, eller lämna cellen tom om värdet saknas
    import.spreadsheet-out-of-range: {value} är inte ett möjligt värde i enheten {unit}
    import.spreadsheet-period: '{text}' är ingen period för den här indikatorn (periodens längd: {frequency})
        hint: skriv den som {example}
    import.status-count: "status" har {count} poster, men det finns {cells} celler
        hint: ge en status per cell, ett objekt {"index": status} eller en sträng
    import.table-date: {key} är inget datum: "{value}"
        hint: formatet skriver det som {example}
    import.too-many-cells: storlekarna ger mer än {limit} celler
    import.unclaimed-municipality: inget område anger kommunen {code}{label} som medlem
        hint: lägg till "{number}" bland ett områdes medlemmar, eller "{code}" i mappningens "ignore" om koden inte är en kommun i reformen
    import.unclosed-quote: cellen inom citattecken är inte avslutad: filen tar slut inuti den
        hint: lägg till det avslutande " eller ta bort det inledande
    import.undescribed-dimension: "id" namnger dimensionen "{dimension}", som "dimension" inte beskriver
        hint: menade du '{suggestion}'?
    import.unknown-area-code: kommunen {code} i "{area}" finns inte i {file} (ingen rad {row})
        hint: kontrollera kommunnumret mot tabellens koder
    import.unknown-category: '{text}' är ingen kategori i indelningen '{breakdown}'
        hint: skriv en av: {valid}
    import.unknown-column-type: okänd kolumntyp "{type}": PxWebs kolumner är "d" (dimension), "t" (tid) eller "c" (ett värde)
    import.unknown-dimension: "select" namnger dimensionen "{dimension}", som {file} inte har (eller som innehåller dess områden eller perioder)
        hint: menade du '{suggestion}'?
    import.unknown-format: det här är ingen PxWeb JSON-, JSON-stat 2.0- eller PX-fil
        hint: hämta tabellen från StatFin som JSON-stat2, PX eller PxWeb JSON
    import.unknown-key: okänd nyckel "{key}" ({context})
        hint: menade du '{suggestion}'?
    import.unknown-measure: värdet "{measure}" finns inte i {file}
        hint: menade du '{suggestion}'?
        hint: dess värden: {known}
    import.unknown-place: '{text}' är varken ett område, en central eller hela landet
        hint: menade du '{suggestion}'?
        hint: skriv områdets id, nummer eller namn som i Content/areas.json
    import.unknown-region-code: centralen "{region}" bildas av {code}, som inte finns i {file}
        hint: menade du '{suggestion}'?
        hint: lämna bort centralerna från den här indikatorn med "regions": []
    import.unknown-role-dimension: rollen {role} namnger "{dimension}", som inte finns i "id"
        hint: menade du '{suggestion}'?
    import.unknown-select-category: "{dimension}" i {file} har ingen kategori "{code}"
        hint: menade du '{suggestion}'?
    import.unknown-status: '{text}' är ingen status
        hint: skriv provisional, break-in-series, suppressed, not-published eller not-applicable (eller lämna tomt)
    import.unknown-table: tabellen "{table}" finns inte i "tables"
        hint: menade du '{suggestion}'?
    import.unlisted-dimension: dimensionen "{dimension}" finns inte i "id" och har alltså ingen plats i cellerna
    import.unreadable-file: filen kan inte läsas: {reason}
        hint: kontrollera sökvägen (--table, eller mappningens "tables" och "registry")
    import.unselected-dimension: {file} har {count} kategorier i "{dimension}"; mappningen måste välja en
        hint: ange en med "measure", t.ex. "{measure}"
        hint: lägg till "select": {"{dimension}": "{category}"}
    import.unsupported: det här är en JSON-stat {kind}, inte ett dataset
        hint: hämta en tabell som ett JSON-stat2-dataset
    import.unused-table: ingen indikator läser tabellen "{table}"
        hint: ta bort den från "tables", eller ange den i en indikators "table"
    import.value-and-reason: en rad med ett värde kan inte också ange orsak till ett saknat värde
        hint: lämna värdet tomt, eller ta bort orsaken från statusen
    import.value-out-of-range: {indicator}: värdet {value} för {area} under {period} är inte ett möjligt värde i enheten {unit}
        hint: kontrollera "scale" ({scale}) och vilket värde som är täljaren
    import.wrong-type: {subject}: ska vara {expected}, inte {kind}
        hint: {format} markerar saknade värden med null och "status"

    # json
    json.colon-expected: felaktig JSON: ':' förväntades efter nyckeln "{key}"
    json.control-character: felaktig JSON: styrtecknet {character} måste skrivas som escape-sekvens i en sträng
        hint: skriv en tabb som \t och en radbrytning som \n, eller ta bort tecknet
    json.decimal-comma: felaktig JSON: {number} är skrivet med decimalkomma
        hint: skriv {fixed}: JSON använder decimalpunkt
    json.digit-expected: felaktig JSON: en siffra förväntades i talet
    json.duplicate-id: id:t '{id}' finns två gånger ({what}; första gången på rad {line})
        hint: varje id måste vara unikt ({what})
    json.duplicate-key: nyckeln "{key}" finns två gånger ({context})
        hint: behåll en av dem
    json.element-not-a-string: varje element i "{key}" ska vara en sträng, inte {kind}
    json.exponent-digit-expected: felaktig JSON: en siffra förväntades i exponenten
    json.fraction-digit-expected: felaktig JSON: en siffra förväntades efter decimalpunkten
    json.invalid-date: "{key}" ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte "{value}"
    json.invalid-id: '{id}' kan inte användas som id ({what}): använd små bokstäver a–z, siffror och enkla bindestreck
        hint: till exempel '{slug}'
    json.invalid-month: "{key}" ska vara en månad i formen ÅÅÅÅ-MM, inte "{value}"
    json.invalid-surrogate-pair: felaktig JSON: ogiltigt surrogatpar i \u-sekvenser
    json.key-expected: felaktig JSON: en nyckel inom citattecken förväntades
    json.leading-zero: felaktig JSON: tal kan inte börja med 0 (skriv 5, inte 05)
    json.line-break-in-string: felaktig JSON: en sträng kan inte fortsätta över en radbrytning: '"' saknas
    json.list-comma-expected: felaktig JSON: ',' eller ']' förväntades efter ett listelement (saknas ett kommatecken?)
    json.lone-surrogate: felaktig JSON: en ensam surrogat-\u-sekvens är inget tecken
    json.lookalike-character: felaktig JSON: {character} hör inte till JSON-syntaxen
        hint: {fix}
    json.missing-finnish: "{key}" behöver en text på {language} ("{code}"), det språk som alla andra faller tillbaka på
    json.missing-key: den obligatoriska nyckeln "{key}" saknas ({context})
    json.missing-translation: "{key}" har ingen text på {language}: texten på {fallback} visas i stället
        hint: lägg till "{code}": "…"
    json.missing-value: felaktig JSON: filen tar slut oväntat: ett värde förväntades
    json.not-a-boolean: "{key}" ska vara true eller false, inte {kind}
    json.not-a-language-code: "{key}" är ingen språkkod (fi, sv, en)
    json.not-a-list: "{key}" ska vara en lista ([ … ]), inte {kind}
    json.not-a-number: "{key}" ska vara ett tal, inte {kind}
    json.not-a-string: "{key}" ska vara en sträng, inte {kind}
    json.not-a-whole-number: "{key}" ska vara ett heltal från {lowest} till {highest}
    json.not-an-object: {context}: ska vara ett objekt ({ … }), inte {kind}
    json.number-too-large: felaktig JSON: talet {number} är för stort
    json.object-comma-expected: felaktig JSON: ',' eller '}' förväntades efter en medlem (saknas ett kommatecken?)
    json.short-unicode-escape: felaktig JSON: en \u-sekvens behöver fyra hexadecimala siffror
    json.single-quotes: felaktig JSON: strängar skrivs inom dubbla citattecken ("), inte enkla
    json.space-in-number: felaktig JSON: ett tal kan inte innehålla mellanslag
        hint: skriv {fixed}: tal i JSON har inga tusentalsavgränsare
    json.too-deep: felaktig JSON: värdena är nästlade i mer än {limit} nivåer
    json.trailing-comma: felaktig JSON: ett kommatecken före '{bracket}' är inte tillåtet i JSON
    json.trailing-text: felaktig JSON: oväntad text efter slutet av JSON-värdet
    json.unclosed-escape: felaktig JSON: filen tar slut oväntat efter '\'
    json.unclosed-list: felaktig JSON: filen tar slut oväntat inuti en lista: ']' saknas
    json.unclosed-object: felaktig JSON: filen tar slut oväntat inuti ett objekt: '}' saknas
    json.unclosed-string: felaktig JSON: filen tar slut oväntat inuti en sträng: '"' saknas
    json.unclosed-unicode-escape: felaktig JSON: filen tar slut oväntat i en \u-sekvens
    json.unexpected-character: felaktig JSON: oväntat tecken '{character}': ett värde förväntades
    json.unknown-choice: okänt värde för {key}: "{value}"; giltiga värden: {valid}
        hint: menade du '{suggestion}'?
    json.unknown-escape: felaktig JSON: okänd escape-sekvens '\{character}' (använd \" \\ \/ \b \f \n \r \t eller \uXXXX)
    json.unknown-key: okänd nyckel "{key}" ({context})
        hint: menade du '{suggestion}'?
    json.unknown-language: "{code}" i "{key}" är inte ett språk på den här webbplatsen ({languages})
        hint: menade du '{suggestion}'?
    json.unknown-word: felaktig JSON: okänt ord: '{word}' förväntades (JSON-orden är true, false och null, med små bokstäver)

    # link
    link.broken: trasig länk: det finns ingen '{id}' ({kind})
        hint: menade du '{suggestion}'?
    link.invalid-web-address: "{url}" är inte en webbadress som en sida kan länka till
        hint: skriv hela adressen, med början https://
    link.missing-alt-text: bilden '{destination}' har ingen alternativtext
        hint: beskriv bilden: ![vad den visar]({destination})
    link.missing-anchor: trasig länk: '{id}' ({kind}) har ingen rubrik '#{fragment}'
        hint: menade du '{suggestion}'?
    link.missing-target: länken '{destination}' leder till {path}, som webbplatsen inte publicerar
        hint: länka till innehåll med dess id (page:about, goal:3): en sidas adress är olika på olika språk
    link.outside-site: länken '{destination}' leder utanför webbplatsen
        hint: länka till innehåll med dess id (page:about, goal:3) eller till en webbadress som börjar med https://
    link.root-absolute: länken '{destination}' börjar med '/', vilket inte fungerar när webbplatsen publiceras under en undersökväg eller öppnas från disk
        hint: länka till innehåll med dess id (page:about, goal:3) eller med en relativ sökväg
    link.unknown-kind: okänd typ av innehållslänk '{kind}'
        hint: menade du '{suggestion}:'?
    link.unsafe-scheme: länkar med '{scheme}' är inte tillåtna
        hint: länka till en webbadress eller till innehåll med dess id

    # metric
    metric.illustrative-with-tables: illustrativa värden kommer inte från någon statistiktabell: "tables" hör bara till verkliga värden
        hint: ta bort "tables", eller skriv "values": "real" om värdena är tabellernas egna
    metric.real-without-tables: verkliga värden måste ange de statistiktabeller de kommer från i "tables"
        hint: lägg till "tables": [{"id": "12r5", "updated": "YYYY-MM-DD", "retrieved": "YYYY-MM-DD"}], eller skriv "values": "illustrative" om de inte är verkliga
    metric.retrieved-before-update: tabellen {table} kan inte ha hämtats {retrieved}, före uppdateringen {updated}
        hint: kontrollera båda datumen: "retrieved" är dagen då filen laddades ned
    metric.duplicate-period: perioden {period} finns två gånger i den här serien
        hint: behåll ett värde per period
    metric.duplicate-series: en andra serie för '{area}' med samma indelning (den första på rad {line})
    metric.empty-breakdown: indelningen '{id}' har inga kategorier
    metric.incomplete-period: {period}: {count} av {total} områden; sidorna visar fortfarande {shown}
        hint: en period visas när {needed} av de {total} områdena (90 %) har ett värde eller en orsak till att det saknas
    metric.indicator-mismatch: filen heter '{id}.json' men anger "indicator": "{indicator}"
        hint: filnamnet och indikatorns id måste stämma överens
    metric.invalid-period: "{period}" är ingen period: skriv {example}
    metric.missing-breakdown: varje serie i den här indikatorn behöver en "breakdown" ({breakdowns})
    metric.missing-headline: en indikator med indelningar behöver en "headline" som anger kategorin som visas som huvudsiffra
    metric.missing-reason: ett saknat värde (null) behöver en orsak: lägg till "missing": "not-published", "suppressed" eller "not-applicable"
    metric.negative-tolerance: "trendTolerance" kan inte vara negativ
    metric.no-whole-country-series: indikatorn har ingen serie för hela landet ("area": "FI")
    metric.period-frequency: perioden "{period}" passar inte indikatorns periodlängd '{frequency}': skriv {example}
    metric.period-order: perioden {period} kommer efter {previous}: perioderna måste stå i stigande ordning
    metric.small-count: områdets antal {value} för {period} är under {limit}: antal på 1 till {largest} personer publiceras inte för områden
        hint: skriv "value": null, "missing": "suppressed" (se metodsidan)
    metric.tolerance-too-large: "trendTolerance" är {value}, mer än den kan vara ({highest})
        hint: med "trendToleranceRelative": true är toleransen en procentandel av det tidigare värdet
    metric.unexpected-breakdown: serien har en "breakdown" men indikatorn definierar inga "breakdowns"
    metric.unknown-area: okänt område "{area}": det finns inte i areas.json eller regions.json och är inte "FI"
        hint: menade du '{suggestion}'?
    metric.unknown-breakdown: {what} namnger "{key}", som inte är en indelning i den här indikatorn
        hint: menade du '{suggestion}'?
    metric.unknown-category: okänd kategori "{category}" (indelning {breakdown}); giltiga: {valid}
        hint: menade du '{suggestion}'?
    metric.unknown-flag: okänd markering "{flag}"; giltiga markeringar: {valid}
        hint: menade du '{suggestion}'?
    metric.value-and-missing: ett värde med ett tal kan inte också vara "missing"
    metric.value-below-minimum: värdet {value} är inte ett möjligt värde i enheten {unit} (minst {lowest})
    metric.value-not-a-number: "value" ska vara ett tal eller null, inte {kind}
    metric.value-out-of-range: värdet {value} är inte ett möjligt värde i enheten {unit} (från {lowest} till {highest})
    metric.value-too-small: värdet {value} är för litet för att visas: ett värde är 0 eller minst {smallest}
        hint: kontrollera värdet, eller skriv 0

    # output
    output.case-clash: skiljer sig bara i stora och små bokstäver från {others}
        hint: ge sidorna sökvägsdelar som skiljer sig i mer än stora och små bokstäver
    output.file-directory-clash: är en fil men också mappen för {child}
    output.file-system: kunde inte {operation}: {error}
    output.invalid-path: webbplatsens sökväg är ogiltig: {reason}
    output.not-made-by-build-site: utdatamappen innehåller redan filer men ingen {marker}: build-site har inte skapat den, så den ersätts inte
        hint: välj en ny eller tom mapp med --output; om det är en webbplats från en äldre build-site, ta bort den
    output.outside-working-directory: utdatamappen ligger utanför arbetsmappen {working}
        hint: använd --force om webbplatsen verkligen ska ligga där
    output.path-case-collision: {second} skulle publicera {path}, som bara skiljer sig i stora och små bokstäver från {other} i {first} ({position})
        hint: macOS, Windows och många webbhotell behandlar dem som samma: ge en av dem en annan adress
    output.path-collision: {second} skulle publicera {path}, som {first} ({position}) redan publicerar: den ena skulle skriva över den andra
        hint: ge en av dem en annan adress (gränssnittstexten eller filnamnet)
    output.path-folder-collision: {second} skulle publicera {path} både som fil och som mapp (för {other}), tillsammans med {first} ({position})
        hint: ge en av dem en annan adress
    output.publishing-failed: {reason}
    output.refused-output-directory: {reason}
        hint: välj en annan mapp med --output
    output.rendered-twice: den här filen skapades två gånger när webbplatsen byggdes (andra gången av {page})

    # registry
    registry.aland-member: området '{area}' nämner '{code}', en åländsk kommun; Åland hör inte till sysselsättningsområdena
    registry.area-and-region-id: id:t '{id}' används både för ett område och för en central
        hint: centralernas id börjar enligt praxis med 'ely-' eller 'evk-'
    registry.duplicate-area-code: området '{area}' har samma kod {code} som '{other}'
        hint: varje område har en egen kod i klassificeringen
    registry.duplicate-municipality-code: kommunkoden '{code}' finns två gånger (första gången på rad {line})
    registry.host-not-a-member: ansvarskommunen '{host}' för området '{area}' är inte en av dess medlemmar
    registry.invalid-merged-into: "mergedInto" är den tresiffriga koden för kommunen som den gick samman med, t.ex. "507"
    registry.invalid-merger-target: kommunen '{code}' måste gå samman med en nuvarande kommun på samma sida av Ålandsgränsen, inte '{target}'
    registry.invalid-municipality-code: en kommunkod har tre siffror, t.ex. "091"
    registry.invalid-population-date: "populationDate" ska vara ett datum i formen ÅÅÅÅ-MM-DD
    registry.invalid-tile-label: en rutetikett har 1 till 4 tecken, t.ex. "Hki", inte "{label}" ({language})
    registry.member-of-two-areas: kommunen '{code}' är medlem i både '{first}' och '{second}'
    registry.merged-member: området '{area}' nämner '{code}', som har gått samman med '{target}'
        hint: ange '{target}' i stället
    registry.missing-file: filen {file} saknas
        hint: se docs/EDITING.md för vad den innehåller
    registry.no-members: området '{area}' har inga medlemskommuner
        hint: räkna upp koderna för dess kommuner i "members"
    registry.shared-tile: området '{area}' har samma ruta på kartan som '{other}'
        hint: varje område behöver en egen ruta (column, row) på kartan
    registry.task-ends-before-start: uppgiften '{id}' slutar ({end}) innan den börjar ({start})
    registry.unknown-member: området '{area}' nämner en okänd kommunkod '{code}'
        hint: menade du '{suggestion}'?
    registry.unknown-merger-target: kommunen '{code}' har gått samman med en okänd kommun '{target}'
        hint: menade du '{suggestion}'?
    registry.unknown-region: området '{area}' nämner en okänd central '{region}'
        hint: menade du '{suggestion}'?
    registry.wrong-region-kind: centralen '{region}' för området '{area}' är av typen {kind}, inte {expected}

    # settings
    settings.default-language-not-listed: standardspråket '{language}' finns inte i "languages"
    settings.duplicate-language: språket '{language}' finns två gånger i listan
        hint: ange det bara en gång
    settings.goal-period-order: målperioden slutar ({end}) innan den börjar ({start})
    settings.invalid-base-url: ogiltig basadress '{url}': {reason}
    settings.invalid-email: "{email}" är inte en e-postadress
        hint: skriv den som namn@example.fi
    settings.invalid-goal-period: "{key}" ska vara en månad i formen ÅÅÅÅ-MM
    settings.missing-file: webbplatsens inställningsfil saknas
        hint: skapa {file} (se docs/EDITING.md)
    settings.no-base-url: ingen basadress: sitemap.xml, robots.txt och flödena gjordes inte
        hint: ange "baseURL" i site.json eller ge --base-url https://…/
    settings.unsupported-language: språket '{language}' stöds inte; språk som stöds: {supported}
        hint: menade du '{suggestion}'?

    # source
    source.empty: filen är tom
        hint: skriv innehåll eller ta bort filen
    source.invalid-utf8: filen är inte giltig UTF-8 (byte 0x{byte})
        hint: spara filen som UTF-8 i din editor
    source.too-large: filen är {size} KiB; innehållsfiler får vara högst {limit} MiB
        hint: dela filen, eller kontrollera att den inte är en export som hör hemma någon annanstans

    # strings
    strings.invalid-path-segment: "{key}" är ett mappnamn i webbplatsens adresser och kan inte vara "{value}": {reason}
        hint: skriv ett ord eller ord med bindestreck, som "tavoitteet"
    strings.missing-default: gränssnittstexterna på standardspråket ({language}) saknas
        hint: kopiera ett annat språks fil och översätt den
    strings.missing-default-string: gränssnittstexterna på {language} saknar "{key}", som sidorna behöver: de skulle visa bara nyckeln
        hint: är '{suggestion}' en felstavning av den?
        hint: lägg till "{key}": "…"
    strings.missing-language: gränssnittstexterna på {language} saknas; {fallback} visas i stället
    strings.missing-string: gränssnittstexten "{key}" på {language} saknas: texten på {fallback} visas i stället
        hint: kopiera den från {file} och översätt den
    strings.unused-string: gränssnittstexten "{key}" används inte
        hint: menade du '{suggestion}'?

    # Termer
    term language.fi: finska
    term language.sv: svenska
    term language.en: engelska
    term json.null: null
    term json.boolean: true eller false
    term json.number: ett tal
    term json.string: en sträng
    term json.list: en lista
    term json.object: ett objekt
    term object.file: filen
    term object.region: en central
    term object.municipality: en kommun
    term object.area: ett område
    term object.process: uppföljningsprocessen
    term object.cycle-event: en händelse i årshjulet
    term object.task: en uppgift i arbetsplanen
    term object.metric: indikatorns datafil
    term object.breakdown: en indelning
    term object.category: en kategori
    term object.series: en serie
    term object.value: ett värde
    term object.strings: gränssnittstexterna
    term object.provenance: "provenance"
    term object.provenance-table: en tabell i "provenance"
    term object.settings: webbplatsens inställningar
    term id.region: central
    term id.area: område
    term id.task: uppgift
    term id.breakdown: indelning
    term id.category: kategori
    term period.month: ÅÅÅÅ-MM, t.ex. "2025-03"
    term period.quarter: ÅÅÅÅ-Qn, t.ex. "2025-Q1"
    term period.year: ÅÅÅÅ, t.ex. "2025"
    term value.unset: inte angivet
    term path.empty: sökvägen är tom
    term path.absolute: sökvägen måste vara relativ, inte börja med /
    term path.backslash: omvända snedstreck är inte tillåtna i webbplatsens sökvägar
    term path.control: sökvägen innehåller ett styrtecken
    term path.empty-segment: tom del i sökvägen (// eller / i slutet)
    term path.dot-segment: delarna '.' och '..' är inte tillåtna
    term path.long-name: ett namn är längre än 255 byte
    term path.outside-site: den skulle skrivas utanför webbplatsen
    term path.marker: namnet är reserverat för markeringsfilen i build-sites utdata
    term output.symbolic-link: utdatamappen är en symbolisk länk; ange mappen den pekar på
    term output.is-file: utdatasökvägen finns och är inte en mapp
    term output.is-content: utdatamappen är innehållsmappen
    term output.contains-content: utdatamappen innehåller innehållsmappen
    term output.inside-content: utdatamappen ligger inuti innehållsmappen
    term output.repository: utdatamappen är roten av ett repository (den har Package.swift eller .git)
    term output.ancestor: utdatamappen är arbetsmappen eller en av mapparna ovanför den
    term output.is-assets: utdatamappen är resursmappen
    term output.contains-assets: utdatamappen innehåller resursmappen
    term output.inside-assets: utdatamappen ligger inuti resursmappen
    term operation.create-parent: skapa den överordnade mappen
    term operation.create-temporary: skapa den tillfälliga mappen
    term operation.move-new-site: flytta den nya webbplatsen på plats
    term operation.move-previous-aside: flytta undan den tidigare webbplatsen
    term operation.create-directory: skapa mapp
    term operation.write: skriva
    term operation.remove-leftover-temporary: ta bort den kvarlämnade tillfälliga mappen
    term operation.remove-leftover-previous: ta bort den kvarlämnade tidigare webbplatsen
    term operation.restore-previous: återställa den tidigare webbplatsen
    term operation.exchange: byta ut den tidigare webbplatsen mot den nya
    term import.kind.object: ett objekt ({ … })
    term import.kind.number: ett tal
    term import.kind.boolean: true eller false
    term import.kind.list: en lista ([ … ])
    term import.kind.string: en sträng
    term import.kind.number-or-null: ett tal eller null
    term import.kind.string-number-or-null: en sträng, ett tal eller null
    term import.kind.index: en lista med koder eller ett objekt {kod: position}
    term import.kind.values: en lista eller ett objekt {"index": värde}
    term import.kind.status: en sträng, en lista eller ett objekt {"index": status}
    term import.subject.value: ett värde
    term import.time-codes: 2026M06 (månad), 2024Q1 (kvartal) eller 2025 (år)
    term import.object.file: filen
    term import.object.mapping: mappningen
    term import.object.registry: områdesregistret
    term import.object.area: ett område
    term import.object.municipality-list: kommunlistan
    term import.object.municipality: en kommun
    term import.object.region: en central
    term import.object.indicator: en indikator
    term import.object.measure: ett värde (measure)
    term import.object.column: en kolumn
    term import.object.row: en datarad
    term import.reason.no-such-file: filen finns inte
    term import.reason.folder: det är en mapp
    term import.reason.permission: åtkomst nekas
    term fix.invisible: tecknet är osynligt: ta bort det
    term fix.line-break: ersätt det med en vanlig radbrytning
    term fix.minus: skriv ett minustecken som bindestreck -
    term fix.quote: skriv det raka citattecknet " (en ordbehandlare kan ha gjort det krökt)
    term fix.space: tecknet ser ut som ett mellanslag men är inte ett: skriv ett vanligt mellanslag
    term segment.backslash: ett omvänt snedstreck skiljer mappar åt i Windows
    term segment.dots: '.' och '..' betyder den här mappen och mappen ovanför
    term segment.empty: det är tomt
    term segment.invisible: det innehåller ett styrtecken eller ett tecken som bara ser ut som ett mellanslag
    term segment.long: det är längre än 100 byte
    term segment.slash: ett '/' skulle göra det till två mappar
    term segment.space: det börjar eller slutar med ett mellanslag
    term source.data-bundle: paketet med alla data
    term source.data-index: dataindexet
    term source.sitemap: webbplatskartan
    term source.robots: robots.txt
    term source.language-chooser: språkväljaren
    term source.not-found: sidan som visas när en sida inte hittas
    term source.feed: flödet
    term source.language: webbplatsens språk
    """#)
}
