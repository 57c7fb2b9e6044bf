"""Writes branch-audit.xlsx: mystery-shopping visits (items met of items checked) on the
sample journey's touchpoints, with Russian headers and real Excel dates; used by the test
of the journey that carries every metric. Run with Debian's python3 + python3-openpyxl."""
import datetime
import os

import openpyxl

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Визиты"
sheet.append(["Дата визита", "Точка контакта", "Отделение", "Выполнено", "Проверено"])
visits = [
    ("branch-appointment", "Центр", 9, 12), ("branch-appointment", "Центр", 11, 12), ("branch-appointment", "Север", 6, 12),
    ("agent-script", "Центр", 7, 10), ("agent-script", "Север", 5, 10), ("eligibility-call", "Север", 3, 8),
    ("eligibility-call", "Центр", 8, 8),
]
for i, (key, branch, met, checked) in enumerate(visits):
    sheet.append([datetime.date(2024, 2, 1) + datetime.timedelta(days=9 * i), key, branch, met, checked])
for cell in sheet["A"][1:]:
    cell.number_format = "dd.mm.yyyy"
book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "branch-audit.xlsx"))
