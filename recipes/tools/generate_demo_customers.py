#!/usr/bin/env python3
"""Writes the demo customers into recipes/demo.recipe.json.

The customers are written down below as plain data; this script adds what is tedious and easy to get wrong by hand:
the check digits of German and Austrian VAT IDs, of IBANs and of the Leitweg-ID, stable ContentItemIds and contact
ids, and Orchard's JSON shape. It replaces the "ContentDefinition" and "content" steps of the recipe and keeps every
other step as it is, so that the recipe stays the file people read and edit.

    python3 recipes/tools/generate_demo_customers.py

Names, streets and numbers are made up. Emails and websites use the reserved .example top-level domain (RFC 2606), so
that a demo site can never write to a real address; phone numbers of the big German cities come from the ranges the
Bundesnetzagentur keeps for film and television.
"""

import json
import re
import uuid
from pathlib import Path

RECIPE = Path(__file__).resolve().parent.parent / "demo.recipe.json"
NAMESPACE = uuid.UUID("5f0c7f3e-2d1a-4c55-9a0e-6b9d3c1e8a42")


# --- Check digits -------------------------------------------------------------------------------------------------

def german_vat_id(base8: str) -> str:
    """USt-IdNr.: DE + eight digits + the ISO 7064 MOD 11,10 check digit."""
    product = 10
    for c in base8:
        total = (int(c) + product) % 10
        product = (2 * (total or 10)) % 11
    check = 11 - product
    return f"DE{base8}{0 if check == 10 else check}"


def austrian_vat_id(base7: str) -> str:
    """UID: ATU + seven digits + the check digit (alternate digits doubled and cross-summed, then (96 - S) mod 10)."""
    total = 0
    for i, c in enumerate(base7):
        d = int(c)
        if i % 2 == 1:
            d = sum(divmod(2 * d, 10))
        total += d
    return f"ATU{base7}{(96 - total) % 10}"


def mod97(text: str) -> int:
    return int("".join(str(ord(c) - 55) if c.isalpha() else c for c in text)) % 97


def iban(country: str, bban: str) -> str:
    check = 98 - mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def leitweg_id(coarse: str, fine: str) -> str:
    check = 98 - mod97(coarse + fine + "00")
    return f"{coarse}-{fine}-{check:02d}"


def grouped(value: str) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


# --- Places -------------------------------------------------------------------------------------------------------

# City: (country, postcode, latitude, longitude)
PLACES = {
    "Berlin": ("DE", "10115", 52.5323, 13.3846),
    "Berlin-Neukölln": ("DE", "12043", 52.4811, 13.4353),
    "Hamburg": ("DE", "20095", 53.5503, 9.9969),
    "München": ("DE", "80331", 48.1372, 11.5755),
    "Köln": ("DE", "50667", 50.9384, 6.9599),
    "Frankfurt am Main": ("DE", "60311", 50.1109, 8.6821),
    "Stuttgart": ("DE", "70173", 48.7784, 9.1800),
    "Düsseldorf": ("DE", "40213", 51.2254, 6.7763),
    "Leipzig": ("DE", "04109", 51.3397, 12.3731),
    "Dresden": ("DE", "01067", 51.0504, 13.7373),
    "Nürnberg": ("DE", "90402", 49.4521, 11.0767),
    "Hannover": ("DE", "30159", 52.3745, 9.7386),
    "Bremen": ("DE", "28195", 53.0793, 8.8017),
    "Freiburg im Breisgau": ("DE", "79098", 47.9959, 7.8522),
    "Münster": ("DE", "48143", 51.9607, 7.6261),
    "Würzburg": ("DE", "97070", 49.7913, 9.9534),
    "Regensburg": ("DE", "93047", 49.0134, 12.1016),
    "Augsburg": ("DE", "86150", 48.3705, 10.8978),
    "Mainz": ("DE", "55116", 49.9929, 8.2473),
    "Heidelberg": ("DE", "69117", 49.4093, 8.6937),
    "Kiel": ("DE", "24103", 54.3233, 10.1228),
    "Rostock": ("DE", "18119", 54.1760, 12.0837),
    "Erfurt": ("DE", "99084", 50.9787, 11.0328),
    "Göttingen": ("DE", "37073", 51.5328, 9.9352),
    "Lüneburg": ("DE", "21335", 53.2464, 10.4115),
    "Passau": ("DE", "94032", 48.5748, 13.4609),
    "Bamberg": ("DE", "96047", 49.8917, 10.8868),
    "Saarbrücken": ("DE", "66111", 49.2354, 6.9969),
    "Fürth": ("DE", "90762", 49.4771, 10.9887),
    "Görlitz": ("DE", "02826", 51.1526, 14.9873),
    "Tübingen": ("DE", "72070", 48.5216, 9.0576),
    "Wien": ("AT", "1010", 48.2085, 16.3721),
    "Wien-Neubau": ("AT", "1070", 48.2010, 16.3490),
    "Graz": ("AT", "8010", 47.0707, 15.4395),
    "Linz": ("AT", "4020", 48.3064, 14.2858),
    "Salzburg": ("AT", "5020", 47.8095, 13.0550),
    "Innsbruck": ("AT", "6020", 47.2692, 11.4041),
    "Klagenfurt am Wörthersee": ("AT", "9020", 46.6247, 14.3053),
    "Dornbirn": ("AT", "6850", 47.4125, 9.7417),
    "Krems an der Donau": ("AT", "3500", 48.4100, 15.6031),
}


def city_name(place: str) -> str:
    """The city as it goes on the envelope: the district names above only tell the postcodes apart."""
    return {"Berlin-Neukölln": "Berlin", "Wien-Neubau": "Wien"}.get(place, place)


