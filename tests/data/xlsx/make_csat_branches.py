"""Writes csat-branches.xlsx: a CSAT export as a Serbian bank might send it: a first sheet
of notes, then the answers with Serbian Latin headers and real Excel dates.
Run with Debian's python3 and python3-openpyxl; the .xlsx is committed."""
import datetime
import os

import openpyxl

book = openpyxl.Workbook()
notes = book.active
notes.title = "Napomene"
notes.append(["Anketa zadovoljstva, Q1 2024"])
answers = book.create_sheet("CSAT")
answers.append(["Datum", "Ocena zadovoljstva", "Tačka kontakta", "Filijala"])
rows = [
    (datetime.date(2024, 1, 15), 5, "kyc", "Beograd"),
    (datetime.date(2024, 1, 16), 4, "kyc", "Beograd"),
    (datetime.date(2024, 2, 1), 2, "kyc", "Novi Sad"),
    (datetime.date(2024, 2, 3), 5, "app", "Novi Sad"),
    (datetime.date(2024, 3, 30), 3, "app", "Niš"),
    (datetime.date(2024, 4, 2), 4, "app", "Niš"),
    (datetime.date(2024, 4, 9), 7, "app", "Niš"),  # out of the 1–5 scale: refused with its row
]
for row in rows:
    answers.append(list(row))
for cell in answers["A"][1:]:
    cell.number_format = "dd.mm.yyyy"
book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "csat-branches.xlsx"))
