#!/usr/bin/env python3
"""One-off generator of the example content's registry and illustrative metric data.

Run once by hand; its output is committed under Content/ and is NOT produced at build time.
It is kept in the repository so that anyone can see exactly how the example data was made.

    python3 Scripts/generate-example-data.py [--shared ../shared/data/areas] [--out Content]

What it writes
- Content/regions.json, municipalities.json, areas.json: the registry, from the public-source tables in
  ../shared/data/areas/ (names, codes, members, sources). Swedish and English area names that no source gives are
  written here by hand (see AREA_TEXT); tile-map positions are hand-placed (see AREA_TEXT too).
- Content/data/<indicator>.json: ILLUSTRATIVE metric values. They are not real statistics. They are generated
  from a simple model (a labour-market level per area, a national trend, a seasonal pattern and smooth random
  noise) so that their scale is plausible: national unemployment rate about 12 % in 2025, Pohjanmaa lower,
  Espoo-Kauniainen about 19 000 unemployed (see ../shared/data/areas/datapoints.csv).

Deterministic: every random stream is seeded from SEED and the names of the indicator and area, so the output
does not depend on iteration order, the machine or the time it is run.
"""

import argparse
import csv
import json
import math
import random
import re
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

# The elinvoimakeskus of each maakunta, used where a source does not state an area's elinvoimakeskus.
EVK_BY_MAAKUNTA = {
    "Uusimaa": "evk-uusimaa", "Varsinais-Suomi": "evk-lounais-suomi", "Satakunta": "evk-lounais-suomi",
    "Kanta-Häme": "evk-sisa-suomi", "Pirkanmaa": "evk-sisa-suomi", "Päijät-Häme": "evk-kaakkois-suomi",
    "Kymenlaakso": "evk-kaakkois-suomi", "Etelä-Karjala": "evk-kaakkois-suomi", "Etelä-Savo": "evk-ita-suomi",
    "Pohjois-Savo": "evk-ita-suomi", "Pohjois-Karjala": "evk-ita-suomi", "Keski-Suomi": "evk-keski-suomi",
    "Etelä-Pohjanmaa": "evk-etela-pohjanmaa", "Pohjanmaa": "evk-pohjanmaa", "Keski-Pohjanmaa": "evk-pohjanmaa",
    "Pohjois-Pohjanmaa": "evk-pohjois-suomi", "Kainuu": "evk-pohjois-suomi", "Lappi": "evk-lappi",
}

# ---------------------------------------------------------------------------------------------------------------
# Registry: areas. Names no source gives are written here; tile = (column, row), row 0 at the top (north).
# ---------------------------------------------------------------------------------------------------------------

