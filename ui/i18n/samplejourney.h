#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace waymark {

class Journey;
struct FormatError;

namespace SampleJourney {

// The resource path of the bundled sample workshop ("Open a current account") written in the
// language of `locale` (Russian, Ukrainian, Serbian Cyrillic or Latin, Korean), else English.
QString resourceFor(const QLocale &locale);

// The sample workshop in the UI language (the default QLocale), read and checked like any
// journey file.
std::optional<Journey> read(FormatError *error);

} // namespace SampleJourney
} // namespace waymark
