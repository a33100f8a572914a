#!/usr/bin/env python3
"""Writes the Vietnamese, Turkish and Chinese country names of src/text/countries.rs from
CLDR (the Unicode Common Locale Data Repository), as the npm package cldr-localenames-modern
publishes it:

    npm pack cldr-localenames-modern@45.0.0 && tar xzf cldr-localenames-modern-45.0.0.tgz
    python3 locales/tools/countries.py package/main > /tmp/names.rs

and the rows it prints replace those of `NAMES`.

The English names stay the ISO 3166-1 short names the table already holds. Where CLDR has a
short form (Hong Kong, Macao, Palestine), the short one is used: it fits a record's line.
"""

import json
import re
import sys

SHORT = {"HK", "MO", "PS"}


def names(main, lang):
    with open(f"{main}/{lang}/territories.json", encoding="utf-8") as f:
        return json.load(f)["main"][lang]["localeDisplayNames"]["territories"]


def main():
    folder = sys.argv[1]
    table = open("src/text/countries.rs", encoding="utf-8").read()
    english = re.findall(r'\("([A-Z]{2})", \["([^"]*)"', table)
    langs = [names(folder, lang) for lang in ("vi", "tr", "zh")]
    for code, en in english:
        said = [l.get(f"{code}-alt-short") if code in SHORT and f"{code}-alt-short" in l else l[code] for l in langs]
        print(f'    ("{code}", ["{en}", "{said[0]}", "{said[1]}", "{said[2]}"]),')


main()
