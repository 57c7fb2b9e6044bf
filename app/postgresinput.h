#pragma once

#include "statsrequest.h"

#include <optional>

namespace waymark {

// `waymark stats postgresql://HOST/DB --table T | --query SQL …`: the answers stay on the
// server, which sends counts per group and score (model/warehouse). Rows left out (NULL or
// out-of-range scores) are reported on standard error. Returns an exit status on failure
// (the message is printed).
std::optional<int> loadPostgresInput(const StatsRequest &request, StatsInput &input);

} // namespace waymark
