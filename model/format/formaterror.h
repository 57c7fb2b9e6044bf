#pragma once

#include <QString>

namespace waymark {

// Why a file could not be read or written, and where: a file, and for text formats a
// line and column, and/or a JSON-pointer path to the offending value. Model code never
// shows dialogs; callers turn this into a message box or a line on stderr.
struct FormatError {
    QString file;
    int line = 0;   // 1-based; 0 when not applicable
    int column = 0; // 1-based; 0 when not applicable
    QString path;   // e.g. "/stages/2/touchpoints/5/effort/emotion"; empty when not applicable
    QString message;

    // "bank.waymark.json:12:7: /stages/0/name: expected a string" — every part present.
    QString toString() const;
};

} // namespace waymark
