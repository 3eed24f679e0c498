// Moment: an instant as the browser reports it (UTC milliseconds and the local
// UTC offset at that instant), with the user's local calendar day, weekday and
// time of day derived from it in one place.
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "limber/vocabulary.h"

namespace limber {

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kDayMs = 24 * 60 * kMinuteMs;

struct Moment {
  std::int64_t utc = 0;   // milliseconds since 1970-01-01T00:00Z
  int offsetMinutes = 0;  // local time minus UTC, e.g. 60 in Berlin in winter
  // The offset at noon of this day and of each of the next days, as the browser
  // knows them (daylight saving, a planned change): a working day starts at its
  // own local time. Days past these use offsetMinutes.
  std::array<std::int16_t, 8> ahead{};
  int aheadDays = 0;

  std::int64_t localMs() const { return utc + offsetMinutes * kMinuteMs; }
  std::int64_t localDayNumber() const;  // days since 1970-01-01 in local time
  std::string day() const;              // "2026-11-22"
  Weekday weekday() const;
  int minuteOfDay() const;  // 0 to 1439, local
  // The UTC instant of a local minute `days` days from this one's day, read
  // with that day's offset.
  std::int64_t utcAt(int days, int minuteOfDay) const;
};

// "2026-11-22" for a count of days since 1970-01-01.
std::string dayName(std::int64_t dayNumber);
// The day number of "2026-11-22"; requires isCalendarDay.
std::int64_t dayNumber(const std::string& day);
Weekday weekdayOf(std::int64_t dayNumber);

}  // namespace limber
