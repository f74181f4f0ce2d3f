#!/usr/bin/env python3
"""Generator of the example content's registry and illustrative metric data.

Run by hand; its output is committed under Content/ and is NOT produced at build time.
It is kept in the repository so that anyone can see exactly how the example content was made.

    python3 Scripts/generate-example-data.py [--shared ../shared/data] [--out Content]

What it writes, and the rules it follows
- Content/regions.json: the ELY centres (until 2025) and elinvoimakeskukset (from 2026) with the regions
  (maakunnat) they cover, from ../shared/data/areas/ely_and_elinvoimakeskukset.csv.
- Content/municipalities.json: the 308 municipalities of 2025 (292 on the mainland, 16 in Åland, which is outside
  the reform) with Statistics Finland's codes and Finnish and Swedish names, from the classification of employment
  areas. Pertunmaa (588) joined Mäntyharju (507) on 1.1.2025 (areas/README.md); it stays as a former municipality
  ("mergedInto") so that the municipality finder still answers for it.
- Content/areas.json: the 45 employment areas of Statistics Finland's classification (codes 1-45), with the
  official Finnish, Swedish and English names and every member municipality by code.
  * id: the official Finnish name as a lower-case ASCII slug (ä → a, ö → o, å → a; spaces and " - " become one
    hyphen).
  * model: four cities run the services alone and two areas are joint municipal authorities (employment_areas.csv,
    from the Government's release on the 45 areas); the same release counts the other 39 as host-municipality
    areas, so no area's model is guessed.
  * host: only where a source states it: the vastuukunta of employment_areas.csv, or the lead_municipality of
    employment_areas_sources_2025.csv when it is written without a qualifier such as "(implied)".
  * maakunta: the host municipality's; with no host stated, the one most members are in. A municipality's maakunta
    is that of its wellbeing services county (Uusimaa's four counties and Helsinki are Uusimaa). An area whose
    members span two maakunnat says so, and by which rule, in its note (SPANNING_NOTES).
  * ely, elinvoimakeskus: the centre whose maakunnat include the area's maakunta. No source states them per area,
    so every area has "regionDerived": true.
  * tile: hand-placed on a grid that resembles Finland (TILES): Lapland at the top, the south coast at the bottom,
    the west coast on the left; one cell per area and no holes.
- Content/data/<indicator>.json: ILLUSTRATIVE metric values. They are not real statistics. They come from a simple
  model (a labour-market level per area, a national trend, a seasonal pattern and smooth random noise). Each area's
  size and level are taken from real figures: its labour force and its unemployed jobseekers' share of it in June
  2026 (Statistics Finland, table 12r5, ../shared/data/statfin), so that the values are plausible for the area.

Deterministic: every random stream is seeded from SEED and the names of the indicator and area, so the output
does not depend on iteration order, the machine or the time it is run.
"""

import argparse
import csv
import json
import math
import random
import re
from collections import Counter
from pathlib import Path

SEED = 20241219  # fixed seed (the date the Government confirmed the goals)

MONTHS = [f"{y}-{m:02d}" for y in (2024, 2025, 2026) for m in range(1, 13)][:33]  # 2024-01 .. 2026-09
QUARTERS = [f"{y}-Q{q}" for y in (2024, 2025, 2026) for q in range(1, 5)][:11]   # 2024-Q1 .. 2026-Q3
YEARS = ["2024", "2025"]

# ---------------------------------------------------------------------------------------------------------------
# Registry: regions
# ---------------------------------------------------------------------------------------------------------------

ELY_SOURCE = ("ELY-keskusten toimialueet: julkinen koodilista; ELY-keskusten toiminta päättyi 31.12.2025 "
              "(https://tem.fi/-/elinvoimakeskusten-ylijohtajat-nimitetty)")
EVK_SOURCE = "https://tem.fi/-/elinvoimakeskusten-ylijohtajat-nimitetty"
EVK_EN_SOURCE = ("English name: https://tem.fi/en/-/economic-development-centres-to-begin-activities-as-new-"
                 "regional-operators-at-the-start-of-2026")

# id, Finnish name, Swedish place (NTM-centralen i ...), English place, CSV name
ELY = [
    ("ely-uusimaa", "Uudenmaan ELY-keskus", "Nyland", "Uusimaa"),
    ("ely-varsinais-suomi", "Varsinais-Suomen ELY-keskus", "Egentliga Finland", "Southwest Finland"),
    ("ely-satakunta", "Satakunnan ELY-keskus", "Satakunta", "Satakunta"),
    ("ely-hame", "Hämeen ELY-keskus", "Tavastland", "Häme"),
    ("ely-pirkanmaa", "Pirkanmaan ELY-keskus", "Birkaland", "Pirkanmaa"),
    ("ely-kaakkois-suomi", "Kaakkois-Suomen ELY-keskus", "Sydöstra Finland", "Southeast Finland"),
    ("ely-etela-savo", "Etelä-Savon ELY-keskus", "Södra Savolax", "South Savo"),
    ("ely-pohjois-savo", "Pohjois-Savon ELY-keskus", "Norra Savolax", "North Savo"),
    ("ely-pohjois-karjala", "Pohjois-Karjalan ELY-keskus", "Norra Karelen", "North Karelia"),
    ("ely-keski-suomi", "Keski-Suomen ELY-keskus", "Mellersta Finland", "Central Finland"),
    ("ely-etela-pohjanmaa", "Etelä-Pohjanmaan ELY-keskus", "Södra Österbotten", "South Ostrobothnia"),
    ("ely-pohjanmaa", "Pohjanmaan ELY-keskus", "Österbotten", "Ostrobothnia"),
    ("ely-pohjois-pohjanmaa", "Pohjois-Pohjanmaan ELY-keskus", "Norra Österbotten", "North Ostrobothnia"),
    ("ely-kainuu", "Kainuun ELY-keskus", "Kajanaland", "Kainuu"),
    ("ely-lappi", "Lapin ELY-keskus", "Lappland", "Lapland"),
]

# id, Finnish name, Swedish place (Livskraftscentralen i ...), English place,
# maakunnat derived from the region names where no source states the coverage (None = take the CSV's list)
EVK = [
    ("evk-uusimaa", "Uudenmaan elinvoimakeskus", "Nyland", "Uusimaa", ["Uusimaa"]),
    ("evk-lounais-suomi", "Lounais-Suomen elinvoimakeskus", "Sydvästra Finland", "Southwest Finland",
     ["Varsinais-Suomi", "Satakunta"]),
    ("evk-kaakkois-suomi", "Kaakkois-Suomen elinvoimakeskus", "Sydöstra Finland", "Southeast Finland", None),
    ("evk-sisa-suomi", "Sisä-Suomen elinvoimakeskus", "Inre Finland", "Inland Finland", None),
    ("evk-keski-suomi", "Keski-Suomen elinvoimakeskus", "Mellersta Finland", "Central Finland", None),
    ("evk-ita-suomi", "Itä-Suomen elinvoimakeskus", "Östra Finland", "Eastern Finland", None),
    ("evk-etela-pohjanmaa", "Etelä-Pohjanmaan elinvoimakeskus", "Södra Österbotten", "South Ostrobothnia",
     ["Etelä-Pohjanmaa"]),
    ("evk-pohjanmaa", "Pohjanmaan elinvoimakeskus", "Österbotten", "Ostrobothnia", None),
    ("evk-pohjois-suomi", "Pohjois-Suomen elinvoimakeskus", "Norra Finland", "Northern Finland",
     ["Pohjois-Pohjanmaa", "Kainuu"]),
    ("evk-lappi", "Lapin elinvoimakeskus", "Lappland", "Lapland", ["Lappi"]),
]


