// The wasm build's strtod (web/small_strtod.cpp) against glibc's, which rounds
// correctly: numbers as JSON writes them must come out as the same double.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#define LIMBER_STRTOD_TEST
#include "../../web/small_strtod.cpp"

namespace {

// A JSON number of `digits` significant digits, with a point after the first or
// none, and an exponent.
std::string number(std::mt19937_64& random, int digits, int exponent) {
  std::string text(1, static_cast<char>('1' + random() % 9));
  for (int i = 1; i < digits; ++i) text += static_cast<char>('0' + random() % 10);
  if (digits > 1 && random() % 2 == 0) text.insert(1, ".");
  if (random() % 3 == 0) text.insert(0, "-");
  return text + "e" + std::to_string(exponent);
}

TEST(SmallStrtod, ReadsNumbersAsGlibcDoes) {
  std::mt19937_64 random(20261201);
  int differ = 0;
  for (int i = 0; i < 200000; ++i) {
    const std::string text =
        number(random, 1 + static_cast<int>(random() % 19), static_cast<int>(random() % 600) - 290);
    char* end = nullptr;
    const double ours = limber_test_strtod(text.c_str(), &end);
    EXPECT_EQ(end, text.c_str() + text.size()) << text;
    if (ours != std::strtod(text.c_str(), nullptr) && ++differ <= 5) ADD_FAILURE() << text;
  }
  EXPECT_EQ(differ, 0);
}

TEST(SmallStrtod, TheEdgesOfTheRange) {
  for (const char* text : {"0.0", "-0.0", "0e5", "1.7976931348623157e308", "1.7976931348623159e308", "1e400", "1e-400",
                           "2.2250738585072014e-308", "0.30000000000000004", "123456789012345678901234567890", "1e23",
                           "8.5e-308", "4.9e-324"}) {
    const double ours = limber_test_strtod(text, nullptr);
    const double glibc = std::strtod(text, nullptr);
    // Below 10^-292 within one unit in the last place (the file says why).
    if (std::fabs(glibc) < 1e-292 && glibc != 0) {
      EXPECT_NEAR(ours, glibc, 5e-324 * 2) << text;
    } else {
      EXPECT_EQ(ours, glibc) << text;
    }
    EXPECT_EQ(std::signbit(ours), std::signbit(glibc)) << text;
  }
  EXPECT_EQ(limber_test_strtof("0.1", nullptr), 0.1f);
}

}  // namespace
