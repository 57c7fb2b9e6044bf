#!/usr/bin/env python3
"""Writes purchases.xlsx: a sheet of purchases as a shop's export gives them (a title sheet
first, real Excel dates, amounts as numbers), for tst_journeyclv."""
from datetime import date
from openpyxl import Workbook

book = Workbook()
book.active.title = "Notes"
book.active["A1"] = "Export of 2024-02-01"
sheet = book.create_sheet("Purchases")
sheet.append(["Customer", "Date", "Amount", "Currency"])
for row in [("a", date(2024, 1, 1), 10.5, "EUR"), ("b", date(2024, 1, 3), 25, "EUR"), ("a", date(2024, 1, 11), 12, "EUR")]:
    sheet.append(row)
    sheet.cell(row=sheet.max_row, column=2).number_format = "yyyy-mm-dd"
book.save("purchases.xlsx")