def address(kind: str, street: str, place: str, extra=None, postcode=None, default_billing=False) -> dict:
    country, code, _, _ = PLACES[place]
    result = {"Type": kind, "Street": street}
    if extra:
        result["Extra"] = extra
    result.update({"PostalCode": postcode or code, "City": city_name(place), "Country": country})
    if default_billing:
        result["IsDefaultBilling"] = True
    return result


MOBILE = re.compile(r"^(01[5-7]|\+49 1[5-7]|06[5-9]|\+43 6[5-9])")


def phone(kind: str, number: str) -> dict:
    return {"Type": kind, "Number": number}


# --- The customers ------------------------------------------------------------------------------------------------
# Each entry: key (the ContentItemId's tail), kind, name, and the parts it has. Custom fields: branche, mitarbeiter,
# kunde_seit, newsletter.

CUSTOMERS = [
    dict(key="001", company="Müller Holzbau GmbH", place="Freiburg im Breisgau", street="Tullastraße 84",
         emails=["info@mueller-holzbau.example"], billing_email="rechnung@mueller-holzbau.example",
         phones=[phone("Office", "0761 4589120"), phone("Fax", "0761 4589129")], website="www.mueller-holzbau.example",
         extra_addresses=[address("Delivery", "Hermann-Mitsch-Straße 12", "Freiburg im Breisgau", extra="Lager Halle 3", postcode="79108")],
         vat="14382619", tax_number="06470/12345", category="A-Kunde", tags=["Stammkunde", "Rahmenvertrag"],
         sepa=dict(bban="680501010012345678", country="DE", bic="FRSPDE66XXX", reference="MH-2019-0001", date="2019-03-14", scheme="B2B"),
         payment_days=10,
         contacts=[("Mr", "Thomas", "Müller", "Geschäftsführer", "t.mueller@mueller-holzbau.example", "0171 3920012", ["Statements"]),
                   ("Ms", "Sabine", "Krämer", "Buchhaltung", "buchhaltung@mueller-holzbau.example", "0761 4589125", ["Invoices", "Reminders"])],
         geo=True, branche="Handwerk", mitarbeiter=24, kunde_seit="2016-04-01", newsletter=True),
    dict(key="002", company="Bäckerei Schäfer & Söhne KG", place="Würzburg", street="Semmelstraße 22",
         emails=["kontakt@baeckerei-schaefer.example"], phones=[phone("Office", "0931 3541870")],
         vat="21957304", category="B-Kunde", tags=["Stammkunde"],
         extra_addresses=[address("Delivery", "Nürnberger Straße 105", "Würzburg", extra="Backstube, Anlieferung Hof", postcode="97076")],
         contacts=[("Mr", "Markus", "Schäfer", "Inhaber", "markus@baeckerei-schaefer.example", None, ["Invoices", "Reminders", "Statements"])],
         branche="Handwerk", mitarbeiter=18, kunde_seit="2018-09-01", newsletter=False),
    dict(key="003", company="Weiß Elektrotechnik e.K.", place="Nürnberg", street="Fürther Straße 212",
         emails=["info@weiss-elektro.example"], phones=[phone("Office", "0911 2467301"), phone("Mobile", "0152 28817386")],
         vat="26344198", tax_number="241/123/45678", category="B-Kunde", tags=["Messe 2024"],
         contacts=[("Mr", "Jürgen", "Weiß", "Inhaber", "j.weiss@weiss-elektro.example", "0152 28817386", ["Invoices", "Reminders"])],
         branche="Handwerk", mitarbeiter=7, kunde_seit="2021-02-15", newsletter=True),
    dict(key="004", company="Größmann Logistik GmbH & Co. KG", place="Hamburg", street="Am Sandtorkai 48",
         emails=["zentrale@groessmann-logistik.example"], billing_email="kreditoren@groessmann-logistik.example",
         phones=[phone("Office", "040 66969100")], website="https://www.groessmann-logistik.example",
         extra_addresses=[address("Billing", "Postfach 11 04 20", "Hamburg", extra="Kreditorenbuchhaltung", postcode="20404", default_billing=True),
                          address("Delivery", "Hafenstraße 7", "Hamburg", extra="Tor 4, Rampe 12", postcode="20359")],
         vat="11823047", tax_number="22/815/08150", category="A-Kunde", tags=["Rahmenvertrag", "Skonto"], payment_days=30,
         contacts=[("Ms", "Katharina", "Größmann", "Geschäftsführerin", "k.groessmann@groessmann-logistik.example", "040 66969101", []),
                   ("Mr", "Ole", "Petersen", "Einkauf", "einkauf@groessmann-logistik.example", "040 66969140", []),
                   ("Ms", "Birte", "Hansen", "Kreditorenbuchhaltung", "kreditoren@groessmann-logistik.example", "040 66969150", ["Invoices", "Reminders", "Statements"])],
         geo=True, branche="Dienstleistung", mitarbeiter=140, kunde_seit="2014-01-01", newsletter=False),
    dict(key="005", company="Straßburger Maschinenbau AG", place="Stuttgart", street="Heilbronner Straße 150",
         emails=["info@strassburger-maschinenbau.example"], billing_email="invoice@strassburger-maschinenbau.example",
         phones=[phone("Office", "0711 2560400")], website="www.strassburger-maschinenbau.example",
         extra_addresses=[address("Delivery", "Industriestraße 30", "Stuttgart", extra="Werk 2, Wareneingang", postcode="70565")],
         vat="14725836", tax_number="99015/12345", category="A-Kunde", tags=["Rahmenvertrag", "Key Account"], read_only=True,
         sepa=dict(bban="600501010002345678", country="DE", bic="SOLADEST600", reference="SMB-B2B-2020-07", date="2020-07-01", scheme="B2B"),
         payment_days=30, language="en",
         contacts=[("Mr", "Frank", "Straßburger", "Vorstand", "f.strassburger@strassburger-maschinenbau.example", "0711 2560401", []),
                   ("Ms", "Elena", "Rossi", "Accounts Payable", "invoice@strassburger-maschinenbau.example", "0711 2560455", ["Invoices", "Reminders", "Statements"])],
         geo=True, branche="Industrie", mitarbeiter=480, kunde_seit="2012-05-02", newsletter=False),
    dict(key="006", company="Kühne Feinkost GmbH", place="Düsseldorf", street="Königsallee 58",
         emails=["hallo@kuehne-feinkost.example"], phones=[phone("Office", "0211 8693310")],
         vat="12039487", category="B-Kunde", tags=["Feinkost"], payment_method="Card",
         contacts=[("Ms", "Johanna", "Kühne", "Geschäftsführerin", "j.kuehne@kuehne-feinkost.example", None, ["Invoices"])],
         branche="Handel", mitarbeiter=11, kunde_seit="2020-11-10", newsletter=True),
    dict(key="007", company="Brauhaus Lößnitz GmbH", place="Dresden", street="Wilsdruffer Straße 9",
         emails=["info@brauhaus-loessnitz.example"], phones=[phone("Office", "0351 4968210")],
         vat="28815540", category="B-Kunde", tags=["Gastro-Partner"],
         contacts=[("Mr", "Sebastian", "Lößnitz", "Braumeister", "sebastian@brauhaus-loessnitz.example", None, []),
                   ("Ms", "Claudia", "Weber", "Verwaltung", "verwaltung@brauhaus-loessnitz.example", "0351 4968215", ["Invoices", "Reminders"])],
         geo=True, branche="Gastronomie", mitarbeiter=32, kunde_seit="2017-06-20", newsletter=True),
    dict(key="008", company="Kanzlei Dr. Hofmann & Kollegen PartG mbB", place="Regensburg", street="Maximilianstraße 14",
         emails=["kanzlei@hofmann-kollegen.example"], phones=[phone("Office", "0941 5692300")], website="www.hofmann-kollegen.example",
         vat="27460193", category="A-Kunde", tags=["Steuerberatung"],
         contacts=[("Ms", "Renate", "Hofmann", "Partnerin", "r.hofmann@hofmann-kollegen.example", "0941 5692301", ["Statements"])],
         branche="Dienstleistung", mitarbeiter=16, kunde_seit="2015-03-01", newsletter=False),
    dict(key="009", company="Café Sonnenschein Inh. Jörg Bäumer e.K.", place="Münster", street="Prinzipalmarkt 31",
         emails=["cafe@sonnenschein-muenster.example"], phones=[phone("Office", "0251 4820715")],
         category="C-Kunde", tags=["Barzahler"], payment_method="Cash", payment_days=0,
         branche="Gastronomie", mitarbeiter=6, kunde_seit="2022-05-01", newsletter=True),
    dict(key="010", company="Fröhlich IT-Service GmbH", place="Leipzig", street="Karl-Liebknecht-Straße 63",
         emails=["service@froehlich-it.example"], phones=[phone("Office", "0341 2186540"), phone("Mobile", "0160 91234567")],
         website="froehlich-it.example", vat="30477215", category="B-Kunde", tags=["IT", "Wartungsvertrag"],
         contacts=[("Mr", "Lars", "Fröhlich", "Geschäftsführer", "lars@froehlich-it.example", "0160 91234567", ["Invoices", "Reminders"])],
         branche="Dienstleistung", mitarbeiter=12, kunde_seit="2019-10-01", newsletter=True),
    dict(key="011", company="Grünewald Gartenbau GmbH", place="Göttingen", street="Groner Landstraße 19",
         emails=["info@gruenewald-gartenbau.example"], phones=[phone("Office", "0551 3709180")],
         vat="11675429", category="C-Kunde", tags=["Saisonkunde"],
         branche="Handwerk", mitarbeiter=9, kunde_seit="2023-03-15", newsletter=False),
    dict(key="012", company="Zweckverband Wasserversorgung Ammertal", place="Tübingen", street="Wilhelmstraße 22",
         emails=["poststelle@zv-ammertal.example"], phones=[phone("Office", "07071 930250")],
         leitweg=("08416041", "ZVWAMMER"), category="Öffentlicher Auftraggeber", tags=["XRechnung"], payment_days=30,
         contacts=[("Ms", "Monika", "Bühler", "Kämmerei", "kaemmerei@zv-ammertal.example", "07071 930261", ["Invoices", "Reminders", "Statements"])],
         branche="Öffentliche Hand", mitarbeiter=45, kunde_seit="2020-01-01", newsletter=False),
    dict(key="013", company="Becker Sanitär- und Heizungstechnik GmbH", place="Köln", street="Venloer Straße 412",
         emails=["info@becker-shk.example"], phones=[phone("Office", "0221 4710230"), phone("Fax", "0221 4710239")],
         vat="12254876", tax_number="217/5743/0815", category="B-Kunde", tags=["Stammkunde", "Notdienst"],
         contacts=[("Mr", "Dirk", "Becker", "Meister", "d.becker@becker-shk.example", "0171 3920045", ["Invoices"])],
         branche="Handwerk", mitarbeiter=14, kunde_seit="2016-08-01", newsletter=False),
    dict(key="014", company="Jäger Druck & Medien GmbH", place="Augsburg", street="Provinostraße 52",
         emails=["auftrag@jaeger-druck.example"], phones=[phone("Office", "0821 3469710")], website="www.jaeger-druck.example",
         vat="29018374", category="B-Kunde", tags=["Druck"],
         contacts=[("Ms", "Petra", "Jäger", "Vertrieb", "p.jaeger@jaeger-druck.example", None, [])],
         branche="Industrie", mitarbeiter=38, kunde_seit="2018-02-01", newsletter=True),
    dict(key="015", company="Hansen Schiffsausrüstung GmbH & Co. KG", place="Kiel", street="Kaistraße 60",
         emails=["info@hansen-schiffsausruestung.example"], phones=[phone("Office", "0431 6640180")],
         vat="13467295", category="B-Kunde", tags=["Maritim"],
         extra_addresses=[address("Delivery", "Schwedenkai 1", "Kiel", extra="Terminal, Halle B", postcode="24103")],
         contacts=[("Mr", "Hauke", "Hansen", "Geschäftsführer", "hauke.hansen@hansen-schiffsausruestung.example", "0431 6640181", ["Statements"]),
                   ("Ms", "Frauke", "Jessen", "Buchhaltung", "fibu@hansen-schiffsausruestung.example", None, ["Invoices", "Reminders"])],
         geo=True, branche="Handel", mitarbeiter=27, kunde_seit="2013-07-01", newsletter=False),
    dict(key="016", company="Ostseehotel Warnemünde GmbH", place="Rostock", street="Seestraße 19",
         emails=["rezeption@ostseehotel-warnemuende.example"], billing_email="buchhaltung@ostseehotel-warnemuende.example",
         phones=[phone("Office", "0381 5487200")], vat="31578024", category="A-Kunde", tags=["Hotel", "Saisonkunde"],
         contacts=[("Ms", "Anke", "Lüdtke", "Direktion", "direktion@ostseehotel-warnemuende.example", "0381 5487201", [])],
         geo=True, branche="Gastronomie", mitarbeiter=65, kunde_seit="2019-04-01", newsletter=True),
    dict(key="017", company="Thüringer Glaswerk AG", place="Erfurt", street="Schlachthofstraße 88",
         emails=["info@thueringer-glaswerk.example"], phones=[phone("Office", "0361 6553000")], website="www.thueringer-glaswerk.example",
         vat="15093741", category="A-Kunde", tags=["Industrie", "Rahmenvertrag"], payment_days=45,
         extra_addresses=[address("Billing", "Juri-Gagarin-Ring 120", "Erfurt", extra="Konzernbuchhaltung", postcode="99084", default_billing=True)],
         contacts=[("Mr", "Steffen", "Göbel", "Einkaufsleiter", "s.goebel@thueringer-glaswerk.example", "0361 6553120", []),
                   ("Ms", "Ines", "Thieme", "Kreditoren", "kreditoren@thueringer-glaswerk.example", "0361 6553180", ["Invoices", "Reminders"])],
         branche="Industrie", mitarbeiter=310, kunde_seit="2011-10-01", newsletter=False),
    dict(key="018", company="Rhein-Main Immobilienverwaltung GmbH", place="Frankfurt am Main", street="Zeil 109",
         emails=["verwaltung@rheinmain-immo.example"], phones=[phone("Office", "069 90009250")],
         vat="11472083", category="C-Kunde", tags=["Gekündigt"], status="Archived",
         branche="Dienstleistung", mitarbeiter=8, kunde_seit="2015-01-01", newsletter=False),
    dict(key="019", company="Lüneburger Salzkontor e.K.", place="Lüneburg", street="Am Sande 41",
         emails=["laden@salzkontor.example"], phones=[phone("Office", "04131 724410")],
         vat="24601837", category="C-Kunde", tags=["Einzelhandel"], payment_method="PayPal",
         branche="Handel", mitarbeiter=4, kunde_seit="2022-09-12", newsletter=True),
    dict(key="020", company="Bergmann Metallbau GmbH", place="Saarbrücken", street="Mainzer Straße 172",
         emails=["info@bergmann-metallbau.example"], phones=[phone("Office", "0681 9385470")],
         vat="16389205", tax_number="040/123/45678", category="B-Kunde", tags=["Stahlbau"],
         contacts=[("Mr", "Volker", "Bergmann", "Geschäftsführer", "v.bergmann@bergmann-metallbau.example", "0681 9385471", ["Invoices", "Reminders"])],
         branche="Handwerk", mitarbeiter=21, kunde_seit="2017-11-01", newsletter=False),
    dict(key="021", company="Weinhaus Schröder KG", place="Mainz", street="Augustinerstraße 7",
         emails=["wein@weinhaus-schroeder.example"], phones=[phone("Office", "06131 224870")],
         vat="14930652", category="B-Kunde", tags=["Wein", "Stammkunde"],
         branche="Handel", mitarbeiter=5, kunde_seit="2014-12-01", newsletter=True),
    dict(key="022", company="Böhm Architekten GmbH", place="Heidelberg", street="Hauptstraße 120",
         emails=["buero@boehm-architekten.example"], phones=[phone("Office", "06221 653980")], website="www.boehm-architekten.example",
         vat="19264810", category="B-Kunde", tags=["Planung"],
         contacts=[("Mr", "Matthias", "Böhm", "Architekt, Geschäftsführer", "m.boehm@boehm-architekten.example", None, ["Invoices", "Reminders"])],
         branche="Dienstleistung", mitarbeiter=10, kunde_seit="2020-06-01", newsletter=False),
    dict(key="023", company="Donau-Apotheke Dr. Claudia Rößler e.K.", place="Passau", street="Ludwigstraße 18",
         emails=["info@donau-apotheke.example"], phones=[phone("Office", "0851 9662140")],
         vat="26018943", category="B-Kunde", tags=["Gesundheit"],
         contacts=[("Ms", "Claudia", "Rößler", "Inhaberin", "c.roessler@donau-apotheke.example", None, ["Invoices", "Reminders", "Statements"])],
         branche="Handel", mitarbeiter=9, kunde_seit="2018-01-15", newsletter=False),
    dict(key="024", company="Bamberger Bierkeller GmbH", place="Bamberg", street="Oberer Stephansberg 49",
         emails=["info@bamberger-bierkeller.example"], phones=[phone("Office", "0951 5091820")],
         vat="25107396", category="C-Kunde", tags=["Gastro-Partner"], status="Archived",
         branche="Gastronomie", mitarbeiter=15, kunde_seit="2016-05-01", newsletter=False),
    dict(key="025", company="Fürther Spielwaren Manufaktur GmbH", place="Fürth", street="Gebhardtstraße 29",
         emails=["info@fuerther-spielwaren.example"], phones=[phone("Office", "0911 7706350")], website="www.fuerther-spielwaren.example",
         vat="26839014", category="B-Kunde", tags=["Messe 2024", "Spielwaren"],
         contacts=[("Ms", "Nadine", "Löffler", "Einkauf", "einkauf@fuerther-spielwaren.example", "0911 7706351", ["Invoices"])],
         branche="Industrie", mitarbeiter=52, kunde_seit="2021-01-10", newsletter=True),
    dict(key="026", company="Neiße Textil GmbH", place="Görlitz", street="Berliner Straße 33",
         emails=["info@neisse-textil.example"], phones=[phone("Office", "03581 481260")],
         vat="30152468", category="C-Kunde", tags=["Textil"],
         branche="Industrie", mitarbeiter=23, kunde_seit="2023-08-01", newsletter=False),
    dict(key="027", company="Hanse Kaffeerösterei GmbH", place="Bremen", street="Langenstraße 30",
         emails=["moin@hanse-kaffee.example"], phones=[phone("Office", "0421 3398170")], website="hanse-kaffee.example",
         vat="11508934", category="B-Kunde", tags=["Kaffee", "Stammkunde"],
         sepa=dict(bban="290501010082345671", country="DE", bic="SBREDE22XXX", reference="HKR-2022-004", date="2022-02-01", scheme="Core"),
         contacts=[("Mr", "Jan", "Meyerhoff", "Röstmeister", "jan@hanse-kaffee.example", None, []),
                   ("Ms", "Wiebke", "Thormählen", "Büro", "buero@hanse-kaffee.example", "0421 3398171", ["Invoices", "Reminders"])],
         branche="Handel", mitarbeiter=13, kunde_seit="2018-06-01", newsletter=True),
    dict(key="028", company="Köhler & Partner Unternehmensberatung GmbH", place="Berlin", street="Friedrichstraße 68",
         emails=["kontakt@koehler-partner.example"], phones=[phone("Office", "030 23125480")], website="www.koehler-partner.example",
         vat="13870462", tax_number="27/610/12345", category="A-Kunde", tags=["Beratung"],
         contacts=[("Mr", "Henning", "Köhler", "Managing Partner", "h.koehler@koehler-partner.example", "030 23125481", ["Statements"]),
                   ("Diverse", "Kim", "Sauer", "Office Management", "office@koehler-partner.example", "030 23125489", ["Invoices", "Reminders"])],
         geo=True, branche="Dienstleistung", mitarbeiter=19, kunde_seit="2012-09-01", newsletter=True),
    dict(key="029", company="Schwäbische Präzisionsteile GmbH", place="Stuttgart", street="Pragstraße 26",
         postcode="70376", emails=["vertrieb@praezisionsteile.example"], phones=[phone("Office", "0711 5483620")],
         vat="14561739", category="B-Kunde", tags=["Zulieferer"],
         branche="Industrie", mitarbeiter=86, kunde_seit="2019-02-01", newsletter=False),
    dict(key="030", company="Gasthof zur Post Maier KG", place="München", street="Sendlinger Straße 24",
         emails=["wirt@gasthof-post-maier.example"], phones=[phone("Office", "089 99998120")],
         vat="12857301", category="B-Kunde", tags=["Gastro-Partner", "Stammkunde"],
         contacts=[("Mr", "Alois", "Maier", "Wirt", "alois@gasthof-post-maier.example", "089 99998121", ["Invoices", "Reminders"])],
         geo=True, branche="Gastronomie", mitarbeiter=22, kunde_seit="2010-04-01", newsletter=False),

    # Austria
    dict(key="031", company="Huber Bau GesmbH", place="Salzburg", street="Sterneckstraße 33",
         emails=["office@huber-bau.example"], phones=[phone("Office", "0662 873450")], website="www.huber-bau.example",
         at_vat="5761234", category="A-Kunde", tags=["Bau", "Rahmenvertrag"],
         sepa=dict(bban="2040400000123456", country="AT", bic="SBGSAT2SXXX", reference="HB-2021-0815", date="2021-05-10", scheme="B2B"),
         extra_addresses=[address("Delivery", "Alpenstraße 90", "Salzburg", extra="Baustelle Wohnanlage Süd", postcode="5020")],
         contacts=[("Mr", "Stefan", "Huber", "Geschäftsführer", "s.huber@huber-bau.example", "0664 1234567", []),
                   ("Ms", "Verena", "Moser", "Buchhaltung", "buchhaltung@huber-bau.example", "0662 873452", ["Invoices", "Reminders", "Statements"])],
         geo=True, branche="Handwerk", mitarbeiter=58, kunde_seit="2016-10-01", newsletter=False),
    dict(key="032", company="Kaffeehaus Gruber GmbH", place="Wien", street="Kohlmarkt 14",
         emails=["melange@kaffeehaus-gruber.example"], phones=[phone("Office", "01 5332140")],
         at_vat="6482901", category="B-Kunde", tags=["Gastro-Partner"],
         contacts=[("Ms", "Theresia", "Gruber", "Geschäftsführerin", "t.gruber@kaffeehaus-gruber.example", "0676 5432109", ["Invoices", "Reminders"])],
         geo=True, branche="Gastronomie", mitarbeiter=28, kunde_seit="2017-03-01", newsletter=True),
    dict(key="033", company="Pichler Kürbiskernöl KG", place="Graz", street="Lendplatz 38",
         emails=["oel@pichler-kuerbis.example"], phones=[phone("Office", "0316 712650")],
         at_vat="3917245", category="B-Kunde", tags=["Feinkost", "Export"],
         branche="Handel", mitarbeiter=11, kunde_seit="2019-09-01", newsletter=True),
    dict(key="034", company="Bergsport Hofer GmbH", place="Innsbruck", street="Maria-Theresien-Straße 21",
         emails=["shop@bergsport-hofer.example"], phones=[phone("Office", "0512 583410")], website="www.bergsport-hofer.example",
         at_vat="6203518", category="B-Kunde", tags=["Sport", "Saisonkunde"],
         contacts=[("Mr", "Andreas", "Hofer", "Inhaber", "andreas@bergsport-hofer.example", "0650 2233445", ["Invoices", "Reminders", "Statements"])],
         branche="Handel", mitarbeiter=17, kunde_seit="2020-11-01", newsletter=True),
    dict(key="035", company="Leitner Stahlhandel AG", place="Linz", street="Industriezeile 47",
         emails=["verkauf@leitner-stahl.example"], phones=[phone("Office", "0732 771200")],
         at_vat="4152873", category="A-Kunde", tags=["Stahl", "Rahmenvertrag"], payment_days=30,
         extra_addresses=[address("Billing", "Landstraße 15", "Linz", extra="Rechnungswesen", postcode="4020", default_billing=True),
                          address("Delivery", "Hafenstraße 61", "Linz", extra="Lager Hafen", postcode="4020")],
         contacts=[("Mr", "Gerhard", "Leitner", "Vorstand", "g.leitner@leitner-stahl.example", "0732 771201", []),
                   ("Ms", "Sandra", "Wöß", "Rechnungswesen", "rechnungswesen@leitner-stahl.example", "0732 771230", ["Invoices", "Reminders", "Statements"])],
         branche="Industrie", mitarbeiter=215, kunde_seit="2013-02-01", newsletter=False),
    dict(key="036", company="Wörthersee Hotelbetriebs GmbH", place="Klagenfurt am Wörthersee", street="Villacher Straße 1",
         emails=["reservierung@woerthersee-hotel.example"], phones=[phone("Office", "0463 210400")],
         at_vat="5309126", category="B-Kunde", tags=["Hotel", "Saisonkunde"],
         branche="Gastronomie", mitarbeiter=40, kunde_seit="2021-04-15", newsletter=True),
    dict(key="037", company="Stickerei Mayr Ges.m.b.H.", place="Dornbirn", street="Marktstraße 12",
         emails=["office@stickerei-mayr.example"], phones=[phone("Office", "05572 22480")],
         at_vat="2864107", category="C-Kunde", tags=["Textil"],
         branche="Industrie", mitarbeiter=19, kunde_seit="2022-01-01", newsletter=False),
    dict(key="038", company="Weingut Gößler KG", place="Krems an der Donau", street="Obere Landstraße 6",
         emails=["weingut@goessler.example"], phones=[phone("Office", "02732 85214")], website="www.goessler.example",
         at_vat="7041396", category="B-Kunde", tags=["Wein", "Export"], status="Archived",
         branche="Handel", mitarbeiter=8, kunde_seit="2015-08-01", newsletter=False),

    # Private persons, Germany
    dict(key="039", person=("Ms", "Dr.", "Ursula", "Weiß"), place="Berlin", street="Torstraße 140",
         emails=["ursula.weiss@posteo.example"], phones=[phone("Home", "030 23125133"), phone("Mobile", "0171 3920071")],
         sepa=dict(bban="100500000190123456", country="DE", bic="BELADEBEXXX", reference="UW-PRIV-0001", date="2023-01-09", scheme="Core"),
         payment_method="SepaDirectDebit", category="Privatkunde", tags=["Newsletter"],
         kunde_seit="2023-01-09", newsletter=True),
    dict(key="040", person=("Mr", None, "Jürgen", "Größmann"), place="München", street="Leopoldstraße 77", postcode="80802",
         emails=["j.groessmann@mail.example"], phones=[phone("Mobile", "0152 28895456")],
         category="Privatkunde", tags=[],
         company_details=dict(CompanyName="Größmann Logistik GmbH & Co. KG", Website="www.groessmann-logistik.example",
                              ContactInformation="Bruder der Geschäftsführerin, kauft privat"),
         kunde_seit="2019-12-01", newsletter=False),
    dict(key="041", person=("Mr", None, "Sören", "Straßburger"), place="Hannover", street="Lister Meile 54", postcode="30161",
         emails=["soeren.strassburger@web.example"], phones=[phone("Mobile", "0176 60406912")],
         category="Privatkunde", tags=["Empfehlung"], payment_method="PayPal",
         kunde_seit="2022-04-20", newsletter=True),
    dict(key="042", person=("Ms", None, "Anna-Lena", "Schäfer"), place="Köln", street="Aachener Straße 301", postcode="50931",
         emails=["annalena.schaefer@mail.example"], phones=[phone("Home", "0221 4710512")],
         extra_addresses=[address("Delivery", "Zülpicher Straße 12", "Köln", extra="bei Familie Neumann", postcode="50674")],
         category="Privatkunde", tags=[],
         kunde_seit="2021-07-01", newsletter=True),
    dict(key="043", person=("Mr", "Prof. Dr.", "Klaus-Dieter", "Müller"), place="Tübingen", street="Neckarhalde 40",
         emails=["kd.mueller@uni-mail.example"], phones=[phone("Office", "07071 297410")],
         category="Privatkunde", tags=["Vortrag"],
         company_details=dict(CompanyName="Eberhard Karls Universität Tübingen", ContactInformation="Lehrstuhl für Wirtschaftsinformatik"),
         kunde_seit="2018-10-15", newsletter=False),
    dict(key="044", person=("Mr", None, "Maximilian", "Fuchs"), place="Frankfurt am Main", street="Berger Straße 210", postcode="60385",
         emails=["max.fuchs@mail.example"], phones=[phone("Mobile", "0171 3920088")],
         extra_addresses=[address("Billing", "Mainzer Landstraße 50", "Frankfurt am Main", extra="c/o Fuchs Consulting", postcode="60325", default_billing=True)],
         category="Privatkunde", tags=[], payment_method="Card",
         kunde_seit="2024-02-01", newsletter=False),
    dict(key="045", person=("Mr", None, "Mehmet", "Yılmaz"), place="Berlin-Neukölln", street="Karl-Marx-Straße 98",
         emails=["m.yilmaz@mail.example"], phones=[phone("Mobile", "0157 55555555")],
         category="Privatkunde", tags=["Empfehlung"],
         kunde_seit="2023-06-01", newsletter=True),
    dict(key="046", person=("Ms", None, "Zoë", "Lämmle"), place="Stuttgart", street="Olgastraße 91", postcode="70180",
         emails=["zoe.laemmle@mail.example"], phones=[phone("Home", "0711 6493721")],
         category="Privatkunde", tags=[],
         kunde_seit="2020-03-01", newsletter=False),
    dict(key="047", person=("Ms", None, "Heike", "Strauß"), place="Leipzig", street="Gottschedstraße 12",
         emails=["heike.strauss@mail.example"], phones=[phone("Home", "0341 9612847")],
         category="Privatkunde", tags=[], status="Archived",
         kunde_seit="2016-02-01", newsletter=False),
    dict(key="048", person=("Ms", None, "Ayşe", "Öztürk"), place="Düsseldorf", street="Ackerstraße 117", postcode="40233",
         emails=["ayse.oeztuerk@mail.example"], phones=[phone("Mobile", "+49 152 28817399")],
         category="Privatkunde", tags=["Newsletter"],
         kunde_seit="2024-05-15", newsletter=True),

    # Private persons, Austria
    dict(key="049", person=("Ms", "Mag.", "Theresa", "Gruber"), place="Wien-Neubau", street="Neubaugasse 25",
         emails=["theresa.gruber@mail.example"], phones=[phone("Mobile", "0699 18273645")],
         category="Privatkunde", tags=[],
         kunde_seit="2021-09-01", newsletter=True),
    dict(key="050", person=("Mr", None, "Johann", "Egger"), place="Innsbruck", street="Museumstraße 8",
         emails=["johann.egger@mail.example"], phones=[phone("Home", "0512 567812"), phone("Mobile", "+43 664 9876543")],
         sepa=dict(bban="2050303300123456", country="AT", bic="SPIHAT22XXX", reference="JE-2022-11", date="2022-11-03", scheme="Core"),
         payment_method="SepaDirectDebit", category="Privatkunde", tags=[],
         geo=True, kunde_seit="2022-11-03", newsletter=False),
    dict(key="051", person=("Ms", None, "Elisabeth", "Pötzl"), place="Graz", street="Herrengasse 9",
         emails=["elisabeth.poetzl@mail.example"], phones=[phone("Home", "0316 823917")],
         extra_addresses=[address("Delivery", "Annenstraße 40", "Graz", extra="Geschäft Pötzl Mode", postcode="8020")],
         category="Privatkunde", tags=["Empfehlung"],
         kunde_seit="2019-05-01", newsletter=True),
    dict(key="052", person=("Mr", None, "Florian", "Wimmer"), place="Linz", street="Herrenstraße 20",
         emails=["florian.wimmer@mail.example"], phones=[phone("Mobile", "0676 3344556")],
         category="Privatkunde", tags=[], payment_method="PayPal",
         kunde_seit="2024-01-20", newsletter=False),
]


