#!/usr/bin/python3
"""Writes the .xlsx fixtures of tst_xlsxreader into this folder.

Needs Debian's python3 and python3-openpyxl (3.0.x); run it as
    /usr/bin/python3 tests/data/xlsx/make_fixtures.py
The generated files are committed, so the tests need no Python. The output is reproducible:
fixed document dates, fixed zip timestamps, parts in openpyxl's order.

openpyxl 3.0 writes every string inline (t="inlineStr") and no sharedStrings.xml, so the
workbooks are post-processed with zipfile: strings move to a shared string table (one cell
stays inline), and a few cells get what openpyxl cannot write (rich text, cells without r,
a cached formula result, a number in exponent notation). The hostile fixtures are made from
the good ones.
"""

import datetime
import io
import os
import re
import struct
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = (2024, 3, 1, 12, 0, 0)
SST_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
SST_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

INLINE_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*?) t="inlineStr"><is><t([^>]*)>(.*?)</t></is></c>', re.S)


def read_parts(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(info.filename, z.read(info.filename)) for info in z.infolist()]


def write_parts(parts):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content)
    return out.getvalue()


def replace_once(text, old, new, part):
    """Replaces old (a string, or a compiled pattern) where it occurs exactly once."""
    pattern = old if isinstance(old, re.Pattern) else re.compile(re.escape(old))
    if len(pattern.findall(text)) != 1:
        raise SystemExit(f"{part}: expected exactly one {pattern.pattern!r}")
    return pattern.sub(lambda _: new, text)