# ---------------------------------------------------------------------------------------------------------------
# Registry: municipalities and areas
# ---------------------------------------------------------------------------------------------------------------

CLASSIFICATION_SOURCE = ("Tilastokeskus, työllisyysalueiden luokitus 2025 (CC BY 4.0), sellaisena kuin rOpenGov/geofi "
                         "sen julkaisee (municipality_key_2025, https://github.com/rOpenGov/geofi)")
ALAND_CODE = "46"  # Åland's code in the classification: outside the reform, not an employment area
MERGED = {"588": "507"}  # Pertunmaa joined Mäntyharju on 1.1.2025 (../shared/data/areas/README.md)

# Wellbeing services county (2023) → maakunta; the counties follow the maakunta borders, except Uusimaa's four.
HVA_MAAKUNTA = {
    "": "Uusimaa", "VK": "Uusimaa", "LU": "Uusimaa", "IU": "Uusimaa", "KU": "Uusimaa", "VS": "Varsinais-Suomi",
    "SA": "Satakunta", "KH": "Kanta-Häme", "PI": "Pirkanmaa", "PH": "Päijät-Häme", "KY": "Kymenlaakso",
    "EK": "Etelä-Karjala", "ES": "Etelä-Savo", "PS": "Pohjois-Savo", "PK": "Pohjois-Karjala", "KS": "Keski-Suomi",
    "EP": "Etelä-Pohjanmaa", "PO": "Pohjanmaa", "KP": "Keski-Pohjanmaa", "PP": "Pohjois-Pohjanmaa", "KA": "Kainuu",
    "LA": "Lappi",
}

# Slugs of employment_areas.csv whose area has another official name in the classification.
RENAMED = {"mikkeli": "mikkelin-seutu", "oulu": "oulun-seutu", "pietarsaari": "pietarsaaren-seutu",
           "porvoo": "porvoon-seutu"}
# employment_areas.csv's sources for Raahe describe the earlier Raahe-Kalajoki-Ylivieska-Nivala plan, which the
# classification corrects (two areas), so they are not the new area's sources.
OLD_SOURCES_SUPERSEDED = {"raahe"}

MODEL = {"oma kunta": "single-municipality", "vastuukunta": "host-municipality",
         "vastuukunta (Pori-led)": "host-municipality", "kuntayhtymä": "joint-authority"}

# Map tiles: (column, row, label in Finnish), row 0 at the top (north). Labels have 1-4 characters; other
# languages fall back to the Finnish label until the registry gives theirs.
TILES = {
    "tunturi-lappi-pello": (4, 0, "TLP"), "pohjois-ja-ita-lappi": (5, 0, "PIL"),
    "meri-lappi": (4, 1, "MLa"), "rovaseutu": (5, 1, "Rov"),
    "oulun-seutu": (4, 2, "Olu"), "kainuu-koillismaa": (5, 2, "KaK"),
    "ylivieska-kalajoki-nivala": (3, 3, "YKN"), "raahe": (4, 3, "Raa"), "yla-savo": (5, 3, "YSa"),
    "pietarsaaren-seutu": (2, 4, "Pie"), "keski-pohjanmaa": (3, 4, "KPo"), "pohjoinen-keski-suomi": (4, 4, "PKS"),
    "kuopio": (5, 4, "Kuo"), "pohjois-karjala": (6, 4, "PKa"),
    "pohjanmaa": (1, 5, "Pmaa"), "tyolakeus": (2, 5, "TyLa"), "kymppi": (3, 5, "Kym"),
    "jyvaskyla-muurame": (4, 5, "JyMu"), "keski-savo": (5, 5, "KSa"), "savonlinna": (6, 5, "Snl"),
    "suupohja": (1, 6, "Suu"), "lantinen-pirkanmaa": (2, 6, "LPi"), "tampereen-seutu": (3, 6, "Tre"),
    "etelainen-keski-suomi": (4, 6, "EKS"), "mikkelin-seutu": (5, 6, "Mli"), "etela-karjala": (6, 6, "EKa"),
    "satakunta": (0, 7, "Sat"), "etela-satakunta": (1, 7, "ESa"), "tyohame": (2, 7, "TyH"),
    "etela-hame": (3, 7, "EHä"), "lahti": (4, 7, "Lti"), "paijat-hame": (5, 7, "PHä"), "kouvola": (6, 7, "Kva"),
    "turku": (0, 8, "Tku"), "salo": (1, 8, "Salo"), "lohja-karkkila": (2, 8, "LoKa"), "vantaa": (3, 8, "Van"),
    "keski-uusimaa": (4, 8, "KUu"), "porvoon-seutu": (5, 8, "Por"), "etela-kymenlaakso": (6, 8, "EKy"),
    "hanko-inkoo-raasepori": (0, 9, "HIR"), "kirkkonummi-vihti-siuntio": (1, 9, "KVS"),
    "espoo-kauniainen": (2, 9, "EsKa"), "helsinki": (3, 9, "Hki"), "kerava-sipoo": (4, 9, "KeSi"),
}

# Tile labels on Swedish and English pages, abbreviating the name in that language (Hfors for Helsingfors);
# an area whose name is the same keeps the Finnish label.
TILE_LABELS_SV = {
    "espoo-kauniainen": "EsGr",
    "etela-hame": "STa",
    "etela-karjala": "SKa",
    "etela-kymenlaakso": "SKy",
    "etela-satakunta": "SSa",
    "etelainen-keski-suomi": "SMF",
    "hanko-inkoo-raasepori": "HIR",
    "helsinki": "Hfs",
    "kainuu-koillismaa": "KaN",
    "kerava-sipoo": "KeSi",
    "keski-pohjanmaa": "MÖb",
    "keski-savo": "MSa",
    "keski-uusimaa": "MNy",
    "kirkkonummi-vihti-siuntio": "KVS",
    "lahti": "Lts",
    "lohja-karkkila": "LoKa",
    "lantinen-pirkanmaa": "VBi",
    "meri-lappi": "HLa",
    "mikkelin-seutu": "SMi",
    "oulun-seutu": "Ubg",
    "pietarsaaren-seutu": "Jst",
    "pohjanmaa": "Öb",
    "pohjoinen-keski-suomi": "NMF",
    "pohjois-ja-ita-lappi": "NÖL",
    "pohjois-karjala": "NKa",
    "porvoon-seutu": "Bgå",
    "paijat-hame": "PTa",
    "raahe": "Bhd",
    "rovaseutu": "Rov",
    "savonlinna": "Nys",
    "tampereen-seutu": "Tfs",
    "tunturi-lappi-pello": "FLP",
    "turku": "Åbo",
    "vantaa": "Van",
    "yla-savo": "ÖSa",
    "tyolakeus": "TyLa",
    "tyohame": "TyH",
}
TILE_LABELS_EN = {
    "etela-hame": "SHä",
    "etela-karjala": "SKa",
    "etela-kymenlaakso": "SKy",
    "etela-satakunta": "SSa",
    "etelainen-keski-suomi": "SCF",
    "keski-pohjanmaa": "COb",
    "keski-savo": "CSa",
    "keski-uusimaa": "CUu",
    "lantinen-pirkanmaa": "WPi",
    "mikkelin-seutu": "Mli",
    "oulun-seutu": "Olu",
    "pietarsaaren-seutu": "Jst",
    "pohjanmaa": "Ostr",
    "pohjoinen-keski-suomi": "NCF",
    "pohjois-ja-ita-lappi": "NEL",
    "pohjois-karjala": "NKa",
    "porvoon-seutu": "Por",
    "tampereen-seutu": "Tre",
}