AREA_TEXT = {
    "helsinki": ("Helsinki", "Helsingfors", "Helsinki", (3, 9)),
    "vantaa": ("Vantaa", "Vanda", "Vantaa", (3, 8)),
    "espoo-kauniainen": ("Espoon ja Kauniaisten työllisyysalue", "Esbo och Grankulla sysselsättningsområde",
                         "Espoo and Kauniainen employment area", (2, 9)),
    "kerava-sipoo": ("Keravan ja Sipoon työllisyysalue", "Kervo och Sibbo sysselsättningsområde",
                     "Kerava and Sipoo employment area", (4, 8)),
    "keski-uusimaa": ("Keski-Uudenmaan työllisyysalue", "Mellersta Nylands sysselsättningsområde",
                      "Central Uusimaa employment area", (3, 7)),
    "porvoo": ("Porvoon työllisyysalue", "Borgå sysselsättningsområde", "Porvoo employment area", (4, 9)),
    "kirkkonummi-vihti-siuntio": ("Kirkkonummen, Vihdin ja Siuntion työllisyysalue",
                                  "Kyrkslätt, Vichtis och Sjundeå sysselsättningsområde",
                                  "Kirkkonummi, Vihti and Siuntio employment area", (1, 8)),
    "lohja-karkkila": ("Lohjan ja Karkkilan työllisyysalue", "Lojo och Högfors sysselsättningsområde",
                       "Lohja and Karkkila employment area", (2, 8)),
    "hanko-inkoo-raasepori": ("Hanko-Inkoo-Raaseporin työllisyysalue", "Hangö-Ingå-Raseborgs sysselsättningsområde",
                              "Hanko-Inkoo-Raasepori employment area", (1, 9)),
    "turku": ("Turun työllisyysalue", "Åbo sysselsättningsområde", "Turku employment area", (0, 8)),
    "satakunta": ("Satakunnan työllisyysalue", "Satakunta sysselsättningsområde", "Satakunta employment area",
                  (0, 6)),
    "etela-satakunta": ("Etelä-Satakunnan työllisyysalue", "Södra Satakunta sysselsättningsområde",
                        "South Satakunta employment area", (0, 7)),
    "etela-hame": ("Etelä-Hämeen työllisyysalue", "Södra Tavastlands sysselsättningsområde",
                   "South Häme employment area", (2, 7)),
    "tyohame": ("TyöHäme-työllisyysalue", "Sysselsättningsområdet TyöHäme", "TyöHäme employment area", (1, 7)),
    "tampereen-seutu": ("Tampereen seudun työllisyysalue", "Tammerforsregionens sysselsättningsområde",
                        "Tampere Region employment area", (1, 6)),
    "lahti": ("Lahti", "Lahtis", "Lahti", (4, 7)),
    "paijat-hame": ("Päijät-Hämeen työllisyysalue", "Päijänne-Tavastlands sysselsättningsområde",
                    "Päijät-Häme employment area", (4, 6)),
    "kouvola": ("Kouvola", "Kouvola", "Kouvola", (5, 7)),
    "etela-kymenlaakso": ("Etelä-Kymenlaakson työllisyysalue", "Södra Kymmenedalens sysselsättningsområde",
                          "South Kymenlaakso employment area", (5, 8)),
    "etela-karjala": ("Etelä-Karjalan työllisyysalue", "Södra Karelens sysselsättningsområde",
                      "South Karelia employment area", (6, 7)),
    "mikkeli": ("Mikkelin työllisyysalue", "S:t Michels sysselsättningsområde", "Mikkeli employment area", (5, 6)),
    "savonlinna": ("Savonlinnan työllisyysalue", "Nyslotts sysselsättningsområde", "Savonlinna employment area",
                   (6, 6)),
    "yla-savo": ("Ylä-Savon työllisyysalue", "Övre Savolax sysselsättningsområde", "Upper Savo employment area",
                 (4, 3)),
    "etelainen-keski-suomi": ("Eteläisen Keski-Suomen työllisyysalue",
                              "Södra Mellersta Finlands sysselsättningsområde",
                              "Southern Central Finland employment area", (2, 6)),
    "pohjoinen-keski-suomi": ("Pohjoisen Keski-Suomen työllisyysalue",
                              "Norra Mellersta Finlands sysselsättningsområde",
                              "Northern Central Finland employment area", (2, 4)),
    "kymppi": ("Kympin työllisyysalue", "Sysselsättningsområdet Kymppi", "Kymppi employment area", (1, 4)),
    "suupohja": ("Suupohjan työllisyysalue", "Suupohja sysselsättningsområde", "Suupohja employment area", (0, 5)),
    "pohjanmaa": ("Pohjanmaan työllisyysalue", "Österbottens sysselsättningsområde",
                  "Ostrobothnia employment area", (0, 4)),
    "pietarsaari": ("Pietarsaaren työllisyysalue", "Jakobstads sysselsättningsområde",
                    "Jakobstad employment area", (1, 3)),
    "keski-pohjanmaa": ("Keski-Pohjanmaan työllisyysalue", "Mellersta Österbottens sysselsättningsområde",
                        "Central Ostrobothnia employment area", (2, 3)),
    "oulu": ("Oulun työllisyysalue", "Uleåborgs sysselsättningsområde", "Oulu employment area", (3, 2)),
    "kainuu-koillismaa": ("Kainuu-Koillismaan työllisyysalue", "Kajanaland-Koillismaa sysselsättningsområde",
                          "Kainuu-Koillismaa employment area", (4, 2)),
    "raahe": ("Raahen, Kalajoen, Ylivieskan ja Nivalan työllisyysalue",
              "Brahestad, Kalajoki, Ylivieska och Nivala sysselsättningsområde",
              "Raahe, Kalajoki, Ylivieska and Nivala employment area", (3, 3)),
    "meri-lappi": ("Meri-Lapin työllisyysalue", "Sjölapplands sysselsättningsområde", "Sea Lapland employment area",
                   (3, 1)),
    "tunturi-lappi-pello": ("Tunturi-Lapin ja Pellon työllisyysalue", "Fjällapplands och Pello sysselsättningsområde",
                            "Fell Lapland and Pello employment area", (3, 0)),
    "pohjois-ja-ita-lappi": ("Pohjois- ja Itä-Lapin työllisyysalue", "Norra och Östra Lapplands sysselsättningsområde",
                             "Northern and Eastern Lapland employment area", (4, 0)),
}