def finish(wb, keep_inline=(), edits=()):
    """Saves wb, moves inline strings to a shared string table (except the cells named in
    keep_inline, as 'sheet1.xml:C7'), applies edits (part, old, new) and returns the bytes."""
    raw = io.BytesIO()
    wb.save(raw)
    parts = read_parts(raw.getvalue())
    strings = []
    index = {}

    def shared(sheet, match):
        ref, attrs, tattrs, text = match.groups()
        if f"{sheet}:{ref}" in keep_inline:
            return match.group(0)
        key = (tattrs, text)
        if key not in index:
            index[key] = len(strings)
            strings.append(f"<si><t{tattrs}>{text}</t></si>")
        return f'<c r="{ref}"{attrs} t="s"><v>{index[key]}</v></c>'

    result = []
    for name, content in parts:
        text = content.decode("utf-8")
        if name.startswith("xl/worksheets/sheet"):
            sheet = name.rsplit("/", 1)[1]
            text = INLINE_CELL.sub(lambda m: shared(sheet, m), text)
        elif name == "docProps/core.xml":
            text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "2024-03-01T12:00:00Z", text)
        result.append([name, text])
    if strings:
        sst = (f'<sst xmlns="{SST_NS}" count="{len(strings)}" uniqueCount="{len(strings)}">'
               + "".join(strings) + "</sst>")
        result.insert(next(i for i, (n, _) in enumerate(result) if n == "xl/styles.xml"),
                      ["xl/sharedStrings.xml", sst])
        for entry in result:
            if entry[0] == "xl/_rels/workbook.xml.rels":
                entry[1] = entry[1].replace(
                    "</Relationships>",
                    f'<Relationship Type="{SST_TYPE}" Target="sharedStrings.xml" Id="rIdSst"/></Relationships>')
            elif entry[0] == "[Content_Types].xml":
                entry[1] = entry[1].replace(
                    "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST_CONTENT}"/></Types>')
    for part, old, new in edits:
        entry = next(e for e in result if e[0] == part)
        entry[1] = replace_once(entry[1], old, new, part)
    return write_parts([(name, text.encode("utf-8")) for name, text in result])


def save(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def survey():
    """Two sheets: 'Answers' (text in three scripts, numbers, booleans, gaps) and 'Notes'
    (a small table for the CSV output)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Answers"
    ws.append(["Respondent", "Score", "Comment", "Recommend", "Weight"])
    ws.append(["r1", 9, "Отлично, спасибо!", True, 0.1])
    ws.append(["r2", 7, "Добро је, хвала", False, 1234.5])
    ws.append(["r3", -3, "좋아요", True, -0.25])
    ws.append(["r4", None, "Без оценки", None, 3])      # B5 and D5 empty
    # row 6 is missing
    ws["A7"], ws["B7"], ws["C7"], ws["D7"], ws["E7"] = "r6", 10, "Инлайн текст", True, 12345
    # row 8: its cells lose their r attributes below; C8 becomes rich text, D8 an error, E8 a
    # formula with a cached text result
    ws["A8"], ws["B8"], ws["C8"], ws["D8"], ws["E8"] = "r7", 8, "RICH", "#N/A", "FORMULA"
    # row 9: the row element loses its r attribute below (so it follows row 8)
    ws["A9"], ws["B9"], ws["C9"] = "r8", 0, "  spaced  "

    notes = wb.create_sheet("Notes")
    notes.append(["Name", "Note", "Count"])
    notes.append(["Smith, John", 'He said "hi"', 2])
    notes.append(["Ана", "line one\nline two"])
    # row 4 is missing
    notes["A5"], notes["B5"], notes["C5"] = "end", "a\r\nb", True

    edits = [
        # E7's value as Excel sometimes writes it
        ("xl/worksheets/sheet1.xml", '<c r="E7" t="n"><v>12345</v></c>', '<c r="E7" t="n"><v>1.2345E3</v></c>'),
        # row 8: cells placed by order only
        ("xl/worksheets/sheet1.xml", '<c r="A8" t="s">', '<c t="s">'),
        ("xl/worksheets/sheet1.xml", '<c r="B8" t="n">', '<c t="n">'),
        ("xl/worksheets/sheet1.xml", '<c r="C8" t="s">', '<c t="s">'),
        ("xl/worksheets/sheet1.xml", '<c r="D8" t="e">', '<c t="e">'),
        ("xl/worksheets/sheet1.xml", re.compile(r'<c r="E8" t="s"><v>[0-9]+</v></c>'),
         '<c t="str"><f>A8&amp;"!"</f><v>r7!</v></c>'),
        ("xl/worksheets/sheet1.xml", '<row r="9">', "<row>"),
        # rich text with a phonetic run that is not part of the text
        ("xl/sharedStrings.xml", "<si><t>RICH</t></si>",
         '<si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Очень </t></r>'
         '<r><t>хорошо</t></r><rPh sb="0" eb="1"><t>phonetic</t></rPh><phoneticPr fontId="1"/></si>'),
        # the second sheet's target relative to xl/ (the first stays absolute, "/xl/...")
        ("xl/_rels/workbook.xml.rels", 'Target="/xl/worksheets/sheet2.xml"', 'Target="worksheets/sheet2.xml"'),
    ]
    return finish(wb, keep_inline={"sheet1.xml:C7"}, edits=edits)


def dates(epoch_1904):
    """The same calendar dates in a 1900 or a 1904 workbook, then raw serial numbers whose
    dates differ between the two systems."""
    wb = openpyxl.Workbook()
    if epoch_1904:
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Dates"
    ws.append(["Label", "Value"])
    rows = [
        ("date", datetime.date(2024, 3, 1), None),
        ("date and time", datetime.datetime(2024, 3, 1, 14, 30, 5), None),
        ("built-in 14", datetime.date(1999, 12, 31), "mm-dd-yy"),
        ("dd.mm.yyyy", datetime.date(2024, 2, 29), "dd.mm.yyyy"),
        ("typed as text", "01.03.2024", None),
        ("time only", datetime.time(12, 0), "h:mm"),
        ("plain number", 45352, None),
        ("d in quotes and brackets", 45352, '[Red]0;"dd.mm"0'),
        ("serial 1", 1, "yyyy-mm-dd"),
        ("serial 59", 59, "yyyy-mm-dd"),
        ("serial 60", 60, "yyyy-mm-dd"),
        ("serial 61", 61, "yyyy-mm-dd"),
        ("serial with time", 61.75, "yyyy-mm-dd hh:mm"),
    ]
    for label, value, fmt in rows:
        ws.append([label, value])
        if fmt:
            ws.cell(ws.max_row, 2).number_format = fmt
    return finish(wb)


def wide_cells():
    """One cell in column XFD on each of 4 rows: 4 cells, but 65536 places once the rows are
    padded, and the padding counts against the cell limit."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Wide"
    for row in range(1, 5):
        ws.cell(row=row, column=16384, value=row)
    return finish(wb)


def with_part(data, part, transform):
    return write_parts([(n, transform(c) if n == part else c) for n, c in read_parts(data)])


def with_declared_size(data, part, size):
    """Rewrites the uncompressed size the zip declares for part (local header and central
    directory); the compressed data stays as it is."""
    data = bytearray(data)
    name = part.encode()
    pos = 0
    patched = 0
    while True:
        local = data.find(b"PK\x03\x04", pos)
        if local < 0:
            break
        name_len = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30:local + 30 + name_len] == name:
            struct.pack_into("<I", data, local + 22, size)
            patched += 1
        pos = local + 4
    pos = 0
    while True:
        central = data.find(b"PK\x01\x02", pos)
        if central < 0:
            break
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + name_len] == name:
            struct.pack_into("<I", data, central + 24, size)
            patched += 1
        pos = central + 4
    if patched != 2:
        raise SystemExit(f"{part}: found {patched} headers to patch")
    return bytes(data)


