#include "text/personaldata.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace waymark {

namespace {

struct PersonalDataText {
    Q_DECLARE_TR_FUNCTIONS(PersonalData)
};

int digitCount(QStringView text)
{
    return int(std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }));
}

bool looksLikeDate(QStringView text)
{
    thread_local const QRegularExpression date(QStringLiteral("^(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2})$"));
    return date.match(text.trimmed()).hasMatch();
}

bool overlaps(const QList<PersonalDataSpan> &spans, qsizetype start, qsizetype length)
{
    return std::any_of(spans.begin(), spans.end(), [&](const PersonalDataSpan &s) {
        return start < s.start + s.length && s.start < start + length;
    });
}

} // namespace

QString personalDataPlaceholder(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::Email: return PersonalDataText::tr("[e-mail]");
    case PersonalDataKind::Phone: return PersonalDataText::tr("[phone]");
    case PersonalDataKind::CardNumber: return PersonalDataText::tr("[card number]");
    }
    return {};
}

// The expressions are per thread: QRegularExpression is reentrant, not thread-safe, and the
// corpus is tokenised on several threads.
QList<PersonalDataSpan> findPersonalData(const QString &text)
{
    QList<PersonalDataSpan> spans;
    const bool hasAt = text.contains(u'@');
    const bool hasDigits = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    if (!hasAt && !hasDigits)
        return spans; // most comments: no regular expression runs at all
    if (hasAt) {
        thread_local const QRegularExpression email(QStringLiteral("[\\w.%+'-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\w{2,}"),
                                              QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = email.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            spans.append({m.capturedStart(), m.capturedLength(), PersonalDataKind::Email});
        }
    }
    if (hasDigits) {
        // Cards before phones: a card number also fits the looser phone pattern.
        thread_local const QRegularExpression card(QStringLiteral("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d])"));
        for (auto it = card.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (!overlaps(spans, m.capturedStart(), m.capturedLength()))
                spans.append({m.capturedStart(), m.capturedLength(), PersonalDataKind::CardNumber});
        }
        thread_local const QRegularExpression phone(QStringLiteral("(?<![\\w+])\\+?\\(?\\d[\\d ()./-]{5,}\\d(?!\\d)"));
        for (auto it = phone.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const int digits = digitCount(m.capturedView());
            if (digits < 7 || digits > 15 || looksLikeDate(m.capturedView()) || overlaps(spans, m.capturedStart(), m.capturedLength()))
                continue;
            spans.append({m.capturedStart(), m.capturedLength(), PersonalDataKind::Phone});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const PersonalDataSpan &a, const PersonalDataSpan &b) { return a.start < b.start; });
    return spans;
}

QString maskPersonalData(const QString &text)
{
    const QList<PersonalDataSpan> spans = findPersonalData(text);
    if (spans.isEmpty())
        return text;
    QString masked;
    qsizetype at = 0;
    for (const PersonalDataSpan &span : spans) {
        masked += QStringView(text).mid(at, span.start - at);
        masked += personalDataPlaceholder(span.kind);
        at = span.start + span.length;
    }
    masked += QStringView(text).mid(at);
    return masked;
}

} // namespace waymark