# --- Orchard's shape ----------------------------------------------------------------------------------------------

def content_item(c: dict) -> dict:
    place = c["place"]
    country, _, lat, lon = PLACES[place]
    company = "company" in c
    item = {
        "ContentItemId": f"demo-kunde-{c['key']}",
        "ContentType": "Customer",
        "DisplayText": c["company"] if company else f"{c['person'][3]}, {c['person'][2]}",
        "CustomerPart": {"Kind": "Company" if company else "Person", "Status": c.get("status", "Active")},
    }
    if c.get("read_only"):
        item["CustomerPart"]["IsReadOnly"] = True

    if company:
        item["NamePart"] = {"CompanyName": c["company"]}
    else:
        salutation, title, first, last = c["person"]
        item["NamePart"] = {"Salutation": salutation, **({"Title": title} if title else {}), "FirstName": first, "LastName": last}

    contact = {"Emails": c["emails"]}
    if c.get("billing_email"):
        contact["BillingEmail"] = c["billing_email"]
    contact["Phones"] = c["phones"]
    if c.get("website"):
        contact["Website"] = c["website"]
    item["ContactPart"] = contact

    addresses = [address("Recipient", c["street"], place, postcode=c.get("postcode"))] + c.get("extra_addresses", [])
    item["AddressesPart"] = {"Addresses": addresses}

    tax = {}
    if c.get("tax_number"):
        tax["TaxNumber"] = c["tax_number"]
    if c.get("vat"):
        tax["VatId"] = german_vat_id(c["vat"])
    if c.get("at_vat"):
        tax["VatId"] = austrian_vat_id(c["at_vat"])
    if tax:
        item["TaxPart"] = tax

    billing = {
        "Language": c.get("language", "de"),
        "Currency": "EUR",
        "PaymentTermDays": c.get("payment_days", 14),
        "PaymentMethod": c.get("payment_method", "SepaDirectDebit" if c.get("sepa") else "BankTransfer"),
    }
    if c.get("sepa"):
        s = c["sepa"]
        billing["Sepa"] = {
            "Iban": grouped(iban(s["country"], s["bban"])),
            "Bic": s["bic"],
            "MandateReference": s["reference"],
            "MandateDate": s["date"],
            "Scheme": s["scheme"],
        }
    item["BillingPart"] = billing

    if c.get("leitweg"):
        lid = leitweg_id(*c["leitweg"])
        item["EInvoicingPart"] = {"BuyerReference": lid, "ElectronicAddress": lid, "ElectronicAddressScheme": "0204"}

    organisation = {"Category": c["category"], "Tags": c["tags"]}
    if c.get("company_details"):
        organisation["CompanyDetails"] = c["company_details"]
    item["OrganisationPart"] = organisation

    if c.get("contacts"):
        contacts = []
        for salutation, first, last, position, email, number, roles in c["contacts"]:
            person = {
                "Id": str(uuid.uuid5(NAMESPACE, f"{c['key']}/{first} {last}")),
                "Salutation": salutation,
                "FirstName": first,
                "LastName": last,
                "Position": position,
                "Emails": [email] if email else [],
                "Phones": [phone("Mobile" if MOBILE.match(number) else "Office", number)] if number else [],
                "MailRoles": ", ".join(roles) if roles else "None",
            }
            contacts.append(person)
        item["ContactsPart"] = {"Contacts": contacts}

    if c.get("geo"):
        item["LocationPart"] = {"Latitude": lat, "Longitude": lon}

    fields = {}
    if c.get("branche"):
        fields["Branche"] = {"Text": c["branche"]}
    if c.get("mitarbeiter") is not None:
        fields["Mitarbeiter"] = {"Value": c["mitarbeiter"]}
    if c.get("kunde_seit"):
        fields["KundeSeit"] = {"Value": f"{c['kunde_seit']}T00:00:00Z"}
    if c.get("newsletter") is not None:
        fields["Newsletter"] = {"Value": c["newsletter"]}
    item["Customer"] = fields
    return item