def main():
    good = survey()
    save("survey.xlsx", good)
    save("dates1900.xlsx", dates(False))
    save("dates1904.xlsx", dates(True))
    save("widecells.xlsx", wide_cells())

    # Not workbooks at all.
    save("notzip.xlsx", b"Respondent,Score\nr1,9\n")
    save("noworkbook.xlsx", write_parts([("readme.txt", b"not a workbook\n")]))
    save("truncated.xlsx", good[: len(good) // 2])

    # Damaged workbooks: the sheet list reads, the first sheet does not.
    sheet1 = "xl/worksheets/sheet1.xml"
    save("badsheet.xlsx", with_part(good, sheet1, lambda c: c.replace(b"</sheetData>", b"</sheetDta>")))
    save("bigcolumn.xlsx", with_part(good, sheet1, lambda c: c.replace(b'r="E2"', b'r="XFE2"')))
    # A cell beyond the last row in the first sheet, a row element beyond it in the second.
    bigrow = with_part(good, sheet1, lambda c: c.replace(b'r="A9"', b'r="A1048577"'))
    save("bigrow.xlsx", with_part(bigrow, "xl/worksheets/sheet2.xml",
                                  lambda c: c.replace(b'<row r="5">', b'<row r="1048577">')))
    save("dtd.xlsx", with_part(good, sheet1, lambda c: b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>' + c))
    save("missingsheet.xlsx", with_part(good, "xl/_rels/workbook.xml.rels",
                                        lambda c: c.replace(b"worksheets/sheet2.xml", b"worksheets/nothere.xml")))
    # A sheet with a blank name (Excel requires one): the whole workbook is refused.
    save("namelesssheet.xlsx", with_part(good, "xl/workbook.xml", lambda c: c.replace(b' name="Answers"', b' name=" "')))
    # Declared sizes that lie: smaller than the part (caught while reading), and larger than
    # the 512 MiB limit (refused before reading).
    save("sizelie.xlsx", with_declared_size(good, sheet1, 100))
    save("hugepart.xlsx", with_declared_size(good, sheet1, 600 * 1024 * 1024))


if __name__ == "__main__":
    main()
