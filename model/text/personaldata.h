#pragma once

#include <QList>
#include <QString>

namespace waymark {

// Personal data in what customers write: e-mail addresses, phone numbers, card numbers.
// Found before display and export (quotes, the comments list) and skipped when counting words.
enum class PersonalDataKind { Email, Phone, CardNumber };

struct PersonalDataSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    PersonalDataKind kind = PersonalDataKind::Email;
};

// The spans in reading order, not overlapping.
// - e-mail: local@domain.tld;
// - card number: 13–19 digits, single spaces or dashes allowed between them. No Luhn check,
//   on purpose: a mistyped card number is still a card number, and masking a long order number
//   by mistake costs nothing;
// - phone: 7–15 digits, starting with + or a digit, with spaces, dashes, dots, brackets
//   or slashes between groups; runs that read as a date (12.03.2024, 2024-03-12) are not phones.
QList<PersonalDataSpan> findPersonalData(const QString &text);

// The text with each span replaced by "[e-mail]", "[phone]" or "[card number]" (translated).
QString maskPersonalData(const QString &text);

QString personalDataPlaceholder(PersonalDataKind kind);

} // namespace waymark