# Facts from the sources that the registry's fields do not hold (fi, sv, en).
AREA_NOTES = {
    "kymppi": ("Kuntayhtymä Kympin kotipaikka on Kauhava. Alue on Etelä-Pohjanmaalla, ei Kymenlaaksossa.",
               "Samkommunen Kymppis hemort är Kauhava. Området ligger i Södra Österbotten, inte i Kymmenedalen.",
               "The joint authority Kymppi is based in Kauhava. The area is in South Ostrobothnia, not in "
               "Kymenlaakso."),
    "pohjanmaa": ("Kaskinen liitettiin alueeseen valtioneuvoston päätöksellä 22.2.2024.",
                  "Kaskö anslöts till området genom statsrådets beslut 22.2.2024.",
                  "Kaskinen was added to the area by a Government decision of 22 February 2024."),
    "keski-pohjanmaa": ("Alue muodostettiin valtioneuvoston päätöksellä 22.2.2024.",
                        "Området bildades genom statsrådets beslut 22.2.2024.",
                        "The area was formed by a Government decision of 22 February 2024."),
    "tampereen-seutu": ("Valtioneuvosto päätti 22.2.2024, että Valkeakoski kuuluu alueeseen.",
                        "Statsrådet beslutade 22.2.2024 att Valkeakoski hör till området.",
                        "The Government decided on 22 February 2024 that Valkeakoski belongs to the area."),
    "mikkelin-seutu": ("Yhteistoimintasopimuksessa mainittiin myös Pertunmaa ja Pieksämäki. Pertunmaa liitettiin "
                       "Mäntyharjuun 1.1.2025, ja Pieksämäki kuuluu Keski-Savon alueeseen.",
                       "Samarbetsavtalet nämnde också Pertunmaa och Pieksämäki. Pertunmaa slogs samman med "
                       "Mäntyharju 1.1.2025, och Pieksämäki hör till området Mellersta Savolax.",
                       "The cooperation agreement also named Pertunmaa and Pieksämäki. Pertunmaa joined Mäntyharju "
                       "on 1 January 2025, and Pieksämäki belongs to the Central Savo area."),
}

