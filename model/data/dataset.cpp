#include "data/dataset.h"

namespace waymark {

QString toKey(DatasetKind kind)
{
    return kind == DatasetKind::Nps ? QStringLiteral("nps") : QStringLiteral("clv");
}

std::optional<DatasetKind> datasetKindFromKey(const QString &key)
{
    if (key == QLatin1String("nps"))
        return DatasetKind::Nps;
    if (key == QLatin1String("clv"))
        return DatasetKind::Clv;
    return std::nullopt;
}

} // namespace waymark
