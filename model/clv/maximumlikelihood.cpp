#include "clv/maximumlikelihood.h"

#include "clv/fitcancel.h"

#include <QCoreApplication>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_multimin.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>

namespace waymark::clv {

namespace {

struct FitText {
    Q_DECLARE_TR_FUNCTIONS(ClvModel)
};

// Simplex size (in log-parameters, so relative) at which the search stops: 1e-9 gives the
// published four decimals with room to spare and costs a few hundred more evaluations.
constexpr double sizeTolerance = 1e-6;
constexpr int maxIterations = 20000;
// Log-parameters beyond ±30 (e^30 ≈ 1e13) mean the optimum lies on the boundary of the
// parameter space: the model degenerates (e.g. nobody ever drops out).
constexpr double boundaryLog = 30.0;
// Relative step of the numerical Hessian: the truncation error (~h²) and the rounding error
// of the log-likelihood (~1e-16 × |log L| / h²) balance near 1e-4 for |log L| ≈ 1e4..1e6.
constexpr double hessianStep = 1e-4;

// What the minimisers see where the model is undefined: "worse than anything", but finite —
// GSL's simplex reports a non-finite value as an error (which by default aborts).
constexpr double undefinedValue = 1e300;

struct Objective {
    const LogLikelihood *logLikelihood;
    std::vector<double> natural;
    const LogLikelihoodWithGradient *withGradient = nullptr;
    std::vector<double> gradient;
};

// −log L and its gradient in log-parameters: d/d(ln θ) = θ d/dθ.
void negativeWithGradient(const gsl_vector *logParameters, void *context, double *value, gsl_vector *gradient)
{
    auto *objective = static_cast<Objective *>(context);
    const std::size_t n = objective->natural.size();
    for (std::size_t i = 0; i < n; ++i)
        objective->natural[i] = std::exp(gsl_vector_get(logParameters, i));
    objective->gradient.assign(n, 0.0);
    const double logL = (*objective->withGradient)(objective->natural, objective->gradient);
    const bool finite = std::isfinite(logL);
    if (value)
        *value = finite ? -logL : undefinedValue;
    if (gradient)
        for (std::size_t i = 0; i < n; ++i)
            gsl_vector_set(gradient, i, finite ? -objective->gradient[i] * objective->natural[i] : 0.0);
}

double negativeOnly(const gsl_vector *logParameters, void *context)
{
    double value = 0;
    negativeWithGradient(logParameters, context, &value, nullptr);
    return value;
}

void gradientOnly(const gsl_vector *logParameters, void *context, gsl_vector *gradient)
{
    negativeWithGradient(logParameters, context, nullptr, gradient);
}

double negativeLogLikelihood(const gsl_vector *logParameters, void *context)
{
    auto *objective = static_cast<Objective *>(context);
    for (std::size_t i = 0; i < objective->natural.size(); ++i)
        objective->natural[i] = std::exp(gsl_vector_get(logParameters, i));
    const double value = (*objective->logLikelihood)(objective->natural);
    return std::isfinite(value) ? -value : undefinedValue;
}

struct GradientMinimizerDeleter {
    void operator()(gsl_multimin_fdfminimizer *m) const { gsl_multimin_fdfminimizer_free(m); }
};
struct MinimizerDeleter {
    void operator()(gsl_multimin_fminimizer *m) const { gsl_multimin_fminimizer_free(m); }
};
struct VectorDeleter {
    void operator()(gsl_vector *v) const { gsl_vector_free(v); }
};
struct MatrixDeleter {
    void operator()(gsl_matrix *m) const { gsl_matrix_free(m); }
};

// One Nelder–Mead run from `logStart`; returns whether the simplex shrank below the tolerance.
bool simplexRun(Objective &objective, std::vector<double> &logPoint, double step, int &iterations)
{
    const std::size_t n = logPoint.size();
    gsl_multimin_function function{&negativeLogLikelihood, n, &objective};
    std::unique_ptr<gsl_vector, VectorDeleter> start(gsl_vector_alloc(n));
    std::unique_ptr<gsl_vector, VectorDeleter> steps(gsl_vector_alloc(n));
    for (std::size_t i = 0; i < n; ++i) {
        gsl_vector_set(start.get(), i, logPoint[i]);
        gsl_vector_set(steps.get(), i, step);
    }
    std::unique_ptr<gsl_multimin_fminimizer, MinimizerDeleter> minimizer(gsl_multimin_fminimizer_alloc(gsl_multimin_fminimizer_nmsimplex2, n));
    if (gsl_multimin_fminimizer_set(minimizer.get(), &function, start.get(), steps.get()) != GSL_SUCCESS)
        return false;
    bool converged = false;
    while (iterations < maxIterations && !fitGivenUp()) {
        ++iterations;
        if (gsl_multimin_fminimizer_iterate(minimizer.get()) != GSL_SUCCESS)
            break;
        if (gsl_multimin_test_size(gsl_multimin_fminimizer_size(minimizer.get()), sizeTolerance) == GSL_SUCCESS) {
            converged = true;
            break;
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        logPoint[i] = gsl_vector_get(minimizer->x, i);
    return converged;
}

// BFGS from `logPoint`; true when the gradient in log-parameters falls below 1e-8 |log L|
// (the flattest parameter, b, then agrees with the published optimum to 1e-6), false when the line search
// makes no more progress first.
bool gradientRun(Objective &objective, std::vector<double> &logPoint, int &iterations)
{
    const std::size_t n = logPoint.size();
    gsl_multimin_function_fdf function{&negativeOnly, &gradientOnly, &negativeWithGradient, n, &objective};
    std::unique_ptr<gsl_vector, VectorDeleter> start(gsl_vector_alloc(n));
    for (std::size_t i = 0; i < n; ++i)
        gsl_vector_set(start.get(), i, logPoint[i]);
    std::unique_ptr<gsl_multimin_fdfminimizer, GradientMinimizerDeleter> minimizer(
        gsl_multimin_fdfminimizer_alloc(gsl_multimin_fdfminimizer_vector_bfgs2, n));
    // First step 0.1 in log-parameters; line-search tolerance 0.1 as GSL recommends for BFGS.
    if (gsl_multimin_fdfminimizer_set(minimizer.get(), &function, start.get(), 0.1, 0.1) != GSL_SUCCESS)
        return false;
    bool converged = false;
    for (int i = 0; i < 1000 && !converged && !fitGivenUp(); ++i) {
        ++iterations;
        if (gsl_multimin_fdfminimizer_iterate(minimizer.get()) != GSL_SUCCESS)
            break;
        const double scale = std::max(1.0, std::abs(minimizer->f));
        converged = gsl_multimin_test_gradient(minimizer->gradient, 1e-8 * scale) == GSL_SUCCESS;
    }
    if (!std::isfinite(minimizer->f) || minimizer->f >= undefinedValue)
        return false;
    for (std::size_t i = 0; i < n; ++i)
        logPoint[i] = gsl_vector_get(minimizer->x, i);
    return converged;
}

// GSL's default error handler aborts the process; during a fit its errors (a line search
// that cannot progress, a simplex that cannot shrink, a singular Hessian) must come back as
// statuses. The handler is process-wide and fits run on worker threads beside each other
// (the window's and a print's): it is turned off once, for good, rather than set and restored
// around each fit (which would race).
void quietGslErrors()
{
    static std::once_flag once;
    std::call_once(once, [] { gsl_set_error_handler_off(); });
}

} // namespace

std::vector<double> standardErrorsAt(const LogLikelihood &logLikelihood, const std::vector<double> &parameters)
{
    const std::size_t n = parameters.size();
    std::vector<double> errors(n, std::numeric_limits<double>::quiet_NaN());
    std::vector<double> h(n);
    for (std::size_t i = 0; i < n; ++i)
        h[i] = hessianStep * std::abs(parameters[i]);
    const auto f = [&](std::size_t i, double di, std::size_t j, double dj) {
        std::vector<double> p = parameters;
        p[i] += di * h[i];
        p[j] += dj * h[j];
        return -logLikelihood(p);
    };
    const double centre = -logLikelihood(parameters);
    std::unique_ptr<gsl_matrix, MatrixDeleter> hessian(gsl_matrix_alloc(n, n));
    for (std::size_t i = 0; i < n; ++i) {
        const double second = (f(i, 1, i, 0) - 2.0 * centre + f(i, -1, i, 0)) / (h[i] * h[i]);
        gsl_matrix_set(hessian.get(), i, i, second);
        for (std::size_t j = 0; j < i; ++j) {
            const double mixed = (f(i, 1, j, 1) - f(i, 1, j, -1) - f(i, -1, j, 1) + f(i, -1, j, -1)) / (4.0 * h[i] * h[j]);
            gsl_matrix_set(hessian.get(), i, j, mixed);
            gsl_matrix_set(hessian.get(), j, i, mixed);
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (!std::isfinite(gsl_matrix_get(hessian.get(), i, j)))
                return errors;
    // At a maximum of log L the Hessian of −log L is positive definite: Cholesky both checks
    // that and inverts it. Failing means a flat or saddle direction: no standard errors.
    quietGslErrors();
    const bool definite = gsl_linalg_cholesky_decomp1(hessian.get()) == GSL_SUCCESS
        && gsl_linalg_cholesky_invert(hessian.get()) == GSL_SUCCESS;
    if (!definite)
        return errors;
    for (std::size_t i = 0; i < n; ++i) {
        const double variance = gsl_matrix_get(hessian.get(), i, i);
        if (variance > 0)
            errors[i] = std::sqrt(variance);
    }
    return errors;
}

MaximumLikelihoodFit fitMaximumLikelihood(const LogLikelihood &logLikelihood, const std::vector<double> &start,
                                          const LogLikelihoodWithGradient &withGradient)
{
    MaximumLikelihoodFit fit;
    Objective objective{&logLikelihood, start, withGradient ? &withGradient : nullptr, {}};
    std::vector<double> logPoint(start.size());
    for (std::size_t i = 0; i < start.size(); ++i)
        logPoint[i] = std::log(start[i]);
    quietGslErrors();
    bool converged = false;
    // BFGS needs a defined start (a gradient); the simplex can search its way out of an
    // undefined one.
    if (withGradient && std::isfinite(logLikelihood(start))) {
        // BFGS stops when the gradient vanishes (relative to log L); if its line search
        // stalls first, a small simplex (±0.5 %) finishes the job from where it stopped.
        converged = gradientRun(objective, logPoint, fit.iterations);
        if (!converged)
            converged = simplexRun(objective, logPoint, 0.005, fit.iterations);
    } else {
        // Nelder–Mead can stall on a degenerate simplex; restarting from where it stopped
        // with a fresh, smaller simplex (±5 % per parameter) is the standard cure and
        // confirms the optimum.
        converged = simplexRun(objective, logPoint, 0.5, fit.iterations);
        if (converged)
            converged = simplexRun(objective, logPoint, 0.05, fit.iterations);
    }
    fit.converged = converged;
    fit.parameters.resize(start.size());
    bool onBoundary = false;
    for (std::size_t i = 0; i < start.size(); ++i) {
        fit.parameters[i] = std::exp(logPoint[i]);
        onBoundary = onBoundary || std::abs(logPoint[i]) > boundaryLog;
    }
    fit.logLikelihood = logLikelihood(fit.parameters);
    fit.standardErrors = standardErrorsAt(logLikelihood, fit.parameters);
    const bool errorsKnown = std::all_of(fit.standardErrors.begin(), fit.standardErrors.end(), [](double e) { return std::isfinite(e); });
    if (!std::isfinite(fit.logLikelihood)) {
        fit.converged = false;
        fit.warning = FitText::tr("the fit found no parameters for which the model explains the data");
    } else if (!converged) {
        fit.warning = FitText::tr("the fit did not converge after %n iteration(s); the parameters are the best found, not an optimum", nullptr, fit.iterations);
    } else if (onBoundary) {
        fit.converged = false;
        fit.warning = FitText::tr("the fit ran to the edge of the parameter space (a parameter tends to 0 or infinity): the model does not suit these data");
    } else if (!errorsKnown) {
        fit.warning = FitText::tr("the likelihood is flat around the optimum: standard errors cannot be given");
    }
    return fit;
}

} // namespace waymark::clv
