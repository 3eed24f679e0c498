#include "limber/history.h"

#include <cctype>

namespace limber {

bool isCalendarDay(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  const auto number = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const int year = number(0, 4);
  const int month = number(5, 2);
  const int day = number(8, 2);
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return day <= days[month - 1];
}

Stats computeStats(const std::vector<HistoryRecord>& history, const std::string& today) {
  Stats stats;
  for (const HistoryRecord& record : history) {
    if (record.day != today) continue;
    if (record.outcome == Outcome::Completed) ++stats.breaksToday;
    if (record.outcome == Outcome::Completed || record.outcome == Outcome::Partial) {
      stats.secondsToday += static_cast<int>((record.end - record.start) / 1000);
    }
  }
  return stats;
}

}  // namespace limber
