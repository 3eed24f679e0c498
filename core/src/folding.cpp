#include "limber/folding.h"

namespace limber {

std::string monthOf(const std::string& day) { return day.substr(0, 7); }

bool isFolded(const Folded& folded, const std::string& day) { return folded.months.count(monthOf(day)) > 0; }

namespace {
// Whether every day of the month lies more than kRawDays before today.
bool isOldEnough(const std::string& day, const Moment& now) {
  const std::int64_t first = dayNumber(monthOf(day) + "-01");
  std::int64_t nextMonth = first + 27;
  while (dayName(nextMonth).substr(0, 7) == monthOf(day)) ++nextMonth;
  return nextMonth - 1 < now.localDayNumber() - kRawDays;
}
}  // namespace

FoldResult fold(const std::vector<HistoryRecord>& records, Folded folded, const Moment& now) {
  FoldResult result;
  // Months folded before this run: their raw leftovers (a fold cut short) go.
  const Folded before = folded;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const HistoryRecord& record = records[i];
    if (isFolded(before, record.day)) {
      result.removed.push_back(i);
    } else if (isOldEnough(record.day, now)) {
      folded.months[monthOf(record.day)].add(record);
      result.removed.push_back(i);
    }
  }
  result.folded = std::move(folded);
  return result;
}

}  // namespace limber