BRANCHEN = ["Handel", "Handwerk", "Gastronomie", "Dienstleistung", "Industrie", "Öffentliche Hand"]


def field(field_name, name, display_name, position, description, show_in_list, extra_settings=None):
    settings = {"ContentPartFieldSettings": {"DisplayName": display_name, "Position": str(position), "Description": description}}
    settings.update(extra_settings or {})
    settings["ListColumnSettings"] = {"ShowInList": show_in_list}
    return {"FieldName": field_name, "Name": name, "Settings": settings}


CONTENT_DEFINITION = {
    "name": "ContentDefinition",
    "ContentTypes": [
        {
            "Name": "Customer",
            "DisplayName": "Kunde",
            "Settings": {"ContentTypeSettings": {"Creatable": True, "Listable": True, "Draftable": False}},
            "ContentTypePartDefinitionRecords": [
                {"PartName": "Customer", "Name": "Customer", "Settings": {"ContentTypePartSettings": {"Position": "0"}}},
            ],
        }
    ],
    "ContentParts": [
        {
            "Name": "Customer",
            "Settings": {},
            "ContentPartFieldDefinitionRecords": [
                field("TextField", "Branche", "Branche", 0, "Die Branche, in der der Kunde tätig ist.", True, {
                    "TextFieldSettings": {"Hint": "Wählen Sie die passende Branche.", "Required": False},
                    "TextFieldPredefinedListEditorSettings": {
                        "Options": [{"name": b, "value": b} for b in BRANCHEN], "Editor": 1, "DefaultValue": "",
                    },
                }),
                field("NumericField", "Mitarbeiter", "Mitarbeiter", 1, "Ungefähre Zahl der Beschäftigten.", False, {
                    "NumericFieldSettings": {"Hint": "Zahl der Beschäftigten", "Required": False, "Scale": 0, "Minimum": 0},
                }),
                field("DateField", "KundeSeit", "Kunde seit", 2, "Beginn der Geschäftsbeziehung.", True, {
                    "DateFieldSettings": {"Hint": "Datum des ersten Auftrags", "Required": False},
                }),
                field("BooleanField", "Newsletter", "Newsletter", 3, "Hat in den Newsletter eingewilligt.", False, {
                    "BooleanFieldSettings": {"Hint": "Einwilligung liegt vor", "Label": "Newsletter", "DefaultValue": False},
                }),
            ],
        }
    ],
}


