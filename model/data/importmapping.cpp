#include "data/importmapping.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace waymark {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
};

QString simplified(const QString &header)
{
    QString key = header.toLower();
    key.remove(QRegularExpression(QStringLiteral("[\\s_\\-.:/()#]")));
    return key;
}

// Header words per field, in English, Russian, Ukrainian, Serbian (Cyrillic, Latin) and Korean.
const QList<QStringList> &npsWords()
{
    static const QList<QStringList> words{
        {QStringLiteral("score"), QStringLiteral("nps"), QStringLiteral("recommend"), QStringLiteral("оценка"), QStringLiteral("оцінка"),
         QStringLiteral("ocena"), QStringLiteral("оцена"), QStringLiteral("점수"), QStringLiteral("likelytorecommend"), QStringLiteral("rating")},
        {QStringLiteral("respondent"), QStringLiteral("респондент"), QStringLiteral("ispitanik"), QStringLiteral("испитаник"), QStringLiteral("응답자")},
        {QStringLiteral("customer"), QStringLiteral("client"), QStringLiteral("клиент"), QStringLiteral("клієнт"), QStringLiteral("kupac"), QStringLiteral("купац"),
         QStringLiteral("klijent"), QStringLiteral("고객")},
        {QStringLiteral("date"), QStringLiteral("дата"), QStringLiteral("datum"), QStringLiteral("датум"), QStringLiteral("날짜"), QStringLiteral("일자")},
        {QStringLiteral("segment"), QStringLiteral("сегмент"), QStringLiteral("세그먼트")},
        {QStringLiteral("touchpoint"), QStringLiteral("точкаконтакта"), QStringLiteral("точкадотику"), QStringLiteral("dodirnatačka"),
         QStringLiteral("додирнатачка"), QStringLiteral("접점"), QStringLiteral("datakey")},
        {QStringLiteral("stage"), QStringLiteral("этап"), QStringLiteral("етап"), QStringLiteral("faza"), QStringLiteral("фаза"), QStringLiteral("단계")},
        {QStringLiteral("channel"), QStringLiteral("канал"), QStringLiteral("kanal"), QStringLiteral("채널")},
        {QStringLiteral("comment"), QStringLiteral("комментарий"), QStringLiteral("коментар"), QStringLiteral("komentar"), QStringLiteral("의견"),
         QStringLiteral("코멘트")}};
    return words;
}

const QList<QStringList> &clvWords()
{
    static const QList<QStringList> words{
        {QStringLiteral("customer"), QStringLiteral("client"), QStringLiteral("клиент"), QStringLiteral("клієнт"), QStringLiteral("kupac"),
         QStringLiteral("купац"), QStringLiteral("klijent"), QStringLiteral("고객")},
        {QStringLiteral("clv"), QStringLiteral("ltv"), QStringLiteral("lifetimevalue"), QStringLiteral("value"), QStringLiteral("ценность"),
         QStringLiteral("цінність"), QStringLiteral("vrednost"), QStringLiteral("вредност"), QStringLiteral("сумма"), QStringLiteral("iznos"),
         QStringLiteral("금액"), QStringLiteral("고객생애가치")},
        {QStringLiteral("currency"), QStringLiteral("валюта"), QStringLiteral("valuta"), QStringLiteral("валута"), QStringLiteral("통화")},
        {QStringLiteral("segment"), QStringLiteral("сегмент"), QStringLiteral("세그먼트")},
        {QStringLiteral("acquisition"), QStringLiteral("acquired"), QStringLiteral("привлечен"), QStringLiteral("залучен"),
         QStringLiteral("pridobijen"), QStringLiteral("가입")}};
    return words;
}


} // namespace

QStringList importFieldNames(DatasetKind kind)
{
    if (kind == DatasetKind::Nps)
        return {Text::tr("Score (0–10)"), Text::tr("Respondent id"), Text::tr("Customer id"), Text::tr("Date"), Text::tr("Segment"),
                Text::tr("Touchpoint (data key)"), Text::tr("Stage"), Text::tr("Channel"), Text::tr("Comment")};
    return {Text::tr("Customer id"), Text::tr("Value"), Text::tr("Currency"), Text::tr("Segment"), Text::tr("Acquisition date")};
}

QList<int> requiredImportFields(DatasetKind kind)
{
    return kind == DatasetKind::Nps ? QList<int>{NpsScore} : QList<int>{ClvCustomer, ClvValue};
}

QHash<QString, int> guessImportMapping(DatasetKind kind, const QStringList &headers)
{
    const QList<QStringList> &words = kind == DatasetKind::Nps ? npsWords() : clvWords();
    QHash<QString, int> mapping;
    QSet<int> taken;
    // Exact matches first, then headers that contain a word ("customer_id", "Оценка NPS").
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &header : headers) {
            if (mapping.contains(header))
                continue;
            const QString key = simplified(header);
            for (int field = 0; field < words.size(); ++field) {
                if (taken.contains(field))
                    continue;
                const bool match = std::any_of(words[field].begin(), words[field].end(), [&](const QString &word) {
                    return pass == 0 ? key == word || key == word + QStringLiteral("id") : key.contains(word);
                });
                if (match) {
                    mapping.insert(header, field);
                    taken.insert(field);
                    break;
                }
            }
        }
    }
    return mapping;
}


QStringList importFieldKeys(DatasetKind kind)
{
    if (kind == DatasetKind::Nps)
        return {QStringLiteral("score"), QStringLiteral("respondent"), QStringLiteral("customer"), QStringLiteral("date"), QStringLiteral("segment"),
                QStringLiteral("touchpoint"), QStringLiteral("stage"), QStringLiteral("channel"), QStringLiteral("comment")};
    return {QStringLiteral("customer"), QStringLiteral("value"), QStringLiteral("currency"), QStringLiteral("segment"), QStringLiteral("acquired")};
}

} // namespace waymark
