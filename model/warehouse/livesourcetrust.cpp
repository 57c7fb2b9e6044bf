#include "warehouse/livesourcetrust.h"

#include "warehouse/livedataset.h"

#include <QCryptographicHash>
#include <QSettings>

namespace waymark {

namespace {

const QString settingsKey = QStringLiteral("liveData/trustedSources");
constexpr qsizetype maxRemembered = 500;

} // namespace

QString liveSourceFingerprint(const PostgresAnswerSource &source)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(encodeLiveSource(source).toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool isTrustedLiveSource(const PostgresAnswerSource &source)
{
    return QSettings().value(settingsKey).toStringList().contains(liveSourceFingerprint(source));
}

void trustLiveSource(const PostgresAnswerSource &source)
{
    QSettings settings;
    QStringList trusted = settings.value(settingsKey).toStringList();
    const QString fingerprint = liveSourceFingerprint(source);
    trusted.removeAll(fingerprint);
    trusted.append(fingerprint); // newest last
    if (trusted.size() > maxRemembered)
        trusted = trusted.mid(trusted.size() - maxRemembered);
    settings.setValue(settingsKey, trusted);
}

} // namespace waymark
