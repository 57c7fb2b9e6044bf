#pragma once

#include "portfolio/journeyheadline.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace waymark {

// One journey of a folder: its headline, or why it could not be read (never fatal: one
// broken file in a folder of two hundred is named, the rest are listed).
struct PortfolioEntry {
    QString path;
    std::optional<JourneyHeadline> headline;
    QString problem;          // translated; set when `headline` is empty
    bool fromSummary = false; // read from the file's kept summary (false: the whole journey was read)
};

// The journeys directly in `folder` (*.waymark and *.waymark.json, by file name). A .waymark
// file saved by this Waymark keeps its headline, so listing reads one small table per file; a
// file from an older Waymark or a .waymark.json is read whole and its headline computed.
std::vector<PortfolioEntry> readPortfolio(const QString &folder, QString *error);
PortfolioEntry readPortfolioEntry(const QString &path);

} // namespace waymark