# Members that a source states outside area_members.csv (the CSV's notes): a host municipality is always a member,
# and some sources name a few more. Codes are Statistics Finland's.
EXTRA_MEMBERS = {
    "turku": ["853"],
    "satakunta": ["609", "271", "079"],      # Pori (host); Kokemäki and Harjavalta have the area's service points
    "tampereen-seutu": ["908"],              # Valkeakoski, confirmed by the Government decision of 22.2.2024
    "oulu": ["564"],
    "kainuu-koillismaa": ["205", "305", "832"],  # Kajaani (host), Kuusamo, Taivalkoski
    "raahe": ["678", "071"],                 # Raahe (host); Haapavesi is in its Ylivieska service area
}

AREA_NOTES = {
    "espoo-kauniainen": ("Suomenkielistä virallista nimeä ei ole nähty lähteissä sellaisenaan.",
                         "Det officiella finska namnet har inte setts ordagrant i källorna.",
                         "The official Finnish name has not been seen verbatim in the sources."),
    "lohja-karkkila": ("Alueen nimeä ja vastuukuntaa ei ole vahvistettu lähteistä.",
                       "Områdets namn och ansvarskommun har inte bekräftats i källorna.",
                       "The area's name and host municipality have not been confirmed by a source."),
    "hanko-inkoo-raasepori": ("Jäsenkunnat on päätelty alueen nimestä.",
                              "Medlemskommunerna har härletts ur områdets namn.",
                              "The member municipalities are inferred from the area's name."),
    "turku": ("Lähteiden mukaan alueeseen kuuluu Turun lisäksi 22 muuta Varsinais-Suomen kuntaa; niiden nimiä ei "
              "ole lähteissä.",
              "Enligt källorna hör 22 andra kommuner i Egentliga Finland till området utöver Åbo; deras namn finns "
              "inte i källorna.",
              "According to the sources, 22 other municipalities in Varsinais-Suomi belong to the area besides "
              "Turku; their names are not in the sources."),
    "satakunta": ("Jäsenluetteloa ei löytynyt. Porin lisäksi lähteessä mainitaan Kokemäen asiointipiste ja "
                  "Harjavallan toimipiste.",
                  "Medlemsförteckningen hittades inte. Utöver Björneborg nämner källan serviceställen i Kumo och "
                  "Harjavalta.",
                  "The member list was not found. Besides Pori, the source mentions service points in Kokemäki and "
                  "Harjavalta."),
    "tyohame": ("Hämeenlinnan vetämä alue; muuta virallista nimeä kuin TyöHäme ei ole nähty.",
                "Området leds av Tavastehus; något annat officiellt namn än TyöHäme har inte setts.",
                "Led by Hämeenlinna; no official name other than TyöHäme has been seen."),
    "tampereen-seutu": ("Vain Valkeakosken jäsenyys on vahvistettu lähteestä (valtioneuvosto 22.2.2024).",
                        "Endast Valkeakoskis medlemskap har bekräftats i en källa (statsrådet 22.2.2024).",
                        "Only Valkeakoski's membership is confirmed by a source (Government, 22.2.2024)."),
    "mikkeli": ("Jäsenkunnat ovat allekirjoitetusta yhteistoimintasopimuksesta; alueen nimeä ei löytynyt.",
                "Medlemskommunerna kommer från det undertecknade samarbetsavtalet; områdets namn hittades inte.",
                "The members come from the signed cooperation agreement; the area's name was not found."),
    "etelainen-keski-suomi": ("Mänttä-Vilppula kuuluu Pirkanmaahan.",
                              "Mänttä-Vilppula hör till Birkaland.",
                              "Mänttä-Vilppula belongs to Pirkanmaa."),
    "kymppi": ("Kuntayhtymä Kympin kotipaikka on Kauhava. Alue on Etelä-Pohjanmaalla, ei Kymenlaaksossa.",
               "Samkommunen Kymppis hemort är Kauhava. Området ligger i Södra Österbotten, inte i Kymmenedalen.",
               "The joint authority Kymppi is based in Kauhava. The area is in Etelä-Pohjanmaa, not in "
               "Kymenlaakso."),
    "suupohja": ("Kristiinankaupunki kuuluu Pohjanmaan maakuntaan.",
                 "Kristinestad hör till landskapet Österbotten.",
                 "Kristiinankaupunki belongs to the region of Pohjanmaa."),
    "pohjanmaa": ("Kaskinen liitettiin alueeseen valtioneuvoston päätöksellä 22.2.2024.",
                  "Kaskö anslöts till området genom statsrådets beslut 22.2.2024.",
                  "Kaskinen was added to the area by a Government decision of 22.2.2024."),
    "oulu": ("Alueen nimeä ja lopullisia jäsenkuntia ei ole vahvistettu lähteistä.",
             "Områdets namn och slutliga medlemskommuner har inte bekräftats i källorna.",
             "The area's name and final member municipalities have not been confirmed by a source."),
    "kainuu-koillismaa": ("Nimi on vuoden 2023 ilmoituksesta. Alueeseen kuuluvat myös Kuusamo ja Taivalkoski "
                          "Pohjois-Pohjanmaalta; muita jäseniä ei ole lueteltu.",
                          "Namnet kommer från anmälan 2023. Till området hör också Kuusamo och Taivalkoski i Norra "
                          "Österbotten; övriga medlemmar har inte räknats upp.",
                          "The name is from the 2023 notification. Kuusamo and Taivalkoski in Pohjois-Pohjanmaa also "
                          "belong to the area; the other members are not listed."),
    "raahe": ("Nimeä ei ole vahvistettu. Alue muodostettiin valtioneuvoston päätöksellä; Haapavesi kuuluu sen "
              "Ylivieskan palvelualueeseen.",
              "Namnet har inte bekräftats. Området bildades genom statsrådets beslut; Haapavesi hör till dess "
              "serviceområde i Ylivieska.",
              "The name is not confirmed. The area was formed by a Government decision; Haapavesi is in its "
              "Ylivieska service area."),
    "tunturi-lappi-pello": ("Jäsenkuntia ei ole lueteltu lähteissä; nimen perusteella alueeseen kuuluu ainakin "
                            "Pello.",
                            "Medlemskommunerna räknas inte upp i källorna; enligt namnet hör åtminstone Pello till "
                            "området.",
                            "The sources do not list the members; by its name, the area includes at least Pello."),
}

