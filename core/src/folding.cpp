#include "limber/folding.h"

namespace limber {

std::string monthOf(const std::string& day) { return day.substr(0, 7); }

bool isFolded(const Folded& folded, const std::string& day) {
  const auto month = folded.months.find(monthOf(day));
  return month != folded.months.end() && month->second.days.count((day[8] - '0') * 10 + (day[9] - '0')) > 0;
}

FoldResult fold(const std::vector<HistoryRecord>& records, Folded folded, const Moment& now) {
  FoldResult result;
  // Days folded before this run: their raw leftovers (a fold cut short) go.
  const Folded before = folded;
  const std::int64_t cutoff = now.localDayNumber() - kRawDays;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const HistoryRecord& record = records[i];
    if (isFolded(before, record.day)) {
      result.removed.push_back(i);
    } else if (dayNumber(record.day) < cutoff) {
      folded.months[monthOf(record.day)].add(record);
      result.removed.push_back(i);
    }
  }
  result.folded = std::move(folded);
  return result;
}

}  // namespace limber
