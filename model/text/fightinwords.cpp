#include "text/fightinwords.h"

#include <cmath>

namespace waymark {

LogOdds weightedLogOdds(double yi, double ni, double yj, double nj, double alpha, double alpha0)
{
    LogOdds result;
    const double ai = yi + alpha;
    const double aj = yj + alpha;
    const double restI = ni + alpha0 - yi - alpha;
    const double restJ = nj + alpha0 - yj - alpha;
    if (ai <= 0 || aj <= 0 || restI <= 0 || restJ <= 0)
        return result; // a term that fills a whole group, or no prior and no count: no evidence either way
    result.delta = std::log(ai / restI) - std::log(aj / restJ);
    result.z = result.delta / std::sqrt(1.0 / ai + 1.0 / aj);
    return result;
}

} // namespace waymark