MODEL = {"oma kunta": "single-municipality", "vastuukunta": "host-municipality",
         "vastuukunta (Pori-led)": "host-municipality", "kuntayhtymä": "joint-authority"}
STATUS = {"sourced": "sourced", "partial": "partial", "name_only": "unsourced"}
# Cleaned maakunta where the CSV adds a remark.
MAAKUNTA = {"etelainen-keski-suomi": "Keski-Suomi", "suupohja": "Etelä-Pohjanmaa", "kainuu-koillismaa": "Kainuu"}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def localized(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


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
    rows = read_csv(shared / "municipalities_2021_yle.csv")
    municipalities = []
    for row in sorted(rows, key=lambda r: r["kuntanumero"]):
        # Åland has no wellbeing services county; Helsinki is the only other municipality without one.
        aland = row["hva_id"] == "" and row["kuntanumero"] != "091"
        municipalities.append({"code": row["kuntanumero"], "name": {"fi": row["name_fi"], "sv": row["name_sv"]},
                               "aland": aland})
    return {
        "source": ("Yleisradio, geodata: finland-hva-2021 (kuntajako 2021, kuntanumerot Tilastokeskuksen); "
                   "https://github.com/Yleisradio/geodata"),
        "municipalities": municipalities,
    }


def ely_id(name_fi):
    return next(region_id for region_id, fi, _, _ in ELY if fi == name_fi)


def evk_id(name_fi):
    return next(region_id for region_id, fi, _, _, _ in EVK if fi == name_fi)


def build_areas(shared, municipalities):
    code_by_name = {m["name"]["fi"]: m["code"] for m in municipalities["municipalities"]}
    members_by_area = {}
    for row in read_csv(shared / "area_members.csv"):
        members_by_area.setdefault(row["area_slug"], []).append(row["kuntanumero"])
    tiles = set()
    areas = []
    for row in read_csv(shared / "employment_areas.csv"):
        slug = row["slug"]
        fi, sv, en, tile = AREA_TEXT[slug]
        assert tile not in tiles, f"duplicate tile {tile}"
        tiles.add(tile)
        maakunta = MAAKUNTA.get(slug, row["maakunta"])
        # The README states 39 areas use a host municipality, four run alone, two are joint authorities;
        # every area whose model the CSV leaves open is therefore a host-municipality area.
        model = MODEL.get(row["model"], "host-municipality")
        area = {"id": slug, "name": localized(fi, sv, en), "model": model}
        host = row["vastuukunta"]
        if host in code_by_name and model != "joint-authority":
            area["host"] = code_by_name[host]
        evk_name = row["elinvoimakeskus_2026_derived"]
        area["maakunta"] = maakunta
        area["ely"] = ely_id(row["ely_keskus_2024_derived"])
        area["elinvoimakeskus"] = evk_id(evk_name) if evk_name.endswith("elinvoimakeskus") else EVK_BY_MAAKUNTA[maakunta]
        area["regionDerived"] = True
        members = members_by_area.get(slug, []) + EXTRA_MEMBERS.get(slug, [])
        area["members"] = sorted(set(members))
        area["membersStatus"] = STATUS[row["status"]]
        area["tile"] = {"column": tile[0], "row": tile[1]}
        area["sources"] = re.findall(r"https?://[^\s;,]+", row["sources"])
        if slug in AREA_NOTES:
            area["note"] = localized(*AREA_NOTES[slug])
        areas.append(area)
    return {"areas": areas}


# ---------------------------------------------------------------------------------------------------------------
# Illustrative metric model
# ---------------------------------------------------------------------------------------------------------------

# Labour force in thousands (rough, from population) and the 2025 unemployment rate level (illustrative).
AREA_LEVEL = {
    "helsinki": (360, 12.6), "vantaa": (133, 13.8), "espoo-kauniainen": (172, 11.2), "kerava-sipoo": (34, 10.4),
    "keski-uusimaa": (104, 9.4), "porvoo": (38, 9.0), "kirkkonummi-vihti-siuntio": (39, 8.4),
    "lohja-karkkila": (26, 10.6), "hanko-inkoo-raasepori": (19, 9.2), "turku": (175, 13.2),
    "satakunta": (58, 11.6), "etela-satakunta": (36, 8.4), "etela-hame": (29, 10.6), "tyohame": (52, 11.2),
    "tampereen-seutu": (205, 13.6), "lahti": (57, 15.2), "paijat-hame": (36, 10.8), "kouvola": (36, 12.8),
    "etela-kymenlaakso": (37, 14.2), "etela-karjala": (57, 12.6), "mikkeli": (40, 11.4), "savonlinna": (17, 12.6),
    "yla-savo": (20, 9.6), "etelainen-keski-suomi": (23, 12.2), "pohjoinen-keski-suomi": (33, 11.6),
    "kymppi": (30, 7.6), "suupohja": (22, 7.8), "pohjanmaa": (62, 7.4), "pietarsaari": (24, 6.0),
    "keski-pohjanmaa": (32, 9.0), "oulu": (125, 13.6), "kainuu-koillismaa": (39, 12.6), "raahe": (36, 10.0),
    "meri-lappi": (27, 12.4), "tunturi-lappi-pello": (9, 8.6), "pohjois-ja-ita-lappi": (13, 11.0),
}
# The rest of each region: municipalities in areas no source names (not shown on the site; they make the region
# and national figures cover the whole region).
REMAINDER = {
    "evk-lounais-suomi": (45, 10.4), "evk-sisa-suomi": (60, 11.4), "evk-ita-suomi": (205, 12.6),
    "evk-keski-suomi": (75, 14.6), "evk-etela-pohjanmaa": (45, 8.4), "evk-pohjois-suomi": (22, 12.2),
    "evk-lappi": (33, 12.4),
}
# Weight of international recruitment (residence permits), illustrative.
INTERNATIONAL = {"helsinki": 4.0, "espoo-kauniainen": 5.0, "vantaa": 2.6, "tampereen-seutu": 2.0, "turku": 1.9,
                 "oulu": 1.9, "kerava-sipoo": 1.0, "keski-uusimaa": 0.9, "pohjanmaa": 1.4, "pietarsaari": 1.6,
                 "etela-karjala": 1.0, "keski-pohjanmaa": 1.0, "etela-satakunta": 1.2}
# Commuting and cooperation across area borders (offers to other areas), illustrative.
MOBILITY = {"kerava-sipoo": 1.7, "keski-uusimaa": 1.5, "kirkkonummi-vihti-siuntio": 1.6, "vantaa": 1.4,
            "espoo-kauniainen": 1.3, "lohja-karkkila": 1.4, "porvoo": 1.3, "etela-hame": 1.4, "paijat-hame": 1.3,
            "lahti": 1.1, "helsinki": 1.0, "tyohame": 1.1, "tunturi-lappi-pello": 0.6, "pohjois-ja-ita-lappi": 0.6,
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
    """One part of the country the model generates: a listed area or the unlisted rest of a region."""

    def __init__(self, key, region, labour_force, rate):
        self.key, self.region, self.labour_force, self.rate = key, region, labour_force, rate
        rng = random.Random(f"{SEED}:level:{key}")
        self.drift = rng.uniform(-0.06, 0.06)       # the area's own relative change over the 33 months
        self.quality = rng.gauss(0, 1)             # a fixed "service quality" for the surveys
        self.international = INTERNATIONAL.get(key, 0.35)
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


def build_units(areas, regions):
    units = [Unit(a["id"], a["elinvoimakeskus"], *AREA_LEVEL[a["id"]]) for a in areas]
    units += [Unit(f"rest-{region}", region, *REMAINDER[region]) for region in REMAINDER]
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
                if (reason is None and spec["unit"] == "count" and area in area_ids
                        and indicator_id == "long-term-ill-employed" and round(value) < SUPPRESS_BELOW):
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
    parser.add_argument("--shared", type=Path, default=root.parent / "shared" / "data" / "areas")
    parser.add_argument("--out", type=Path, default=root / "Content")
    args = parser.parse_args()

    regions = build_regions(args.shared)
    municipalities = build_municipalities(args.shared)
    areas = build_areas(args.shared, municipalities)
    write_json(args.out / "regions.json", regions)
    write_json(args.out / "municipalities.json", municipalities)
    write_json(args.out / "areas.json", areas)

    units, evk_ids = build_units(areas["areas"], regions["regions"])
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
