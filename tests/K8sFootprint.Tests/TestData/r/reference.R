# Reference values for K8sFootprint's statistics tests, computed with R's own functions.
# Regenerate with:  Rscript reference.R > reference.txt
# Output: one "case.name = value" line per figure, 17 significant digits.
options(digits = 17)
out <- function(name, value) cat(sprintf("%s = %.17g\n", name, value))

# R1: Welch's t-test on memory-like samples (MiB), unequal sizes and spreads.
x <- c(612.4, 598.1, 605.7, 620.3, 601.9)
y <- c(655.2, 661.8, 649.7, 670.1, 658.3, 663.0, 652.4)
w <- t.test(x, y)
out("R1.t", w$statistic); out("R1.df", w$parameter); out("R1.p", w$p.value)
out("R1.low", w$conf.int[1]); out("R1.high", w$conf.int[2])

# R2: Welch with a tiny p-value, where 1 - CDF would lose every digit.
x <- c(100.1, 100.3, 99.8, 100.0, 100.2, 99.9)
y <- c(150.2, 149.7, 150.4, 150.1, 149.9, 150.0)
w <- t.test(x, y)
out("R2.t", w$statistic); out("R2.df", w$parameter); out("R2.p", w$p.value)

# R3: Friedman's test on 3 targets x 5 runs (rows are runs), with a tie in run 4.
m <- matrix(c(
  1.10, 1.32, 0.95,
  1.05, 1.41, 0.99,
  1.12, 1.29, 1.01,
  1.20, 1.20, 0.97,
  1.08, 1.35, 1.10), nrow = 5, byrow = TRUE)
f <- friedman.test(m)
out("R3.chisq", f$statistic); out("R3.p", f$p.value)
out("R3.W", f$statistic / (nrow(m) * (ncol(m) - 1)))

# R4: one-sample summary, type-7 quartiles and R's mad() (constant 1.4826).
x <- c(0.0412, 0.0398, 0.0455, 0.0391, 0.0620, 0.0405, 0.0401)
tt <- t.test(x)
out("R4.mean", mean(x)); out("R4.sd", sd(x)); out("R4.low", tt$conf.int[1]); out("R4.high", tt$conf.int[2])
q <- quantile(x, c(0.25, 0.5, 0.75), type = 7)
out("R4.q1", q[1]); out("R4.median", q[2]); out("R4.q3", q[3]); out("R4.mad", mad(x))

# R5: Fieller's interval (unequal variances, Welch-Satterthwaite df at the ratio), solved with uniroot on the
# pivot rather than the closed form the library uses.
x <- c(2.31, 2.45, 2.28, 2.52, 2.39)
y <- c(1.02, 0.97, 1.08, 1.01)
a <- var(x) / length(x); b <- var(y) / length(y); r <- mean(x) / mean(y)
nu <- (a + r^2 * b)^2 / (a^2 / (length(x) - 1) + r^4 * b^2 / (length(y) - 1))
q <- qt(0.975, nu)
pivot <- function(R) (mean(x) - R * mean(y))^2 - q^2 * (a + R^2 * b)
out("R5.ratio", r); out("R5.df", nu)
out("R5.low", uniroot(pivot, c(0, r), tol = 1e-15)$root)
out("R5.high", uniroot(pivot, c(r, 10 * r), tol = 1e-15)$root)
