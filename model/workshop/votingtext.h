#pragma once

// The Voting translation context of dot voting, one definition for all its source files.
#include <QCoreApplication>

namespace waymark {

struct VotingText {
    Q_DECLARE_TR_FUNCTIONS(Voting)
};

} // namespace waymark
