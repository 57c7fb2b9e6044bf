#pragma once

#include <QString>
#include <QStringList>

namespace waymark {

// `waymark export JOURNEY --pdf OUT | --png OUT | --svg OUT [--page A4|A3|A2|A1|Letter|Tabloid]
// [--landscape|--portrait] [--fit|--tile] [--summary] [--layers effort,heatmap,emotion,nps,clv]
// [--department NAME] [--scale N] [--lang CODE]`: the map (and summary) as the window prints it, headless.
// Returns 0, 1 (unreadable journey, unwritable output: nothing is left half written) or 2.
// Needs a QApplication (main() makes an offscreen one for this command).
int runExportCommand(const QStringList &args);
QString exportCommandUsage();

} // namespace waymark