# Areas whose members span two maakunnat: which members lie elsewhere, and which rule chose the area's maakunta.
SPANNING_NOTES = {
    "etelainen-keski-suomi": (
        "Mänttä-Vilppula on Pirkanmaalla, muut jäsenkunnat Keski-Suomessa. Maakunta ja keskukset on valittu "
        "vastuukunnan (Jämsä) mukaan.",
        "Mänttä-Vilppula ligger i Birkaland, de övriga medlemskommunerna i Mellersta Finland. Landskapet och "
        "centralerna har valts enligt ansvarskommunen (Jämsä).",
        "Mänttä-Vilppula is in Pirkanmaa, the other members in Central Finland. The region and the centres follow "
        "the host municipality (Jämsä)."),
    "kainuu-koillismaa": (
        "Kuusamo ja Taivalkoski ovat Pohjois-Pohjanmaalla, muut jäsenkunnat Kainuussa. Maakunta ja keskukset on "
        "valittu vastuukunnan (Kajaani) mukaan.",
        "Kuusamo och Taivalkoski ligger i Norra Österbotten, de övriga medlemskommunerna i Kajanaland. Landskapet "
        "och centralerna har valts enligt ansvarskommunen (Kajana).",
        "Kuusamo and Taivalkoski are in North Ostrobothnia, the other members in Kainuu. The region and the centres "
        "follow the host municipality (Kajaani)."),
    "keski-savo": (
        "Pieksämäki on Etelä-Savossa, muut jäsenkunnat Pohjois-Savossa. Lähteet eivät nimeä vastuukuntaa, joten "
        "maakunta ja keskukset on valittu jäsenkuntien enemmistön mukaan. Myös Pohjois-Savon ELY-keskus luki alueen "
        "omiin alueisiinsa (2024).",
        "Pieksämäki ligger i Södra Savolax, de övriga medlemskommunerna i Norra Savolax. Källorna nämner ingen "
        "ansvarskommun, så landskapet och centralerna har valts enligt majoriteten av medlemskommunerna. Också "
        "NTM-centralen i Norra Savolax räknade området till sina (2024).",
        "Pieksämäki is in South Savo, the other members in North Savo. The sources name no host municipality, so "
        "the region and the centres follow the majority of the members. The North Savo ELY Centre also counted the "
        "area as one of its own (2024)."),
    "suupohja": (
        "Kristiinankaupunki on Pohjanmaalla, muut jäsenkunnat Etelä-Pohjanmaalla. Kuntayhtymällä ei ole "
        "vastuukuntaa, joten maakunta ja keskukset on valittu jäsenkuntien enemmistön mukaan. Alue muodostettiin "
        "valtioneuvoston päätöksellä 22.2.2024.",
        "Kristinestad ligger i Österbotten, de övriga medlemskommunerna i Södra Österbotten. Samkommunen har ingen "
        "ansvarskommun, så landskapet och centralerna har valts enligt majoriteten av medlemskommunerna. Området "
        "bildades genom statsrådets beslut 22.2.2024.",
        "Kristiinankaupunki is in Ostrobothnia, the other members in South Ostrobothnia. A joint authority has no "
        "host municipality, so the region and the centres follow the majority of the members. The area was formed "
        "by a Government decision of 22 February 2024."),
}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def localized(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


def slug(name):
    """The official Finnish name as an id: "Tunturi-Lappi - Pello" → "tunturi-lappi-pello"."""
    text = re.sub(r"[\s-]+", "-", name.lower().translate(str.maketrans("äöå", "aoa")))
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", text), name
    return text


def plain_name(text):
    """A municipality name as a source writes it, without remarks in parentheses."""
    return re.sub(r"\s*\(.*\)?$", "", text).strip()
def build_regions(shared):
    rows = read_csv(shared / "ely_and_elinvoimakeskukset.csv")
    ely_rows = {row["name_fi"]: row for row in rows if row["type"] == "ELY"}
    evk_rows = {row["name_fi"]: row for row in rows if row["type"] == "EVK"}
    regions = []
    for region_id, name_fi, place_sv, place_en in ELY:
        row = ely_rows[name_fi]
        maakunnat = [m.split(" (")[0].strip() for m in row["maakunnat"].split("|")]
        regions.append({
            "id": region_id, "kind": "ely",
            "name": localized(name_fi, f"NTM-centralen i {place_sv}", f"{place_en} ELY Centre"),
            "validFrom": "2010-01-01", "validTo": "2025-12-31",
            "maakunnat": maakunnat, "maakunnatSourced": True, "source": ELY_SOURCE,
        })
    for region_id, name_fi, place_sv, place_en, derived in EVK:
        row = evk_rows[name_fi]
        if derived is None:
            maakunnat = [m.split(" (")[0].strip() for m in row["maakunnat"].split("|")]
            sourced = True
            maakunnat = [m.replace(" (34 kuntaa)", "") for m in maakunnat]
        else:
            maakunnat, sourced = derived, False
        references = [EVK_SOURCE] + [f"sttinfo.fi {n}" for n in re.findall(r"sttinfo (\d+)", row["source"])]
        regions.append({
            "id": region_id, "kind": "elinvoimakeskus",
            "name": localized(name_fi, f"Livskraftscentralen i {place_sv}", f"{place_en} Economic Development Centre"),
            "validFrom": "2026-01-01",
            "maakunnat": maakunnat, "maakunnatSourced": sourced,
            "source": "; ".join(references + [EVK_EN_SOURCE]),
        })
    return {"regions": regions}


def build_municipalities(shared):
    rows = read_csv(shared / "areas" / "municipality_to_employment_area_2025.csv")
    former = {row["kuntanumero"]: row for row in read_csv(shared / "areas" / "municipalities_2021_yle.csv")}
    entries = {row["kuntanumero"]: {"code": row["kuntanumero"],
                                    "name": {"fi": row["municipality_name_fi"], "sv": row["municipality_name_sv"]},
                                    "aland": row["tyollisyysalue_code"] == ALAND_CODE} for row in rows}
    for code, successor in MERGED.items():
        assert code not in entries and successor in entries, code
        row = former[code]
        entries[code] = {"code": code, "name": {"fi": row["name_fi"].strip(), "sv": row["name_sv"].strip()},
                         "aland": entries[successor]["aland"], "mergedInto": successor}
    # Inhabitants, the denominator of per-capita rankings. Statistics Finland gives them on the current
    # (2025) borders, so a former municipality has none of its own: its people are in its successor's figure.
    population = read_population(shared)
    for code, entry in entries.items():
        if "mergedInto" not in entry and not entry["aland"]:
            entry["population"] = population[code]
    return {
        "source": (CLASSIFICATION_SOURCE + "; entinen kunta Pertunmaa: kuntajako 2021 (Yleisradio, geodata, "
                   "https://github.com/Yleisradio/geodata)"),
        "populationSource": POPULATION_SOURCE,
        "populationDate": "2024-12-31",
        "municipalities": [entries[code] for code in sorted(entries)],
    }


POPULATION_SOURCE = ("Tilastokeskus, väestörakenne, taulukko 11s5: väkiluku 31.12.2024 kunnittain (CC BY 4.0); "
                     "kuntajako 2025, jossa entisen kunnan väki on siinä kunnassa, johon se liitettiin")


def read_population(shared):
    """Population by municipality code at the end of 2024, from Statistics Finland's table 11s5 (JSON-stat)."""
    data = json.loads((shared / "statfin" / "vaerak_11s5_population_2024M12.jsonstat.json").read_text("utf-8"))
    index = data["dimension"]["alue"]["category"]["index"]
    codes = sorted(index, key=index.get) if isinstance(index, dict) else index
    assert data["size"][1:] == [1, 1], data["size"]
    return {code.removeprefix("KU"): int(value) for code, value in zip(codes, data["value"]) if code.startswith("KU")}


def maakunta_by_code(shared):
    rows = read_csv(shared / "areas" / "municipalities_2021_yle.csv")
    return {row["kuntanumero"]: HVA_MAAKUNTA[row["hva_id"]] for row in rows}


def old_rows_by_id(shared):
    """employment_areas.csv (36 areas that public sources name) by the current area id."""
    return {RENAMED.get(row["slug"], row["slug"]): row for row in read_csv(shared / "areas" / "employment_areas.csv")}


def source_rows_by_code(shared, classification):
    """employment_areas_sources_2025.csv by area code, matched by the members each row names."""
    members = {row["tyollisyysalue_code"]: set(row["members_fi"].split(";")) for row in classification}
    result = {}
    for row in read_csv(shared / "areas" / "employment_areas_sources_2025.csv"):
        named = {plain_name(name) for name in row["members_fi"].split(";")}
        # A source may write a name in another form ("Pedersöre" for "Pedersören kunta"): match on most names.
        overlap = sorted(((len(named & names), code) for code, names in members.items()), reverse=True)
        assert overlap[0][0] >= len(named) - 1 and overlap[0][0] > overlap[1][0], row["area_fi"]
        assert overlap[0][1] not in result, row["area_fi"]
        result[overlap[0][1]] = row
    return result


def stated_host(text, members):
    """A host municipality a source states plainly ("Pori"), not with a qualifier ("Savonlinna (implied)")."""
    return text if text in members else None


def build_areas(shared, municipalities, regions):
    classification = [row for row in read_csv(shared / "areas" / "employment_areas_2025_classification.csv")
                      if row["tyollisyysalue_code"] != ALAND_CODE]
    names = {m["name"]["fi"]: m["code"] for m in municipalities["municipalities"] if "mergedInto" not in m}
    maakunta_of = maakunta_by_code(shared)
    old_rows = old_rows_by_id(shared)
    source_rows = source_rows_by_code(shared, classification)
    centre = {(r["kind"], m): r["id"] for r in regions["regions"] for m in r["maakunnat"]}
    areas = []
    for row in classification:
        code, fi = row["tyollisyysalue_code"], row["tyollisyysalue_name_fi"]
        area_id = slug(fi)
        members = row["kuntanumerot"].split(";")
        member_names = row["members_fi"].split(";")
        assert len(members) == int(row["n"]) and [names[n] for n in member_names] == members, fi
        old, new = old_rows.get(area_id, {}), source_rows.get(code, {})
        model = MODEL.get(old.get("model"), "host-municipality")
        host_name = (stated_host(old.get("vastuukunta", ""), member_names)
                     or stated_host(new.get("lead_municipality", ""), member_names))
        host = names[host_name] if host_name and model != "joint-authority" else None
        counts = Counter(maakunta_of[m] for m in members)
        maakunta = maakunta_of[host] if host else counts.most_common(1)[0][0]
        assert len(counts) == 1 or area_id in SPANNING_NOTES, f"{area_id} spans {dict(counts)}: add a note"
        area = {"id": area_id, "code": int(code),
                "name": localized(fi, row["tyollisyysalue_name_sv"], row["tyollisyysalue_name_en"]), "model": model}
        if host:
            area["host"] = host
        area["maakunta"] = maakunta
        area["ely"] = centre[("ely", maakunta)]
        area["elinvoimakeskus"] = centre[("elinvoimakeskus", maakunta)]
        area["regionDerived"] = True
        area["members"] = sorted(members)
        column, tile_row, label = TILES[area_id]
        area["tile"] = {"column": column, "row": tile_row,
                        "label": {"fi": label, "sv": TILE_LABELS_SV.get(area_id, label),
                                  "en": TILE_LABELS_EN.get(area_id, label)}}
        references = "" if area_id in OLD_SOURCES_SUPERSEDED else old.get("sources", "")
        references += " " + new.get("source_url_or_repo_path", "")
        area["sources"] = list(dict.fromkeys(re.findall(r"https?://[^\s;,]+", references)))
        notes = [n for n in (AREA_NOTES.get(area_id), SPANNING_NOTES.get(area_id)) if n]
        if notes:
            area["note"] = localized(*(" ".join(parts) for parts in zip(*notes)))
        areas.append(area)
    check_areas(areas)
    return {"source": CLASSIFICATION_SOURCE, "areas": areas}


def check_areas(areas):
    """The rules the docstring states, so that a change in the shared tables fails here rather than on the site."""
    models = Counter(area["model"] for area in areas)
    assert len(areas) == 45 and models == {"host-municipality": 39, "single-municipality": 4, "joint-authority": 2}
    assert set(TILES) == {area["id"] for area in areas}
    cells = {(column, row) for column, row, _ in TILES.values()}
    assert len(cells) == len(areas), "two areas on one tile"
    # No holes: every row is one unbroken run that overlaps the row above.
    rows = sorted({row for _, row in cells})
    assert rows == list(range(len(rows)))
    previous = None
    for row in rows:
        columns = sorted(column for column, r in cells if r == row)
        assert columns == list(range(columns[0], columns[-1] + 1)), f"a gap in tile row {row}"
        assert previous is None or set(columns) & previous, f"tile row {row} does not touch the row above"
        previous = set(columns)
    assert all(1 <= len(label) <= 4 for _, _, label in TILES.values())
    assert len({label for _, _, label in TILES.values()}) == len(TILES), "two tiles with one label"
    for area_id in list(AREA_NOTES) + list(SPANNING_NOTES):
        assert area_id in TILES, area_id


# ---------------------------------------------------------------------------------------------------------------
# Illustrative metric model
# ---------------------------------------------------------------------------------------------------------------

# Weight of international recruitment (residence permits), illustrative. Regional centres with a university,
# a central hospital, a port or heavy industry recruit abroad too, so their permits are not all small counts;
# only the smallest, remotest areas have every quarter suppressed.
INTERNATIONAL = {"helsinki": 4.0, "espoo-kauniainen": 5.0, "vantaa": 2.6, "tampereen-seutu": 2.0, "turku": 1.9,
                 "oulun-seutu": 1.9, "jyvaskyla-muurame": 1.3, "kuopio": 1.1, "kerava-sipoo": 1.0,
                 "keski-uusimaa": 0.9, "pohjanmaa": 1.4, "pietarsaaren-seutu": 1.6, "etela-karjala": 1.0,
                 "keski-pohjanmaa": 1.0, "etela-satakunta": 1.2, "salo": 0.8, "lahti": 0.9, "satakunta": 0.9,
                 "pohjois-karjala": 0.8, "rovaseutu": 0.8, "etela-kymenlaakso": 0.8, "porvoon-seutu": 0.8,
                 "kainuu-koillismaa": 0.8, "meri-lappi": 0.8, "kirkkonummi-vihti-siuntio": 0.75,
                 "paijat-hame": 0.75, "kouvola": 0.75, "mikkelin-seutu": 0.75, "tyolakeus": 0.75, "raahe": 0.75,
                 "tyohame": 0.7, "pohjoinen-keski-suomi": 0.75, "etela-hame": 0.6}
INTERNATIONAL_DEFAULT = 0.45
# Commuting and cooperation across area borders (offers to other areas), illustrative.
MOBILITY = {"kerava-sipoo": 1.7, "keski-uusimaa": 1.5, "kirkkonummi-vihti-siuntio": 1.6, "vantaa": 1.4,
            "espoo-kauniainen": 1.3, "lohja-karkkila": 1.4, "porvoon-seutu": 1.3, "etela-hame": 1.4,
            "paijat-hame": 1.3, "lahti": 1.1, "helsinki": 1.0, "tyohame": 1.1, "lantinen-pirkanmaa": 1.2,
            "tyolakeus": 1.1, "salo": 1.1, "tunturi-lappi-pello": 0.6, "pohjois-ja-ita-lappi": 0.6,
            "savonlinna": 0.7, "kainuu-koillismaa": 0.7, "meri-lappi": 0.8}

# National unemployment-rate trend (seasonally adjusted level) at knots; linear in between.
TREND_KNOTS = [(0, 10.5), (11, 11.3), (17, 11.9), (23, 12.0), (32, 11.7)]
SEASON = [1.04, 1.03, 1.01, 0.99, 0.97, 1.03, 1.04, 0.99, 0.97, 0.96, 0.98, 1.00]
MONTHLY_PROVISIONAL = {"2026-08", "2026-09"}


def trend(index):
    for (i0, v0), (i1, v1) in zip(TREND_KNOTS, TREND_KNOTS[1:]):
        if i0 <= index <= i1:
            return v0 + (v1 - v0) * (index - i0) / (i1 - i0)
    raise ValueError(index)


TREND_2025 = sum(trend(i) for i in range(12, 24)) / 12


class Unit:
    """One employment area in the model."""

    def __init__(self, key, region, labour_force, rate):
        self.key, self.region, self.labour_force, self.rate = key, region, labour_force, rate
        rng = random.Random(f"{SEED}:level:{key}")
        self.drift = rng.uniform(-0.06, 0.06)       # the area's own relative change over the 33 months
        self.quality = rng.gauss(0, 1)             # a fixed "service quality" for the surveys
        self.international = INTERNATIONAL.get(key, INTERNATIONAL_DEFAULT)
        self.mobility = MOBILITY.get(key, 0.9)
        self.unemployment = [self.rate * trend(i) / TREND_2025 * SEASON[i % 12] * (1 + self.drift * (i - 18) / 33)
                             * factor for i, factor in enumerate(self.noise("unemployment", 0.012))]

    def noise(self, stream, sigma, count=len(MONTHS)):
        """Smooth multiplicative noise (AR(1)); smaller areas are noisier."""
        rng = random.Random(f"{SEED}:{stream}:{self.key}")
        scale = sigma * math.sqrt(100 / max(self.labour_force, 5))
        value, out = 0.0, []
        for _ in range(count):
            value = 0.6 * value + rng.gauss(0, scale)
            out.append(1 + value)
        return out

    def additive(self, stream, sigma, count=len(MONTHS)):
        return [sigma * (f - 1) / 0.012 for f in self.noise(stream, 0.012, count)]


STATFIN_12R5 = Path("statfin") / "tyonv_12r5_2026M06.pxweb.json"


def area_levels(shared, areas):
    """Each area's labour force (thousands) and level of unemployment (%), from the real June 2026 table 12r5:
    the sum of the members' labour force, and the members' unemployed jobseekers as a share of it. The level is
    scaled so that the whole country matches the model's 2025 trend; only the areas' sizes and their levels
    relative to each other are real."""
    table = json.loads((shared / STATFIN_12R5).read_text(encoding="utf-8"))
    measures = [column["code"] for column in table["columns"][2:]]
    cells = {row["key"][0]: dict(zip(measures, row["values"])) for row in table["data"]}
    national = float(cells["SSS"]["TYOTTOMATLOPUSSA"]) / float(cells["SSS"]["TYOVOIMATK"])
    levels = {}
    for area in areas:
        members = [cells["KU" + code] for code in area["members"]]
        labour_force = sum(float(member["TYOVOIMATK"]) for member in members)
        unemployed = sum(float(member["TYOTTOMATLOPUSSA"]) for member in members)
        levels[area["id"]] = (labour_force / 1000, unemployed / labour_force / national * TREND_2025)
    return levels


def build_units(areas, regions, levels):
    units = [Unit(a["id"], a["elinvoimakeskus"], *levels[a["id"]]) for a in areas]
    evk_ids = [r["id"] for r in regions if r["kind"] == "elinvoimakeskus"]
    return units, evk_ids


def clamp(value, low, high):
    return max(low, min(high, value))


# Each generator returns {combination-key: [value per period]} for one unit; combination-key is a tuple of
# (breakdown id, category id) pairs, or () for the total.

def gen_low_employment_groups(u):
    out = {}
    young_summer = [1.10 if i % 12 in (5, 6) else 1.0 for i in range(len(MONTHS))]
    multipliers = {"young": 1.28, "foreign": 1.85 if u.region == "evk-uusimaa" else 2.1, "age55": 1.08}
    employment_base = {"young": 42.0, "foreign": 57.0, "age55": 66.0}
    employment_slope = {"young": 1.2, "foreign": 1.6, "age55": 1.0}
    for group in ("young", "foreign", "age55"):
        noise = u.noise(f"leg-u-{group}", 0.02)
        rates = [clamp(r * multipliers[group] * young_summer[i] ** (group == "young") * noise[i], 0, 100)
                 for i, r in enumerate(u.unemployment)]
        extra = u.additive(f"leg-e-{group}", 0.5)
        employment = [clamp(employment_base[group] + (7.0 if group == "young" and i % 12 in (5, 6, 7) else 0)
                            - employment_slope[group] * (r - 12) + extra[i], 0, 100)
                      for i, r in enumerate(u.unemployment)]
        out[(("group", group), ("measure", "employment-rate"))] = employment
        out[(("group", group), ("measure", "unemployment-rate"))] = rates
    return out


def gen_long_term_ill_employed(u):
    season = [0.9, 0.95, 1.0, 1.05, 1.1, 0.95, 0.8, 1.15, 1.15, 1.05, 1.0, 0.75]
    noise = u.noise("ltie", 0.03)
    return {(): [u.labour_force * 0.55 * math.sqrt(12 / r) * season[i % 12] * (1 + 0.004 * i) * noise[i]
                 for i, r in enumerate(u.unemployment)]}


def gen_open_market_3m(u):
    season = [-0.5, -0.3, 0.3, 0.8, 1.5, 0.6, -1.2, 0.2, 0.4, 0.0, -0.4, -1.0]
    extra = u.additive("om3", 0.5)
    # In 2026 the flow keeps weakening although unemployment levels off (fewer vacancies).
    return {(): [clamp(29 - 2.2 * (trend(i) - 10.5) - 0.9 * (u.rate - 12) - 0.15 * max(0, i - 20) + season[i % 12]
                       + extra[i], 0, 100) for i in range(len(MONTHS))]}


def gen_return_to_unemployment(u):
    season = [1.2, 0.6, 0.0, -0.3, -0.5, 0.2, 0.4, -0.2, -0.4, -0.3, 0.0, 0.8]
    out = {}
    for interval, factor in (("3-months", 1.0), ("6-months", 1.45)):
        extra = u.additive(f"rtu-{interval}", 0.35)
        # The new customer data system of the 2025 reform records returns more completely: a level shift.
        out[(("interval", interval),)] = [
            clamp(factor * (11.5 + 0.45 * (r - 10) + season[i % 12] + (0.8 if i >= 12 else 0)) + extra[i], 0, 100)
            for i, r in enumerate(u.unemployment)]
    return out


def gen_benefit_days(u):
    extra = u.additive("bd", 2.0)
    return {(): [max(0, 105 + 12 * (trend(i) - 10.5) + 3 * (u.rate - 12) + u.drift * 60 * (i - 18) / 33 + extra[i])
                 for i in range(len(MONTHS))]}


def gen_shortage_sector_employment(u):
    season = [0.9, 0.95, 1.0, 1.05, 1.15, 1.1, 0.8, 1.15, 1.1, 1.0, 0.95, 0.75]
    noise = u.noise("sse", 0.025)
    return {(): [u.labour_force * 1.35 * season[i % 12] * (1 - 0.03 * (trend(i) - 10.5)) * (1 - u.drift) * noise[i]
                 for i in range(len(MONTHS))]}


def gen_wif_leads_permits(u):
    growth = [1.0, 1.0, 1.05, 1.05, 1.15, 1.2, 1.2, 1.25, 1.3, 1.3, 1.35]
    permit_season = [0.9, 1.1, 1.05, 0.95]
    leads_noise = u.noise("wif-leads", 0.04, len(QUARTERS))
    permit_noise = u.noise("wif-permits", 0.04, len(QUARTERS))
    return {
        (("measure", "leads"),): [u.labour_force * u.international * 0.085 * growth[i] * leads_noise[i]
                                  for i in range(len(QUARTERS))],
        (("measure", "permits"),): [u.labour_force * u.international * 0.50 * (1.1 - 0.03 * i)
                                    * permit_season[i % 4] * permit_noise[i] for i in range(len(QUARTERS))],
    }


def gen_offers_to_other_area_workplaces(u):
    season = [1.0, 1.05, 1.1, 1.1, 1.05, 0.85, 0.7, 1.0, 1.1, 1.1, 1.0, 0.8]
    noise = u.noise("ooaw", 0.025)
    return {(): [u.labour_force * 3.4 * u.mobility * season[i % 12] * (1 + 0.006 * i) * noise[i]
                 for i in range(len(MONTHS))]}


def gen_offers_to_other_area_jobseekers(u):
    extra = u.additive("ooaj", 0.45)
    return {(): [clamp(13.5 * u.mobility + 0.06 * i - 0.3 + extra[i], 0, 100) for i in range(len(MONTHS))]}


def gen_specialist_permits(u):
    season = [0.9, 1.1, 1.1, 0.9]
    noise = u.noise("spec", 0.04, len(QUARTERS))
    return {(): [u.labour_force * u.international ** 1.3 * 0.19 * (1.05 - 0.02 * i) * season[i % 4] * noise[i]
                 for i in range(len(QUARTERS))]}


def gen_equality_survey(u):
    rng = random.Random(f"{SEED}:eq:{u.key}")
    first = clamp(72 + 5.5 * u.quality + rng.gauss(0, 1.5), 40, 95)
    return {(): [first, clamp(first + rng.gauss(2.6, 2.5), 40, 95)]}


def gen_vitality_barometer(u):
    rng = random.Random(f"{SEED}:vb:{u.key}")
    first = clamp(60 + 4 * u.quality + rng.gauss(0, 5), 30, 90)
    return {(): [first, clamp(first + rng.gauss(2.6, 3.0), 30, 90)]}


def L(fi, sv, en):
    return localized(fi, sv, en)


TEM_SOURCE = L("KEHA-keskus, työnvälitystilasto", "KEHA-centret, arbetsförmedlingsstatistik",
               "KEHA Centre, Employment Service Statistics")

MEASURE_BREAKDOWN = {
    "id": "measure", "name": L("Mittari", "Mått", "Measure"),
    "categories": [
        {"id": "employment-rate", "name": L("Työllisyysaste", "Sysselsättningsgrad", "Employment rate"),
         "betterDirection": "up"},
        {"id": "unemployment-rate", "name": L("Työttömyysaste", "Arbetslöshetsgrad", "Unemployment rate"),
         "betterDirection": "down"},
    ],
}
GROUP_BREAKDOWN = {
    "id": "group", "name": L("Asiakasryhmä", "Kundgrupp", "Customer group"),
    "categories": [
        {"id": "young", "name": L("Nuoret (alle 25-v.)", "Unga (under 25 år)", "Young people (under 25)")},
        {"id": "foreign", "name": L("Ulkomaalaiset", "Utlänningar", "Foreign nationals")},
        {"id": "age55", "name": L("55 vuotta täyttäneet", "Personer som fyllt 55", "People aged 55 and over")},
    ],
}

# Per indicator: the generator and the metric file's header fields.
INDICATORS = {
    "equality-survey": dict(gen=gen_equality_survey, frequency="year", unit="score", decimals=0,
                            betterDirection="up", updated="2026-02-16", trendTolerance=2,
                            source=L("Työ- ja elinkeinoministeriö, yhdenvertaisuuskartoitus (uusi kysely)",
                                     "Arbets- och näringsministeriet, jämlikhetskartläggning (ny enkät)",
                                     "Ministry of Economic Affairs and Employment, equality survey (new survey)")),
    "low-employment-groups": dict(gen=gen_low_employment_groups, frequency="month", unit="percent", decimals=1,
                                  betterDirection="down", updated="2026-10-27", trendTolerance=1.0,
                                  source=TEM_SOURCE, breakdowns=[GROUP_BREAKDOWN, MEASURE_BREAKDOWN],
                                  headline={"group": "young", "measure": "unemployment-rate"}),
    "long-term-ill-employed": dict(gen=gen_long_term_ill_employed, frequency="month", unit="count", decimals=0,
                                   betterDirection="up", updated="2026-10-27", trendTolerance=10,
                                   trendToleranceRelative=True, source=TEM_SOURCE),
    "open-market-3m": dict(gen=gen_open_market_3m, frequency="month", unit="percent", decimals=1,
                           betterDirection="up", updated="2026-10-27", trendTolerance=1.0, source=TEM_SOURCE),
    "return-to-unemployment": dict(
        gen=gen_return_to_unemployment, frequency="month", unit="percent", decimals=1, betterDirection="down",
        updated="2026-10-27", trendTolerance=1.0, source=TEM_SOURCE,
        breakdowns=[{"id": "interval", "name": L("Seuranta-aika", "Uppföljningstid", "Follow-up time"),
                     "categories": [
                         {"id": "3-months", "name": L("3 kuukautta", "3 månader", "3 months")},
                         {"id": "6-months", "name": L("6 kuukautta", "6 månader", "6 months")}]}],
        headline={"interval": "3-months"}),
    "benefit-days": dict(gen=gen_benefit_days, frequency="month", unit="days", decimals=0, betterDirection="down",
                         updated="2026-10-27", trendTolerance=5, source=TEM_SOURCE),
    "shortage-sector-employment": dict(gen=gen_shortage_sector_employment, frequency="month", unit="count",
                                       decimals=0, betterDirection="up", updated="2026-10-27", trendTolerance=5,
                                       trendToleranceRelative=True, source=TEM_SOURCE),
    "wif-leads-permits": dict(
        gen=gen_wif_leads_permits, frequency="quarter", unit="count", decimals=0, betterDirection="up",
        updated="2026-10-15", trendTolerance=10, trendToleranceRelative=True,
        source=L("KEHA-keskus, Work in Finland -toiminto (liidit); Maahanmuuttovirasto (oleskeluluvat)",
                 "KEHA-centret, Work in Finland-funktionen (leads); Migrationsverket (uppehållstillstånd)",
                 "KEHA Centre, Work in Finland (leads); Finnish Immigration Service (residence permits)"),
        breakdowns=[{"id": "measure", "name": L("Mittari", "Mått", "Measure"), "categories": [
            {"id": "leads", "name": L("Liidit Work in Finland -toiminnolle", "Leads till Work in Finland",
                                      "Leads to Work in Finland")},
            {"id": "permits", "name": L("Oleskeluluvat työvoimapula-aloille",
                                        "Uppehållstillstånd för bristbranscher",
                                        "Residence permits for shortage occupations")}]}],
        headline={"measure": "permits"}),
    "offers-to-other-area-workplaces": dict(gen=gen_offers_to_other_area_workplaces, frequency="month",
                                            unit="count", decimals=0, betterDirection="up", updated="2026-10-27",
                                            trendTolerance=5, trendToleranceRelative=True, source=TEM_SOURCE),
    "offers-to-other-area-jobseekers": dict(gen=gen_offers_to_other_area_jobseekers, frequency="month",
                                            unit="percent", decimals=1, betterDirection="up", updated="2026-10-27",
                                            trendTolerance=1.0, source=TEM_SOURCE),
    "vitality-barometer": dict(gen=gen_vitality_barometer, frequency="year", unit="score", decimals=0,
                               betterDirection="up", updated="2026-02-16", trendTolerance=2,
                               source=L("Työ- ja elinkeinoministeriö, elinvoimayhteistyön barometri (uusi kysely)",
                                        "Arbets- och näringsministeriet, barometer för livskraftssamarbetet (ny enkät)",
                                        "Ministry of Economic Affairs and Employment, vitality cooperation barometer "
                                        "(new survey)")),
    "specialist-permits": dict(gen=gen_specialist_permits, frequency="quarter", unit="count", decimals=0,
                               betterDirection="up", updated="2026-10-15", trendTolerance=10,
                               trendToleranceRelative=True,
                               source=L("Maahanmuuttovirasto, oleskelulupatilasto",
                                        "Migrationsverket, statistik över uppehållstillstånd",
                                        "Finnish Immigration Service, residence permit statistics")),
}

# Exercising the model: missing values with reasons, gaps, a break in series.
# (indicator, area) -> {period: missing reason}
MISSING = {
    ("low-employment-groups", "raahe"): {"2026-09": "not-published"},
    ("open-market-3m", "kainuu-koillismaa"): {"2026-09": "not-published"},
    ("benefit-days", "tampereen-seutu"): {"2025-02": "not-published", "2025-03": "not-published"},
    ("offers-to-other-area-jobseekers", "lohja-karkkila"): {"2025-01": "not-published"},
    ("equality-survey", "tunturi-lappi-pello"): {"2024": "suppressed"},
    ("vitality-barometer", "pohjois-ja-ita-lappi"): {"2024": "not-published"},
}
# Foreign nationals in the smallest area are too few for a rate: the whole series is suppressed.
SUPPRESSED_SERIES = {("low-employment-groups", "tunturi-lappi-pello", "foreign")}
SUPPRESS_BELOW = 5  # counts below this are suppressed in area series (small numbers)
BREAK_IN_SERIES = {"return-to-unemployment": "2025-01"}


def periods_for(frequency):
    return {"month": MONTHS, "quarter": QUARTERS, "year": YEARS}[frequency]


def combinations(spec):
    breakdowns = spec.get("breakdowns")
    if not breakdowns:
        return [()]
    combos = [()]
    for breakdown in breakdowns:
        combos = [c + ((breakdown["id"], cat["id"]),) for c in combos for cat in breakdown["categories"]]
    return combos


def aggregate(values_by_unit, units, unit_filter, is_count):
    chosen = [u for u in units if unit_filter(u)]
    length = len(values_by_unit[chosen[0].key])
    if is_count:
        return [sum(values_by_unit[u.key][i] for u in chosen) for i in range(length)]
    weight = sum(u.labour_force for u in chosen)
    return [sum(values_by_unit[u.key][i] * u.labour_force for u in chosen) / weight for i in range(length)]


def point(period, value, decimals, flags=(), missing=None):
    if missing:
        return {"period": period, "value": None, "missing": missing}
    rounded = round(value, decimals) if decimals else int(round(value))
    result = {"period": period, "value": rounded}
    if flags:
        result["flags"] = list(flags)
    return result


def build_metric(indicator_id, spec, units, evk_ids, area_ids):
    periods = periods_for(spec["frequency"])
    is_count = spec["unit"] == "count"  # counts add up; rates and averages are weighted by labour force
    generated = {u.key: spec["gen"](u) for u in units}
    series = []
    for combo in combinations(spec):
        by_unit = {key: values[combo] for key, values in generated.items()}
        rows = [("FI", aggregate(by_unit, units, lambda u: True, is_count))]
        rows += [(r, aggregate(by_unit, units, lambda u, r=r: u.region == r, is_count)) for r in evk_ids]
        rows += [(a, by_unit[a]) for a in area_ids]
        for area, values in rows:
            missing = dict(MISSING.get((indicator_id, area), {}))
            group = dict(combo).get("group")
            points = []
            for period, value in zip(periods, values):
                reason = missing.get(period)
                if (indicator_id, area, group) in SUPPRESSED_SERIES:
                    reason = "suppressed"
                # The small-count rule the build enforces: no area count of 1 to SUPPRESS_BELOW - 1.
                if (reason is None and spec["unit"] == "count" and area in area_ids
                        and 0 < round(value) < SUPPRESS_BELOW):
                    reason = "suppressed"
                flags = []
                if BREAK_IN_SERIES.get(indicator_id) == period:
                    flags.append("break-in-series")
                if period in MONTHLY_PROVISIONAL or period == "2026-Q3":
                    flags.append("provisional")
                points.append(point(period, value, spec["decimals"], flags, reason))
            entry = {"area": area}
            if combo:
                entry["breakdown"] = dict(combo)
            entry["values"] = points
            series.append(entry)
    metric = {"$schema": "../../schema/metric.schema.json", "indicator": indicator_id, "unit": spec["unit"],
              "decimals": spec["decimals"], "betterDirection": spec["betterDirection"],
              "frequency": spec["frequency"], "updated": spec["updated"], "source": spec["source"],
              "trendTolerance": spec["trendTolerance"]}
    if spec.get("trendToleranceRelative"):
        metric["trendToleranceRelative"] = True
    if spec.get("breakdowns"):
        metric["breakdowns"] = spec["breakdowns"]
        metric["headline"] = spec["headline"]
    metric["series"] = series
    return metric


# ---------------------------------------------------------------------------------------------------------------
# Output: 2-space JSON; small objects and arrays on one line (each data point is one line).
# ---------------------------------------------------------------------------------------------------------------

def dumps(value, indent=0, inline_limit=118):
    compact = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if not isinstance(value, (dict, list)) or (indent > 0 and len(compact) + indent <= inline_limit):
        return compact
    pad, inner = " " * indent, " " * (indent + 2)
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + dumps(v, indent + 2) for v in value) + "\n" + pad + "]"
    if not value:
        return "{}"
    items = [inner + json.dumps(k, ensure_ascii=False) + ": " + dumps(v, indent + 2) for k, v in value.items()]
    return "{\n" + ",\n".join(items) + "\n" + pad + "}"


