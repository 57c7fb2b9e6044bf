#pragma once

// The XlsxReader translation context of reading .xlsx workbooks, one definition for all its source files.
#include <QCoreApplication>

namespace waymark {

struct XlsxReaderText {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
};

} // namespace waymark
