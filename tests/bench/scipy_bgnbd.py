#!/usr/bin/python3
"""The BG/NBD log-likelihood of Fader, Hardie & Lee (2005), fitted with SciPy's Nelder-Mead
on log-parameters from the same start as Waymark (r = a = b = 1, alpha = mean T): the
reference for bench_clvmodel. Written for this benchmark from the paper's equation (6).

Usage: scipy_bgnbd.py SUMMARY.csv RUNS  (columns x,t_x,T)
Prints: median CPU milliseconds of the fit (time.process_time; single-threaded NumPy), then the parameters and log-likelihood.
"""
import statistics
import sys
import time

import numpy as np
from scipy.optimize import minimize
from scipy.special import betaln, gammaln


def negative_log_likelihood(log_params, x, tx, T):
    r, alpha, a, b = np.exp(log_params)
    common = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    alive = betaln(a, b + x) - betaln(a, b) - (r + x) * np.log(alpha + T)
    dropped = np.where(x > 0, betaln(a + 1, b + np.maximum(x, 1) - 1) - betaln(a, b) - (r + x) * np.log(alpha + tx), -np.inf)
    return -np.sum(common + np.logaddexp(alive, dropped))


def main():
    data = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
    runs = int(sys.argv[2])
    x, tx, T = data[:, 0], data[:, 1], data[:, 2]
    start = np.log([1.0, T.mean(), 1.0, 1.0])
    times = []
    for _ in range(runs + 1):
        began = time.process_time()
        result = minimize(negative_log_likelihood, start, args=(x, tx, T), method="Nelder-Mead",
                          options={"xatol": 1e-6, "fatol": 1e-8, "maxiter": 20000, "maxfev": 40000})
        times.append((time.process_time() - began) * 1000.0)
    r, alpha, a, b = np.exp(result.x)
    print(f"{statistics.median(times[1:]):.1f} r {r:.4f} alpha {alpha:.4f} a {a:.4f} b {b:.4f} LL {-result.fun:.2f} ({result.nit} iterations)")


if __name__ == "__main__":
    main()
