#include "limber/folding.h"

namespace limber {

std::string monthOf(const std::string& day) { return day.substr(0, 7); }

bool isFolded(const Folded& folded, const std::string& day) {
  const auto month = folded.months.find(monthOf(day));
  return month != folded.months.end() && month->second.days.count((day[8] - '0') * 10 + (day[9] - '0')) > 0;
}

FoldResult fold(const std::vector<HistoryRecord>& records, Folded folded, const Moment& now) {
  FoldResult result;
  const std::set<std::string> before = std::move(folded.counted);
  folded.counted.clear();
  const std::int64_t cutoff = now.localDayNumber() - kRawDays;
  std::size_t added = 0;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const HistoryRecord& record = records[i];
    if (before.count(record.id) == 0) {  // not counted yet by a fold cut short
      if (dayNumber(record.day) >= cutoff || added == kFoldBatch) continue;
      folded.months[monthOf(record.day)].add(record);
      ++added;
    }
    folded.counted.insert(record.id);
    result.removed.push_back(i);
  }
  result.folded = std::move(folded);
  return result;
}

}  // namespace limber
