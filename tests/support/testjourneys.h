#pragma once

#include "journey.h"

#include <QString>

namespace waymark::test {

// A small hand-made journey that exercises every field: 3 stages, customer/front/middle/back
// lanes, 2 departments, 1 persona, 8 cards (some in the same cell), 2 connections, text in
// Cyrillic, Hangul and emoji, two currencies.
Journey smallJourney();

// Whether one of the journey's problems (Journey::problems) says `part` in its message or path.
bool hasProblem(const Journey &journey, const QString &part);
// The first problem as "path: message", for a failing check's output; empty when none.
QString firstProblem(const Journey &journey);

// The bundled sample workshop (resources/samples/retail-bank-account.waymark.json); an empty
// journey if it cannot be read (the test then fails on what it expects of it).
Journey sampleJourney();

// A deterministic large journey for tests and benchmarks (default: 40 stages x 12 lanes x
// 2,000 cards). The same seed gives the same journey.
struct GeneratorOptions {
    int stages = 40;
    int lanes = 12;
    int touchpoints = 2000;
    int connections = 300;
    quint32 seed = 42;
};
Journey generateJourney(const GeneratorOptions &options = {});

// A data file imported as the window's import does it, with the columns guessed from its
// header: `kindKey` "nps", "csat", … or "clv". Stops the test program when the import fails.
Dataset importedDataset(const QString &path, const QString &kindKey);

} // namespace waymark::test