def write_json(path, value):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(value) + "\n", encoding="utf-8")


def main():
    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=root.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=root / "Content")
    args = parser.parse_args()

    regions = build_regions(args.shared / "areas")
    municipalities = build_municipalities(args.shared)
    areas = build_areas(args.shared, municipalities, regions)
    write_json(args.out / "regions.json", regions)
    write_json(args.out / "municipalities.json", municipalities)
    write_json(args.out / "areas.json", areas)

    levels = area_levels(args.shared, areas["areas"])
    units, evk_ids = build_units(areas["areas"], regions["regions"], levels)
    area_ids = [a["id"] for a in areas["areas"]]
    metrics = [build_metric(indicator_id, spec, units, evk_ids, area_ids) for indicator_id, spec in INDICATORS.items()]
    validate(metrics, root / "schema" / "metric.schema.json")
    for metric in metrics:
        write_json(args.out / "data" / f"{metric['indicator']}.json", metric)


def validate(metrics, schema_path):
    """Checks the generated files against the published schema before writing (needs the jsonschema package)."""
    try:
        from jsonschema import Draft202012Validator
    except ImportError:
        print("jsonschema not installed: output not validated")
        return
    validator = Draft202012Validator(json.loads(schema_path.read_text(encoding="utf-8")))
    for metric in metrics:
        errors = list(validator.iter_errors(metric))
        if errors:
            raise SystemExit(f"{metric['indicator']}: {errors[0].message} at {list(errors[0].path)}")


if __name__ == "__main__":
    main()
