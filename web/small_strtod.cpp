// The wasm build's strtod. nlohmann/json calls it for every number with a
// fraction or an exponent, once its lexer has checked the JSON grammar
// (-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?). musl's strtod works in
// 128-bit long double, which wasm has only in software: about 6.8 KB of the
// gzipped module (README, Figures). This one scales the digits by powers of ten
// in double-double arithmetic (about 106 bits) and rounds once at the end, so it
// reads a number as the nearest double, as glibc does natively: 2,000,000 random
// numbers of up to 19 digits from 10^-292 to the largest double all came out the
// same as glibc's. Below 10^-292 (where the low half goes subnormal) and past 19
// significant digits (the rest are dropped) it can be one unit in the last place
// away: 0.4% and 0.07% of such numbers were.
#include <cstdint>

// tests/core/strtod_test.cpp builds this natively under other names, beside glibc's.
#ifdef LIMBER_STRTOD_TEST
#define LIMBER_LIBC(name) limber_test_##name
#else
#define LIMBER_LIBC(name) name
#endif

namespace {
struct Twofold {
  double hi, lo;  // the value is hi + lo, |lo| at most half an ulp of hi
};

Twofold sum(double a, double b) {
  const double s = a + b;
  const double v = s - a;
  return {s, (a - (s - v)) + (b - v)};
}

// Dekker's exact product of two doubles (no fused multiply-add in wasm's MVP).
Twofold product(double a, double b) {
  constexpr double kSplit = 134217729.0;  // 2^27 + 1
  const auto halves = [](double x) {
    const double c = kSplit * x;
    const double high = c - (c - x);
    return Twofold{high, x - high};
  };
  const double p = a * b;
  const Twofold x = halves(a), y = halves(b);
  return {p, ((x.hi * y.hi - p) + x.hi * y.lo + x.lo * y.hi) + x.lo * y.lo};
}

Twofold times(Twofold x, double d) {
  if (x.hi > 1e280) {
    // Near the largest double the halves' products overflow: scale by 2^64, exactly.
    const Twofold small = times({x.hi * 0x1p-64, x.lo * 0x1p-64}, d);
    return {small.hi * 0x1p64, small.lo * 0x1p64};
  }
  const Twofold p = product(x.hi, d);
  return sum(p.hi, p.lo + x.lo * d);
}

Twofold over(Twofold x, double d) {
  const double q = x.hi / d;
  const Twofold p = product(q, d);
  return sum(q, ((x.hi - p.hi) - p.lo + x.lo) / d);
}

constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

double scaled(std::uint64_t digits, int exponent) {
  // Past 10^309 or below 10^-343 (19 digits at most) the result is infinite or zero.
  if (exponent > 310) return 1e300 * 1e300;
  if (exponent < -365) return 0;
  const double high = static_cast<double>(digits);
  const auto rest = static_cast<double>(static_cast<std::int64_t>(digits - static_cast<std::uint64_t>(high)));
  Twofold value = sum(high, rest);
  if (digits < (std::uint64_t{1} << 53) && exponent >= -22 && exponent <= 22) {
    // Both exact: one rounding, which is the nearest double.
    return exponent >= 0 ? high * kExact[exponent] : high / kExact[-exponent];
  }
  // The odd power first: the last product then has halves small enough not to overflow.
  while (exponent > 0) {
    const int step = exponent % 22 != 0 ? exponent % 22 : 22;
    exponent -= step;
    value = times(value, kExact[step]);
    if (!(value.hi <= 1.7976931348623157e308))
      return 1e300 * 1e300;  // past the largest double (inf, or NaN from its halves)
  }
  while (exponent < 0) {
    const int step = -exponent < 22 ? -exponent : 22;
    exponent += step;
    value = over(value, kExact[step]);
  }
  return value.hi + value.lo;
}
}  // namespace

extern "C" double LIMBER_LIBC(strtod)(const char* text, char** end) {
  const char* p = text;
  const bool negative = *p == '-';
  if (negative || *p == '+') ++p;
  std::uint64_t digits = 0;
  int exponent = 0;  // of ten, for the digits kept
  int kept = 0;
  bool any = false;
  const auto digit = [&](int d, bool fraction) {
    any = true;
    if (kept < 19) {
      if (digits != 0 || d != 0) ++kept;
      digits = digits * 10 + static_cast<std::uint64_t>(d);
      if (fraction) --exponent;
    } else if (!fraction) {
      ++exponent;  // a digit too many to keep, before the point: one power of ten more
    }
  };
  for (; *p >= '0' && *p <= '9'; ++p) digit(*p - '0', false);
  if (*p == '.') {
    for (++p; *p >= '0' && *p <= '9'; ++p) digit(*p - '0', true);
  }
  if (any && (*p == 'e' || *p == 'E')) {
    const char* q = p + 1;
    const bool down = *q == '-';
    if (down || *q == '+') ++q;
    if (*q >= '0' && *q <= '9') {
      int e = 0;
      for (; *q >= '0' && *q <= '9'; ++q) {
        if (e < 100000) e = e * 10 + (*q - '0');
      }
      exponent += down ? -e : e;
      p = q;
    }
  }
  if (end != nullptr) *end = const_cast<char*>(any ? p : text);
  const double value = digits == 0 ? 0 : scaled(digits, exponent);
  return negative ? -value : value;
}

// The other two of musl's strtod.o, so that the linker takes none of it.
extern "C" float LIMBER_LIBC(strtof)(const char* text, char** end) {
  return static_cast<float>(LIMBER_LIBC(strtod)(text, end));
}
extern "C" long double LIMBER_LIBC(strtold)(const char* text, char** end) { return LIMBER_LIBC(strtod)(text, end); }
