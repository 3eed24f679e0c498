#include "limber/clock.h"

namespace limber {

namespace {
// Floor division, so instants before 1970 still land on the right day.
std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Howard Hinnant's civil-from-days and days-from-civil algorithms.
void civilFromDays(std::int64_t z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const std::int64_t era = floorDiv(z, 146097);
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (m <= 2);
}

std::int64_t daysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = floorDiv(y, 400);
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}
}  // namespace

std::int64_t Moment::localDayNumber() const { return floorDiv(localMs(), kDayMs); }

std::string Moment::day() const { return dayName(localDayNumber()); }

Weekday Moment::weekday() const { return weekdayOf(localDayNumber()); }

int Moment::minuteOfDay() const { return static_cast<int>((localMs() - localDayNumber() * kDayMs) / kMinuteMs); }

std::int64_t Moment::utcAt(int days, int minute) const {
  const int offset = days >= 0 && days < aheadDays ? ahead[static_cast<std::size_t>(days)] : offsetMinutes;
  return (localDayNumber() + days) * kDayMs + minute * kMinuteMs - offset * kMinuteMs;
}

std::string dayName(std::int64_t number) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  civilFromDays(number, y, m, d);
  char text[16];
  const auto two = [](unsigned v, char* out) {
    out[0] = static_cast<char>('0' + v / 10);
    out[1] = static_cast<char>('0' + v % 10);
  };
  const int year = y < 0 ? 0 : (y > 9999 ? 9999 : y);
  text[0] = static_cast<char>('0' + year / 1000);
  text[1] = static_cast<char>('0' + year / 100 % 10);
  text[2] = static_cast<char>('0' + year / 10 % 10);
  text[3] = static_cast<char>('0' + year % 10);
  text[4] = '-';
  two(m, text + 5);
  text[7] = '-';
  two(d, text + 8);
  return std::string(text, 10);
}

std::int64_t dayNumber(const std::string& day) {
  const auto number = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (day[i] - '0');
    return value;
  };
  return daysFromCivil(number(0, 4), static_cast<unsigned>(number(5, 2)), static_cast<unsigned>(number(8, 2)));
}

Weekday weekdayOf(std::int64_t number) {
  // 1970-01-01 was a Thursday.
  const std::int64_t fromMonday = ((number % 7) + 7 + 3) % 7;
  return static_cast<Weekday>(fromMonday);
}

}  // namespace limber
