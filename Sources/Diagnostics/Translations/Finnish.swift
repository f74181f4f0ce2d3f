extension Diagnostic.Translation {
    /// Finnish messages, hints and terms. The format is described on ``Diagnostic/Translation``; the text between
    /// the `"""#` lines is all a translator edits. Terms follow docs/GLOSSARY.md.
    static let finnish = Diagnostic.Translation(#"""
    # Viestit ja vihjeet suomeksi. Rivi on koodi, kaksoispiste ja viesti; sisennetyt 'hint:'-rivit ovat vihjeet
    # samassa järjestyksessä kuin englanniksi. Aaltosulkeiden {paikat} täyttyvät arvoilla: käytä täsmälleen
    # samoja kuin englanninkielinen viesti. Termit ('term avain: sanat') lisätään viesteihin sellaisinaan
    # (perusmuodossa), joten kirjoita viesti niin, että termi sopii siihen taipumatta.

    # content
    content.context-with-goal: tilannekuvan mittari ei kuulu mihinkään tavoitteeseen, joten sillä ei ole avainta '{key}'
        hint: poista '{key}', tai poista 'kind: context', jos mittari mittaa tavoitetta
    content.rate-is-a-count: mittaria '{id}' verrataan mittarilla '{rate}', joka on lukumäärä: eri kokoisia alueita ei voi verrata lukumäärillä
        hint: anna avaimelle 'rate' osuus tai suhdeluku asukasta kohden
    content.unknown-indicator-kind: tuntematon mittarin laji '{kind}'; sallitut lajit: {valid}
        hint: tarkoititko '{suggestion}'?
    content.unknown-rate: mittaria '{id}' verrataan mittarilla '{rate}', jota ei ole
        hint: tarkoititko '{suggestion}'?
    content.data-without-text: aineistotiedosto kuuluu mittarille '{id}', jolla ei ole tekstiä
        hint: tarkoititko '{suggestion}'? nimeä tiedosto uudelleen
        hint: lisää {file}
    content.facts-differ: avaimen '{key}' arvo on tässä '{value}', mutta tiedostossa {file} se on {source}
        hint: poista rivi: käännökset ottavat arvon '{key}' tiedostosta {file}
    content.foreign-language: '{language}' ei ole tämän sivuston kieli ({languages})
    content.goal-file-name: tavoitetiedosto nimetään tavoitteen numerolla, esim. '3.fi.md', ei '{id}'
    content.invalid-file-id: '{id}' ei kelpaa tunnisteeksi: käytä pieniä kirjaimia a–z, numeroita ja yksittäisiä yhdysmerkkejä
        hint: nimeä tiedosto uudelleen, esim. '{slug}'
    content.invalid-goal-number: 'goals' luettelee tavoitteiden numerot, esim. '- 3', ei '{value}'
    content.markdown-file-name: Markdown-tiedoston nimen on oltava '<tunniste>.<kieli>.md', esim. 'about.fi.md'
    content.missing-data: mittarilla '{id}' ei ole aineistotiedostoa
        hint: lisää {file} (tai nimeä data/{suggestion}.json uudelleen, jos se on tämän mittarin aineisto)
        hint: lisää {file}
    content.missing-default-language: tekstiltä '{id}' puuttuu kieliversio ({language}), jota kaikki muut kielet käyttävät varalla
        hint: lisää {file}
    content.missing-special-page: sivustolta puuttuu sivu '{page}', johon jokainen sivu linkittää
        hint: lisää {file} ja sen käännökset
    content.missing-translation: käännös puuttuu ({language}): sen tilalla näytetään teksti toisella kielellä ({fallback})
        hint: lisää {file}
    content.narrative-without-area: tälle kuvaukselle ei ole aluetta '{id}'
        hint: tarkoititko '{suggestion}'?
    content.no-headline: tavoitteella {goal} ei ole etusivulla näytettävää päämittaria
        hint: merkitse yhdelle tavoitteen mittarille 'headline: true'
    content.outdated-translation: lähdeteksti ({source}) on muuttunut sen jälkeen, kun tämä käännös ({language}) tehtiin
        hint: päivitä käännös tiedoston {file} mukaan ja aja sitten 'build-site --mark-translated {translation}'
    content.reserved-indicator-id: '{id}' on varattu aineistolatauksille, eikä se voi olla mittarin tunniste
        hint: nimeä mittarin tiedostot uudelleen
    content.same-order: mittareilla '{first}' ja '{second}' on sama järjestysnumero {order}
    content.several-headlines: tavoitteella {goal} on useampi kuin yksi päämittari
        hint: merkitse 'headline: true' vain yhdelle mittarille kussakin tavoitteessa
    content.unknown-discussion-goal: keskustelu mainitsee tavoitteen {goal}, jota ei ole
    content.unknown-goal: mittari '{id}' mainitsee tavoitteen {goal}, jota ei ole
        hint: tavoitteet: {goals}
    content.unknown-participant: 'participants' mainitsee tunnisteen '{area}', joka ei ole alue
        hint: tarkoititko '{suggestion}'?
    content.unknown-region: tuntematon keskus '{region}'
        hint: tarkoititko '{suggestion}'?
    content.unused-file: sivusto ei käytä tätä tiedostoa
        hint: tarkoititko '{suggestion}'?
        hint: sisältötiedostot ovat kansiossa {root}/ (JSON) ja sen alikansioissa {folders}

    # front-matter
    front-matter.duplicate-key: avain '{key}' on kahdesti
        hint: jätä toinen pois
    front-matter.empty-value: '{key}' on tyhjä
    front-matter.flow-collection: alkutiedoissa ei voi käyttää sulkeilla kirjoitettuja rakenteita ('{character}…')
        hint: kirjoita luettelo riveinä, jotka alkavat '  - '
    front-matter.indentation: odottamaton sisennys: alkutiedoissa ei voi olla sisäkkäisiä arvoja
        hint: kirjoita jokainen avain rivin alkuun muodossa 'avain: arvo'
    front-matter.invalid-date: avaimen '{key}' arvon on oltava päivämäärä muodossa VVVV-KK-PP, ei '{value}'
    front-matter.invalid-key: '{key}' ei kelpaa avaimeksi: avaimissa on pieniä kirjaimia, numeroita ja '_'
    front-matter.item-without-key: luettelon alkio ilman avainta sen yläpuolella
        hint: kirjoita 'avain:' omalle rivilleen ennen '- alkio' -rivejä
    front-matter.key-value-expected: odotettiin muotoa 'avain: arvo'
        hint: jokainen alkutietojen rivi on 'avain: arvo' tai '  - alkio'
    front-matter.lookalike-character: alkutiedoissa on tässä {character}, vaikka tähän kuuluu välilyönti
        hint: avaimen '{key}:' jälkeen: {fix}
        hint: {fix}
    front-matter.missing-key: alkutiedoista puuttuu pakollinen avain '{key}'
        hint: lisää rivi '{key}: …' '---'-rivien väliin
    front-matter.multi-line-value: monirivisiä arvoja ('{character}') ei voi käyttää alkutiedoissa
        hint: kirjoita arvo yhdelle riville tai siirrä pitkä teksti Markdown-tekstiin
    front-matter.not-a-boolean: avaimen '{key}' arvon on oltava true tai false, ei '{value}'
    front-matter.not-a-list: avaimen '{key}' arvon on oltava luettelo: kirjoita '{key}:' ja sen alle yksi '  - alkio' -rivi kustakin alkiosta
    front-matter.not-a-single-value: avaimella '{key}' on oltava yksi arvo, ei luettelo
    front-matter.not-a-whole-number: avaimen '{key}' arvon on oltava kokonaisluku väliltä {lowest}–{highest}, ei '{value}'
    front-matter.not-at-start: alkutietojen on alettava tiedoston ensimmäiseltä riviltä, ei tyhjien rivien jälkeen
        hint: poista tyhjät rivit '---'-rivin yläpuolelta
    front-matter.reserved-character: arvo ei voi alkaa merkillä '{character}', ellei se ole lainausmerkeissä
        hint: kirjoita arvo lainausmerkkeihin
    front-matter.space-after-colon: avaimen '{key}:' jälkeen tarvitaan välilyönti
    front-matter.tab: sarkaimia ei voi käyttää alkutiedoissa
        hint: kirjoita sarkaimen tilalle välilyönti avaimen '{key}:' jälkeen
        hint: käytä sarkainten sijaan välilyöntejä
    front-matter.text-after-quote: odottamatonta tekstiä loppulainausmerkin jälkeen
    front-matter.unclosed: alkutietoja ei ole suljettu: rivi, jolla on vain '---', puuttuu
        hint: lisää rivi '---' rivin {line} jälkeen, ennen tekstiä
    front-matter.unclosed-quote: lainausmerkeissä olevaa arvoa ei ole suljettu: loppumerkki {quote} puuttuu
        hint: päätä arvo merkillä {quote} samalla rivillä
    front-matter.unknown-escape: tuntematon koodinvaihtomerkintä '\{character}' lainausmerkeissä olevassa arvossa
        hint: kirjoita lainausmerkki \" ja kenoviiva \\
    front-matter.unknown-key: tuntematon alkutietojen avain '{key}'
        hint: tarkoititko '{suggestion}'?
        hint: tässä kelpaavat avaimet: {valid}
    front-matter.unquoted-colon: arvo, jossa on ': ', on kirjoitettava lainausmerkkeihin
        hint: kirjoita {written}

    # import
    import.aland-member: alueen "{area}" kunta {code} on merkitty uudistuksen ulkopuolelle (Ahvenanmaa)
    import.bad-date: avaimen "{key}" arvon on oltava päivämäärä muodossa VVVV-KK-PP, ei "{value}"
    import.bad-mapping: tuntematon {key} "{value}"; kelpaavat arvot: {valid}
        hint: tarkoititko '{suggestion}'?
    import.bad-number: "{text}" ei ole luku eikä puuttuvan arvon merkki, kuten ".."
        hint: {format} kirjoittaa luvut desimaalipisteellä
    import.bad-period: jakso "{code}" ei ole aikakoodi: kirjoita {examples}
    import.category-count: "size" antaa ulottuvuudelle "{dimension}" luvun {size}, mutta luokkia on {count}
    import.cell-index: {what}-avain "{key}" ei ole solun indeksi väliltä 0–{highest}
    import.duplicate-area: alue "{area}" on kahdesti
    import.duplicate-category: ulottuvuuden "{dimension}" kahdella luokalla on sama sijainti {position}
    import.duplicate-cell: toinen rivi yhdistelmälle {codes}
        hint: kukin koodien yhdistelmä saa esiintyä kerran
    import.duplicate-code: koodi "{code}" on kahdesti ulottuvuudessa "{dimension}"
    import.duplicate-column: sarake "{column}" on kahdesti
    import.duplicate-key: avain "{key}" on kahdesti ({context})
        hint: jätä toinen pois
    import.duplicate-member: kunnan {code} ilmoittavat jäsenekseen sekä "{first}" että "{second}"
        hint: kunta kuuluu yhteen työllisyysalueeseen
    import.duplicate-row: toinen rivi samalle paikalle, luokalle ja jaksolle (ensimmäinen rivillä {line})
        hint: jätä riveistä yksi
    import.empty-file: tiedosto on tyhjä
    import.empty-spreadsheet: tiedostossa ei ole rivejä
        hint: tallenna taulukko uudelleen CSV-muodossa
    import.empty-text: teksti "{key}" on tyhjä
    import.encoding: tiedosto ei ole kelvollista UTF-8:aa
        hint: lataa tiedosto uudelleen UTF-8-muodossa tai tallenna se UTF-8-muodossa
    import.file-too-large: tiedoston koko on {size} MiB; enintään {limit} MiB luetaan
        hint: lataa kerralla vähemmän jaksoja tai alueita
    import.id-size-mismatch: "id" nimeää {dimensions} ulottuvuutta, mutta "size" antaa {sizes} kokoa
    import.indicator-mapped-twice: mittari "{indicator}" on kuvaustiedostossa kahdesti
    import.invalid-indicator-id: '{id}' ei ole mittarin tunniste: käytä pieniä kirjaimia, numeroita ja yhdysmerkkejä
    import.invalid-member-code: "{code}" ei ole kuntanumero (kolme numeroa, esim. "091")
    import.invalid-region-id: '{id}' ei ole alueen tunniste: käytä pieniä kirjaimia, numeroita ja yhdysmerkkejä
    import.json-stat-1: tämä näyttää JSON-stat 1.0 -kokoelmalta; vain JSON-stat 2.0 luetaan
        hint: lataa taulukko muodossa JSON-stat2
    import.json-stat-version: JSON-stat-versiota "{version}" ei lueta; vain versio 2.0
    import.measure-in-ratio: "measure" kuuluu muotoon "aggregate": "sum"; suhdeluku lukee avaimet "numerator" ja "denominator"
    import.missing-column: otsikkorivillä ei ole saraketta {column}
        hint: nimeä jokin sarake jollakin näistä: {names}
    import.missing-data: tiedostossa ei ole DATA-osaa eikä siis arvoja
        hint: lataus on ehkä katkennut kesken
    import.missing-finnish: "source" tarvitsee suomenkielisen tekstin ("fi")
    import.missing-index: ulottuvuuden "{dimension}" luokalla ei ole avainta "index"; sen voi jättää pois vain yhden luokan ulottuvuudesta
    import.missing-key: pakollinen avain "{key}" puuttuu ({context})
    import.missing-updated: tiedosto {file} ei kerro, milloin se on päivitetty
        hint: lisää kuvaustiedostoon "updated": "VVVV-KK-PP"
    import.mixed-frequencies: jakso "{code}" on {frequency}, mutta "{first}" on {firstFrequency}: taulukon kaikkien jaksojen on oltava samanpituisia
    import.negative-tolerance: "trendTolerance" ei voi olla negatiivinen
    import.no-area-dimension: millään tiedoston {file} ulottuvuudella ei ole alueita (koodeja kuten SSS, KU091, MK01, SK011, ELY01)
        hint: lataa taulukko kunnittain; `import-stats inspect --dimensions` luettelee sen koodit
    import.no-measure-columns: vastauksessa ei ole arvosarakkeita (tyyppi "c") eikä siis arvoja
    import.no-series: tiedostossa {file} ei ole tämän luokan aikasarjaa paikalle {place}
        hint: lisää aikasarja ensin tiedostoon käsin tai korjaa alue tai luokka
    import.no-tables: "tables" ei nimeä yhtään taulukkoa
    import.no-time-dimension: millään tiedoston {file} ulottuvuudella ei ole jaksoja (koodeja kuten {examples})
    import.not-a-language-code: "{key}" ei ole kielikoodi (fi, sv, en)
    import.not-a-metric-file: tämä ei ole mittarin aineistotiedosto: siinä ei ole "series"-luetteloa
        hint: anna mittari, jonka tiedostoon Content/data/<mittari>.json luvut kuuluvat
    import.not-a-whole-number: {subject}: pitää olla kokonaisluku väliltä {lowest}–{highest}, ei {value}
    import.px-codes-count: CODES("{name}") luettelee {codes} koodia, mutta VALUES {values}
    import.px-data-count: DATA-osassa on {count} solua, mutta ulottuvuuksista ({sizes}) tulee {expected}
    import.px-equals-expected: avainsanan {keyword} jälkeen odotettiin merkkiä '='
    import.px-keys: KEYS-muotoa (PX:n harva tietoasettelu) ei lueta
        hint: lataa taulukko uudelleen ilman KEYS-muotoa tai muodossa JSON-stat2
    import.px-missing-character: avainsanan {keyword} jälkeen puuttuu '{character}'
    import.px-name-expected: avainsanan {keyword} jälkeen sulkeissa odotettiin nimeä lainausmerkeissä
    import.px-no-dimensions: tiedostossa ei ole STUB- eikä HEADING-osaa, joten se ei nimeä ulottuvuuksia
    import.px-no-values: muuttujalla "{name}" ei ole VALUES-osaa
    import.px-separator-expected: avainsanan {keyword} arvossa odotettiin merkkiä ',' tai ';'
        hint: puuttuuko '"' tai edellisen rivin lopusta ';'?
    import.px-syntax: odotettiin avainsanaa, kuten VALUES tai DATA, ei '{found}'
        hint: puuttuuko jollakin aiemmalla rivillä ';' tai '"'?
    import.px-time-format: tuntematon aikamuoto "{format}" TLIST-osassa: PX käyttää muotoja A1 (vuosi), H1, T1, Q1 (neljännes), M1 (kuukausi) tai W1
    import.px-timeval: TIMEVAL("{name}") alkaa muodolla TLIST(A1), TLIST(Q1), TLIST(M1)…
    import.px-timeval-count: TIMEVAL("{name}") luettelee {periods} jaksoa, mutta VALUES {values}
    import.px-unclosed-string: tätä merkkijonoa ei ole suljettu rivillään: '"' puuttuu
        hint: seuraavalle riville jatkuva teksti kirjoitetaan kahtena merkkijonona, kumpikin suljettuna omalla rivillään
    import.px-unexpected-character: odottamaton '{character}' avainsanan {keyword} arvossa
    import.px-unterminated: tiedosto loppuu ennen kuin ';' päättää avainsanan {keyword}
        hint: lataus on ehkä katkennut kesken
    import.ratio-key-in-sum: "{key}" kuuluu muotoon "aggregate": "ratio"; summa lukee avaimen "measure"
    import.region-twice: keskus "{region}" on luettelossa kahdesti
    import.region-without-codes: keskus "{region}" tarvitsee avaimeen "codes" vähintään yhden aluekoodin
    import.row-key-count: tämän rivin avaimessa "key" on {count} koodia; sarakkeet nimeävät {expected} ulottuvuutta ({columns})
    import.row-value-count: tällä rivillä on {count} arvoa; sarakkeet nimeävät {expected} arvosaraketta
    import.scale-not-positive: "scale" on oltava suurempi kuin 0
    import.size-mismatch: "value" sisältää {count} arvoa, mutta koot {sizes} tekevät {expected}
        hint: lataa tiedosto uudelleen; se on vajaa
    import.spreadsheet-number: '{text}' ei ole luku
        hint: kirjoita luku, esim. 12,4 tai 12.4, tai jätä solu tyhjäksi, jos arvo puuttuu
    import.spreadsheet-out-of-range: {value} ei ole mahdollinen arvo yksikössä {unit}
    import.spreadsheet-period: '{text}' ei ole tämän mittarin jakso (jakson pituus: {frequency})
        hint: kirjoita se muodossa {example}
    import.status-count: "status" sisältää {count} merkintää, mutta soluja on {cells}
        hint: anna yksi tila kullekin solulle, objekti {"index": tila} tai yksi merkkijono
    import.table-date: {key} ei ole päivämäärä: "{value}"
        hint: muoto kirjoittaa sen esim. {example}
    import.too-many-cells: koot tekevät yli {limit} solua
    import.unclaimed-municipality: mikään alue ei ilmoita kuntaa {code}{label} jäsenekseen
        hint: lisää "{number}" jonkin alueen jäseniin tai "{code}" kuvaustiedoston kohtaan "ignore", jos koodi ei ole uudistukseen kuuluva kunta
    import.unclosed-quote: tätä lainausmerkeissä olevaa solua ei ole suljettu: tiedosto loppuu sen sisällä
        hint: lisää loppulainausmerkki " tai poista alkulainausmerkki
    import.undescribed-dimension: "id" nimeää ulottuvuuden "{dimension}", jota "dimension" ei kuvaa
        hint: tarkoititko '{suggestion}'?
    import.unknown-area-code: alueen "{area}" kunta {code} ei ole tiedostossa {file} (riviä {row} ei ole)
        hint: tarkista kuntanumero taulukon koodeista
    import.unknown-category: '{text}' ei ole jaottelun '{breakdown}' luokka
        hint: kirjoita jokin näistä: {valid}
    import.unknown-column-type: tuntematon saraketyyppi "{type}": PxWebin sarakkeet ovat "d" (ulottuvuus), "t" (aika) tai "c" (arvo)
    import.unknown-dimension: "select" nimeää ulottuvuuden "{dimension}", jota tiedostossa {file} ei ole (tai jossa ovat sen alueet tai jaksot)
        hint: tarkoititko '{suggestion}'?
    import.unknown-format: tämä ei ole PxWeb JSON-, JSON-stat 2.0- eikä PX-tiedosto
        hint: lataa taulukko StatFinistä muodossa JSON-stat2, PX tai PxWeb JSON
    import.unknown-key: tuntematon avain "{key}" ({context})
        hint: tarkoititko '{suggestion}'?
    import.unknown-measure: arvoa "{measure}" ei ole tiedostossa {file}
        hint: tarkoititko '{suggestion}'?
        hint: sen arvot: {known}
    import.unknown-place: '{text}' ei ole alue, elinvoimakeskus tai koko maa
        hint: tarkoititko '{suggestion}'?
        hint: kirjoita alueen tunniste, numero tai nimi kuten tiedostossa Content/areas.json
    import.unknown-region-code: keskus "{region}" muodostetaan koodista {code}, jota ei ole tiedostossa {file}
        hint: tarkoititko '{suggestion}'?
        hint: jätä keskukset pois tästä mittarista: "regions": []
    import.unknown-role-dimension: rooli {role} nimeää ulottuvuuden "{dimension}", jota ei ole kohdassa "id"
        hint: tarkoititko '{suggestion}'?
    import.unknown-select-category: ulottuvuudella "{dimension}" ei ole tiedostossa {file} luokkaa "{code}"
        hint: tarkoititko '{suggestion}'?
    import.unknown-status: '{text}' ei ole tila
        hint: kirjoita provisional, break-in-series, suppressed, not-published tai not-applicable (tai jätä tyhjäksi)
    import.unknown-table: taulukkoa "{table}" ei ole kohdassa "tables"
        hint: tarkoititko '{suggestion}'?
    import.unlisted-dimension: ulottuvuutta "{dimension}" ei ole lueteltu kohdassa "id", joten sillä ei ole paikkaa soluissa
    import.unreadable-file: tiedostoa ei voi lukea: {reason}
        hint: tarkista polku (--table tai kuvaustiedoston "tables" ja "registry")
    import.unselected-dimension: tiedostossa {file} on ulottuvuudessa "{dimension}" {count} luokkaa; kuvaustiedoston on valittava yksi
        hint: nimeä yksi avaimella "measure", esim. "{measure}"
        hint: lisää "select": {"{dimension}": "{category}"}
    import.unsupported: tämä on JSON-stat-muodon {kind}, ei dataset
        hint: lataa yksi taulukko JSON-stat2-datasetinä
    import.unused-table: mikään mittari ei lue taulukkoa "{table}"
        hint: poista se kohdasta "tables" tai nimeä se jonkin mittarin kohdassa "table"
    import.value-and-reason: rivillä, jolla on arvo, ei voi olla syytä puuttuvalle arvolle
        hint: jätä arvo tyhjäksi tai poista syy tilasta
    import.value-out-of-range: {indicator}: arvo {value} alueelle {area} jaksolla {period} ei ole mahdollinen yksikössä {unit}
        hint: tarkista "scale" ({scale}) ja mikä arvo on osoittaja
    import.wrong-type: {subject}: pitää olla {expected}, ei {kind}
        hint: {format} merkitsee puuttuvat arvot null-arvolla ja "status"-merkinnällä

    # json
    json.colon-expected: virheellinen JSON: avaimen "{key}" jälkeen odotettiin merkkiä ':'
    json.control-character: virheellinen JSON: ohjausmerkki {character} on kirjoitettava merkkijonossa koodinvaihtona
        hint: kirjoita sarkain muodossa \t ja rivinvaihto muodossa \n, tai poista merkki
    json.decimal-comma: virheellinen JSON: luku {number} on kirjoitettu desimaalipilkulla
        hint: kirjoita {fixed}: JSONissa desimaalierotin on piste
    json.digit-expected: virheellinen JSON: luvussa odotettiin numeroa
    json.duplicate-id: tunniste '{id}' on kahdesti ({what}; ensimmäinen rivillä {line})
        hint: jokainen tunniste on eri ({what})
    json.duplicate-key: avain "{key}" on kahdesti ({context})
        hint: jätä toinen pois
    json.element-not-a-string: luettelon "{key}" jokaisen alkion on oltava merkkijono, ei {kind}
    json.exponent-digit-expected: virheellinen JSON: eksponentissa odotettiin numeroa
    json.fraction-digit-expected: virheellinen JSON: desimaalipisteen jälkeen odotettiin numeroa
    json.invalid-date: avaimen "{key}" arvon on oltava päivämäärä muodossa VVVV-KK-PP, ei "{value}"
    json.invalid-id: '{id}' ei kelpaa tunnisteeksi ({what}): käytä pieniä kirjaimia a–z, numeroita ja yksittäisiä yhdysmerkkejä
        hint: esimerkiksi '{slug}'
    json.invalid-month: avaimen "{key}" arvon on oltava kuukausi muodossa VVVV-KK, ei "{value}"
    json.invalid-surrogate-pair: virheellinen JSON: virheellinen korvausmerkkipari \u-merkinnöissä
    json.key-expected: virheellinen JSON: odotettiin avainta lainausmerkeissä
    json.leading-zero: virheellinen JSON: luku ei voi alkaa nollalla (kirjoita 5, ei 05)
    json.line-break-in-string: virheellinen JSON: merkkijono ei voi jatkua rivinvaihdon yli: '"' puuttuu
    json.list-comma-expected: virheellinen JSON: luettelon alkion jälkeen odotettiin merkkiä ',' tai ']' (puuttuuko pilkku?)
    json.lone-surrogate: virheellinen JSON: yksinäinen korvausmerkin \u-merkintä ei ole merkki
    json.lookalike-character: virheellinen JSON: {character} ei kuulu JSONin merkintätapaan
        hint: {fix}
    json.missing-finnish: "{key}" tarvitsee kieliversion ({language}, "{code}"), jota kaikki muut kielet käyttävät varalla
    json.missing-key: pakollinen avain "{key}" puuttuu ({context})
    json.missing-translation: kohdasta "{key}" puuttuu teksti ({language}): sen tilalla näytetään teksti toisella kielellä ({fallback})
        hint: lisää "{code}": "…"
    json.missing-value: virheellinen JSON: tiedosto loppuu odottamatta: odotettiin arvoa
    json.not-a-boolean: avaimen "{key}" arvon on oltava true tai false, ei {kind}
    json.not-a-language-code: "{key}" ei ole kielikoodi (fi, sv, en)
    json.not-a-list: avaimen "{key}" arvon on oltava luettelo ([ … ]), ei {kind}
    json.not-a-number: avaimen "{key}" arvon on oltava luku, ei {kind}
    json.not-a-string: avaimen "{key}" arvon on oltava merkkijono, ei {kind}
    json.not-a-whole-number: avaimen "{key}" arvon on oltava kokonaisluku väliltä {lowest}–{highest}
    json.not-an-object: {context}: pitää olla objekti ({ … }), ei {kind}
    json.number-too-large: virheellinen JSON: luku {number} on liian suuri
    json.object-comma-expected: virheellinen JSON: jäsenen jälkeen odotettiin merkkiä ',' tai '}' (puuttuuko pilkku?)
    json.short-unicode-escape: virheellinen JSON: \u-merkintä tarvitsee neljä heksadesimaalinumeroa
    json.single-quotes: virheellinen JSON: merkkijonot kirjoitetaan lainausmerkkeihin ("), ei heittomerkkeihin
    json.space-in-number: virheellinen JSON: luvussa ei voi olla välilyöntejä
        hint: kirjoita {fixed}: JSON-luvuissa ei ole tuhaterottimia
    json.too-deep: virheellinen JSON: arvoja on sisäkkäin yli {limit} tasoa
    json.trailing-comma: virheellinen JSON: pilkkua ei saa olla ennen merkkiä '{bracket}'
    json.trailing-text: virheellinen JSON: odottamatonta tekstiä JSON-arvon lopun jälkeen
    json.unclosed-escape: virheellinen JSON: tiedosto loppuu odottamatta merkin '\' jälkeen
    json.unclosed-list: virheellinen JSON: tiedosto loppuu odottamatta luettelon sisällä: ']' puuttuu
    json.unclosed-object: virheellinen JSON: tiedosto loppuu odottamatta objektin sisällä: '}' puuttuu
    json.unclosed-string: virheellinen JSON: tiedosto loppuu odottamatta merkkijonon sisällä: '"' puuttuu
    json.unclosed-unicode-escape: virheellinen JSON: tiedosto loppuu odottamatta \u-merkinnän sisällä
    json.unexpected-character: virheellinen JSON: odottamaton merkki '{character}': odotettiin arvoa
    json.unknown-choice: tuntematon {key} "{value}"; kelpaavat arvot: {valid}
        hint: tarkoititko '{suggestion}'?
    json.unknown-escape: virheellinen JSON: tuntematon koodinvaihtomerkintä '\{character}' (käytä \" \\ \/ \b \f \n \r \t tai \uXXXX)
    json.unknown-key: tuntematon avain "{key}" ({context})
        hint: tarkoititko '{suggestion}'?
    json.unknown-language: "{code}" kohdassa "{key}" ei ole tämän sivuston kieli ({languages})
        hint: tarkoititko '{suggestion}'?
    json.unknown-word: virheellinen JSON: tuntematon sana: odotettiin '{word}' (JSONin sanat ovat true, false ja null pienillä kirjaimilla)

    # link
    link.broken: rikkinäinen linkki: kohdetta '{id}' ({kind}) ei ole
        hint: tarkoititko '{suggestion}'?
    link.invalid-web-address: "{url}" ei ole verkko-osoite, johon sivu voi linkittää
        hint: kirjoita osoite kokonaan, alkaen https://
    link.missing-alt-text: kuvalla '{destination}' ei ole tekstivastinetta
        hint: kuvaile kuva: ![mitä kuvassa on]({destination})
    link.missing-anchor: rikkinäinen linkki: kohteessa '{id}' ({kind}) ei ole otsikkoa '#{fragment}'
        hint: tarkoititko '{suggestion}'?
    link.missing-target: linkki '{destination}' vie polkuun {path}, jota sivusto ei julkaise
        hint: linkitä sisältöön sen tunnisteella (page:about, goal:3): sivun osoite on eri kielillä eri
    link.outside-site: linkki '{destination}' vie sivuston ulkopuolelle
        hint: linkitä sisältöön sen tunnisteella (page:about, goal:3) tai verkko-osoitteeseen, joka alkaa https://
    link.root-absolute: linkki '{destination}' alkaa merkillä '/', joten se ei toimi, kun sivusto julkaistaan alipolussa tai avataan levyltä
        hint: linkitä sisältöön sen tunnisteella (page:about, goal:3) tai suhteellisella polulla
    link.unknown-kind: tuntematon sisältölinkin laji '{kind}'
        hint: tarkoititko '{suggestion}:'?
    link.unsafe-scheme: linkit, joissa on '{scheme}', eivät ole sallittuja
        hint: linkitä verkko-osoitteeseen tai sisältöön sen tunnisteella

    # metric
    metric.illustrative-with-tables: havainnollistavat luvut eivät tule mistään tilastotaulukosta: "tables" kuuluu vain todellisille luvuille
        hint: poista "tables", tai kirjoita "values": "real", jos luvut ovat taulukoiden omia
    metric.real-without-tables: todellisten lukujen on nimettävä avaimessa "tables" tilastotaulukot, joista ne ovat
        hint: lisää "tables": [{"id": "12r5", "updated": "YYYY-MM-DD", "retrieved": "YYYY-MM-DD"}], tai kirjoita "values": "illustrative", jos luvut eivät ole todellisia
    metric.retrieved-before-update: taulukkoa {table} ei ole voitu hakea {retrieved}, ennen kuin se päivitettiin {updated}
        hint: tarkista molemmat päivämäärät: "retrieved" on päivä, jona tiedosto ladattiin
    metric.duplicate-period: jakso {period} on tässä aikasarjassa kahdesti
        hint: jätä kullekin jaksolle yksi arvo
    metric.duplicate-series: toinen aikasarja alueelle '{area}' samalla jaottelulla (ensimmäinen rivillä {line})
    metric.empty-breakdown: jaottelulla '{id}' ei ole luokkia
    metric.incomplete-period: {period}: {count}/{total} aluetta; sivut näyttävät yhä jakson {shown}
        hint: jakso näytetään, kun {needed}/{total} alueella (90 %) on arvo tai syy sen puuttumiselle
    metric.indicator-mismatch: tiedoston nimi on '{id}.json', mutta siinä lukee "indicator": "{indicator}"
        hint: tiedoston nimen ja mittarin tunnisteen on oltava samat
    metric.invalid-period: "{period}" ei ole jakso: kirjoita {example}
    metric.missing-breakdown: tämän mittarin jokainen aikasarja tarvitsee avaimen "breakdown" ({breakdowns})
    metric.missing-headline: jaotellulla mittarilla on oltava "headline", joka nimeää päälukuna näytettävän luokan
    metric.missing-reason: puuttuva arvo (null) tarvitsee syyn: lisää "missing": "not-published", "suppressed" tai "not-applicable"
    metric.negative-tolerance: "trendTolerance" ei voi olla negatiivinen
    metric.no-whole-country-series: mittarilla ei ole koko maan aikasarjaa ("area": "FI")
    metric.period-frequency: jakso "{period}" ei vastaa mittarin jakson pituutta '{frequency}': kirjoita {example}
    metric.period-order: jakso {period} tulee jakson {previous} jälkeen: jaksojen on oltava nousevassa järjestyksessä
    metric.small-count: alueen lukumäärä {value} jaksolla {period} on alle {limit}: alueiden 1–{largest} hengen lukumääriä ei julkaista
        hint: kirjoita "value": null, "missing": "suppressed" (ks. menetelmäsivu)
    metric.tolerance-too-large: "trendTolerance" on {value}, enemmän kuin se voi olla ({highest})
        hint: kun "trendToleranceRelative": true, toleranssi on prosentteina aiemmasta arvosta
    metric.unexpected-breakdown: tällä aikasarjalla on "breakdown", mutta mittari ei määrittele jaotteluja ("breakdowns")
    metric.unknown-area: tuntematon alue "{area}": se ei ole tiedostossa areas.json eikä regions.json, eikä se ole "FI"
        hint: tarkoititko '{suggestion}'?
    metric.unknown-breakdown: {what} nimeää tunnisteen "{key}", joka ei ole tämän mittarin jaottelu
        hint: tarkoititko '{suggestion}'?
    metric.unknown-category: tuntematon luokka "{category}" (jaottelu {breakdown}); kelpaavat: {valid}
        hint: tarkoititko '{suggestion}'?
    metric.unknown-flag: tuntematon merkintä "{flag}"; kelpaavat merkinnät: {valid}
        hint: tarkoititko '{suggestion}'?
    metric.value-and-missing: arvo, jossa on luku, ei voi olla myös "missing"
    metric.value-below-minimum: arvo {value} ei ole mahdollinen yksikössä {unit} (vähintään {lowest})
    metric.value-not-a-number: avaimen "value" arvon on oltava luku tai null, ei {kind}
    metric.value-out-of-range: arvo {value} ei ole mahdollinen yksikössä {unit} (väliltä {lowest}–{highest})
    metric.value-too-small: arvo {value} on liian pieni näytettäväksi: arvon on oltava 0 tai vähintään {smallest}
        hint: tarkista arvo, tai kirjoita 0

    # output
    output.case-clash: eroaa vain kirjainkooltaan polusta {others}
        hint: anna sivuille polun osat, jotka eroavat muutenkin kuin kirjainkooltaan
    output.file-directory-clash: on tiedosto mutta myös polun {child} kansio
    output.file-system: {operation} epäonnistui: {error}
    output.invalid-path: sivuston polku ei kelpaa: {reason}
    output.not-made-by-build-site: tuloskansiossa on jo tiedostoja mutta ei tiedostoa {marker}: build-site ei tehnyt kansiota, joten se ei korvaa sitä
        hint: valitse valitsimella --output uusi tai tyhjä kansio; jos tämä on vanhemman build-siten tekemä sivusto, poista se
    output.outside-working-directory: tuloskansio on työkansion {working} ulkopuolella
        hint: käytä valitsinta --force, jos sivusto todella kuuluu sinne
    output.path-case-collision: {second} julkaisisi polun {path}, joka eroaa vain kirjainkooltaan polusta {other}, jonka julkaisee {first} ({position})
        hint: macOS, Windows ja monet verkkopalvelimet pitävät niitä samana: anna toiselle niistä eri osoite
    output.path-collision: {second} julkaisisi polun {path}, jonka {first} ({position}) jo julkaisee: toinen korvaisi toisen
        hint: anna toiselle niistä eri osoite (käyttöliittymäteksti tai tiedoston nimi)
    output.path-folder-collision: {second} ja {first} ({position}) julkaisisivat polun {path} sekä tiedostona että kansiona (polun {other} kansiona)
        hint: anna toiselle niistä eri osoite
    output.publishing-failed: {reason}
    output.refused-output-directory: {reason}
        hint: valitse toinen kansio valitsimella --output
    output.rendered-twice: tämä tiedosto tehtiin kahdesti sivustoa koottaessa (toisella kerralla: {page})

    # registry
    registry.aland-member: alue '{area}' mainitsee kunnan '{code}', joka on ahvenanmaalainen; Ahvenanmaa ei kuulu työllisyysalueisiin
    registry.area-and-region-id: tunnistetta '{id}' käytetään sekä alueelle että keskukselle
        hint: keskusten tunnisteet alkavat sovitusti 'ely-' tai 'evk-'
    registry.duplicate-area-code: alueella '{area}' on sama koodi {code} kuin alueella '{other}'
        hint: jokaisella alueella on luokituksessa oma koodinsa
    registry.duplicate-municipality-code: kuntakoodi '{code}' on kahdesti (ensimmäinen rivillä {line})
    registry.host-not-a-member: alueen '{area}' vastuukunta '{host}' ei ole sen jäsenkuntien joukossa
    registry.invalid-merged-into: "mergedInto" on sen kunnan kolminumeroinen koodi, johon kunta yhdistyi, esim. "507"
    registry.invalid-merger-target: kunnan '{code}' on yhdistyttävä nykyiseen kuntaan samalla puolella Ahvenanmaan rajaa, ei kuntaan '{target}'
    registry.invalid-municipality-code: kuntakoodissa on kolme numeroa, esim. "091"
    registry.invalid-population-date: avaimen "populationDate" arvon on oltava päivämäärä muodossa VVVV-KK-PP
    registry.invalid-tile-label: ruudun nimessä on 1–4 merkkiä, esim. "Hki", ei "{label}" ({language})
    registry.member-of-two-areas: kunta '{code}' on sekä alueen '{first}' että alueen '{second}' jäsen
    registry.merged-member: alue '{area}' mainitsee kunnan '{code}', joka on yhdistynyt kuntaan '{target}'
        hint: merkitse sen sijaan '{target}'
    registry.missing-file: tiedosto {file} puuttuu
        hint: katso sen sisältö ohjeesta docs/EDITING.md
    registry.no-members: alueella '{area}' ei ole jäsenkuntia
        hint: luettele sen kuntien koodit kohdassa "members"
    registry.shared-tile: alueella '{area}' on kartalla sama ruutu kuin alueella '{other}'
        hint: jokainen alue tarvitsee kartalle oman ruudun (column, row)
    registry.task-ends-before-start: tehtävä '{id}' päättyy ({end}) ennen kuin se alkaa ({start})
    registry.unknown-member: alue '{area}' mainitsee tuntemattoman kuntakoodin '{code}'
        hint: tarkoititko '{suggestion}'?
    registry.unknown-merger-target: kunta '{code}' on yhdistynyt tuntemattomaan kuntaan '{target}'
        hint: tarkoititko '{suggestion}'?
    registry.unknown-region: alue '{area}' mainitsee tuntemattoman keskuksen '{region}'
        hint: tarkoititko '{suggestion}'?
    registry.wrong-region-kind: alueen '{area}' keskus '{region}' on tyyppiä {kind}, ei {expected}

    # settings
    settings.default-language-not-listed: oletuskieli '{language}' puuttuu luettelosta "languages"
    settings.duplicate-language: kieli '{language}' on luettelossa kahdesti
        hint: mainitse se vain kerran
    settings.goal-period-order: tavoitekausi päättyy ({end}) ennen kuin se alkaa ({start})
    settings.invalid-base-url: virheellinen perusosoite '{url}': {reason}
    settings.invalid-email: "{email}" ei ole sähköpostiosoite
        hint: kirjoita se muodossa nimi@example.fi
    settings.invalid-goal-period: avaimen "{key}" arvon on oltava kuukausi muodossa VVVV-KK
    settings.missing-file: sivuston asetustiedosto puuttuu
        hint: luo {file} (ks. docs/EDITING.md)
    settings.no-base-url: ei perusosoitetta: tiedostoja sitemap.xml ja robots.txt sekä syötteitä ei tehty
        hint: aseta "baseURL" tiedostoon site.json tai anna --base-url https://…/
    settings.unsupported-language: kieltä '{language}' ei tueta; tuetut kielet: {supported}
        hint: tarkoititko '{suggestion}'?

    # source
    source.empty: tiedosto on tyhjä
        hint: kirjoita sisältö tai poista tiedosto
    source.invalid-utf8: tiedosto ei ole kelvollista UTF-8:aa (tavu 0x{byte})
        hint: tallenna tiedosto editorissasi UTF-8-muodossa
    source.too-large: tiedoston koko on {size} KiB; sisältötiedosto saa olla enintään {limit} MiB
        hint: jaa tiedosto tai tarkista, ettei se ole muualle kuuluva vienti

    # strings
    strings.invalid-path-segment: "{key}" on kansion nimi sivuston osoitteissa, eikä se voi olla "{value}": {reason}
        hint: kirjoita yksi sana tai yhdysmerkein yhdistettyjä sanoja, esim. "tavoitteet"
    strings.missing-default: oletuskielen ({language}) käyttöliittymätekstit puuttuvat
        hint: kopioi toisen kielen tiedosto ja käännä se
    strings.missing-default-string: käyttöliittymäteksteistä ({language}) puuttuu "{key}", jota sivut tarvitsevat: niissä näkyisi pelkkä avain
        hint: onko '{suggestion}' tämän avaimen kirjoitusvirhe?
        hint: lisää "{key}": "…"
    strings.missing-language: käyttöliittymätekstit puuttuvat ({language}); sen sijaan näytetään {fallback}
    strings.missing-string: käyttöliittymäteksti "{key}" puuttuu ({language}): sen tilalla näytetään teksti toisella kielellä ({fallback})
        hint: kopioi se tiedostosta {file} ja käännä se
    strings.unused-string: käyttöliittymätekstiä "{key}" ei käytetä
        hint: tarkoititko '{suggestion}'?

    # Termit
    term language.fi: suomi
    term language.sv: ruotsi
    term language.en: englanti
    term json.null: null
    term json.boolean: true tai false
    term json.number: luku
    term json.string: merkkijono
    term json.list: luettelo
    term json.object: objekti
    term object.file: tiedosto
    term object.region: keskus
    term object.municipality: kunta
    term object.area: työllisyysalue
    term object.process: seurantaprosessi
    term object.cycle-event: vuosikellon tapahtuma
    term object.task: työsuunnitelman tehtävä
    term object.metric: mittarin aineistotiedosto
    term object.breakdown: jaottelu
    term object.category: luokka
    term object.series: aikasarja
    term object.value: arvo
    term object.strings: käyttöliittymätekstit
    term object.provenance: "provenance"
    term object.provenance-table: "provenance"-taulukko
    term object.settings: sivuston asetukset
    term id.region: keskus
    term id.area: työllisyysalue
    term id.task: tehtävä
    term id.breakdown: jaottelu
    term id.category: luokka
    term period.month: VVVV-KK, esim. "2025-03"
    term period.quarter: VVVV-Qn, esim. "2025-Q1"
    term period.year: VVVV, esim. "2025"
    term value.unset: asettamatta
    term path.empty: polku on tyhjä
    term path.absolute: polun on oltava suhteellinen, se ei saa alkaa merkillä /
    term path.backslash: kenoviivoja ei saa olla sivuston poluissa
    term path.control: polussa on ohjausmerkki
    term path.empty-segment: tyhjä polun osa (// tai / lopussa)
    term path.dot-segment: osat '.' ja '..' eivät ole sallittuja
    term path.long-name: nimi on yli 255 tavua pitkä
    term path.outside-site: se kirjoitettaisiin sivuston ulkopuolelle
    term path.marker: nimi on varattu build-siten tuloskansion merkkitiedostolle
    term output.symbolic-link: tuloskansio on symbolinen linkki; anna kansio, johon se osoittaa
    term output.is-file: tuloskansion polku on olemassa, eikä se ole kansio
    term output.is-content: tuloskansio on sisältökansio
    term output.contains-content: tuloskansio sisältää sisältökansion
    term output.inside-content: tuloskansio on sisältökansion sisällä
    term output.repository: tuloskansio on tietovaraston juuri (siinä on Package.swift tai .git)
    term output.ancestor: tuloskansio on työkansio tai jokin sen yläkansioista
    term output.is-assets: tuloskansio on resurssikansio
    term output.contains-assets: tuloskansio sisältää resurssikansion
    term output.inside-assets: tuloskansio on resurssikansion sisällä
    term operation.create-parent: yläkansion luonti
    term operation.create-temporary: väliaikaisen kansion luonti
    term operation.move-new-site: uuden sivuston siirto paikalleen
    term operation.move-previous-aside: edellisen sivuston siirto sivuun
    term operation.create-directory: kansion luonti
    term operation.write: kirjoitus
    term operation.remove-leftover-temporary: jääneen väliaikaisen kansion poisto
    term operation.remove-leftover-previous: jääneen edellisen sivuston poisto
    term operation.restore-previous: edellisen sivuston palautus
    term operation.exchange: uuden sivuston vaihto edellisen tilalle
    term import.kind.object: objekti ({ … })
    term import.kind.number: luku
    term import.kind.boolean: true tai false
    term import.kind.list: luettelo ([ … ])
    term import.kind.string: merkkijono
    term import.kind.number-or-null: luku tai null
    term import.kind.string-number-or-null: merkkijono, luku tai null
    term import.kind.index: koodien luettelo tai objekti {koodi: sijainti}
    term import.kind.values: luettelo tai objekti {"index": arvo}
    term import.kind.status: merkkijono, luettelo tai objekti {"index": tila}
    term import.subject.value: arvo
    term import.time-codes: 2026M06 (kuukausi), 2024Q1 (neljännes) tai 2025 (vuosi)
    term import.object.file: tiedosto
    term import.object.mapping: kuvaustiedosto
    term import.object.registry: alueiden luettelo
    term import.object.area: alue
    term import.object.municipality-list: kuntaluettelo
    term import.object.municipality: kunta
    term import.object.region: keskus
    term import.object.indicator: mittari
    term import.object.measure: arvo (measure)
    term import.object.column: sarake
    term import.object.row: tietorivi
    term import.reason.no-such-file: tiedostoa ei ole
    term import.reason.folder: se on kansio
    term import.reason.permission: ei lukuoikeutta
    term fix.invisible: merkki on näkymätön: poista se
    term fix.line-break: korvaa se tavallisella rivinvaihdolla
    term fix.minus: kirjoita miinusmerkki yhdysmerkkinä -
    term fix.quote: kirjoita suora lainausmerkki " (tekstinkäsittelyohjelma on ehkä kaartanut sen)
    term fix.space: merkki näyttää välilyönniltä mutta ei ole sellainen: kirjoita tavallinen välilyönti
    term segment.backslash: kenoviiva on Windowsissa kansioiden erotin
    term segment.dots: '.' ja '..' tarkoittavat tätä kansiota ja sen yläkansiota
    term segment.empty: se on tyhjä
    term segment.invisible: siinä on ohjausmerkki tai merkki, joka vain näyttää välilyönniltä
    term segment.long: se on yli 100 tavua pitkä
    term segment.slash: merkki '/' tekisi siitä kaksi kansiota
    term segment.space: se alkaa tai päättyy välilyöntiin
    term source.data-bundle: koko aineiston paketti
    term source.data-index: aineistohakemisto
    term source.sitemap: sivukartta
    term source.robots: robots.txt
    term source.language-chooser: kielivalikko
    term source.not-found: sivua ei löydy -sivu
    term source.feed: syöte
    term source.language: sivuston kielet
    """#)
}