def compact_json(value, indent: int = 0, used: int = 0, width: int = 140) -> str:
    """Indented JSON that keeps a value on one line when it fits: an address or a phone reads as one line.
    indent: the indentation of the line the value starts on; used: the characters before the value on that line."""
    flat = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if not isinstance(value, (dict, list)) or not value or used + len(flat) <= width:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        lines = []
        for k, v in value.items():
            key = f"{json.dumps(k, ensure_ascii=False)}: "
            lines.append(pad + key + compact_json(v, indent + 2, indent + 2 + len(key), width))
        return "{\n" + ",\n".join(lines) + "\n" + " " * indent + "}"
    lines = [pad + compact_json(v, indent + 2, indent + 2, width) for v in value]
    return "[\n" + ",\n".join(lines) + "\n" + " " * indent + "]"


def main() -> None:
    recipe = json.loads(RECIPE.read_text(encoding="utf-8"))
    steps = [s for s in recipe["steps"] if s.get("name") not in ("ContentDefinition", "content")]
    content = {"name": "content", "data": [content_item(c) for c in CUSTOMERS]}
    # The custom fields must exist before the items that fill them; both after the included blank recipe, which
    # enables the Customers feature.
    recipes_step = next(i for i, s in enumerate(steps) if s.get("name") == "recipes")
    steps[recipes_step + 1:recipes_step + 1] = [CONTENT_DEFINITION]
    steps.append(content)
    recipe["steps"] = steps
    RECIPE.write_text(compact_json(recipe) + "\n", encoding="utf-8")
    print(f"Wrote {len(CUSTOMERS)} customers to {RECIPE}")


if __name__ == "__main__":
    main()
