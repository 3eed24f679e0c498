#include "limber/backup.h"

#include <set>

#include "limber/folding.h"

namespace limber {

Merge mergeBackup(const Backup& backup, const std::vector<HistoryRecord>& stored, const Folded& storedFolded) {
  Merge merge;
  merge.folded = storedFolded;
  std::set<std::string> ids;
  std::set<std::string> monthsHere;
  for (const HistoryRecord& record : stored) {
    ids.insert(record.id);
    monthsHere.insert(monthOf(record.day));
  }
  for (const auto& [month, totals] : storedFolded.months) monthsHere.insert(month);

  for (const auto& [month, totals] : backup.folded.months) {
    if (monthsHere.count(month) == 0) merge.folded.months[month] = totals;
  }
  for (const HistoryRecord& record : backup.records) {
    if (isFolded(merge.folded, record.day) || !ids.insert(record.id).second) {
      ++merge.alreadyThere;
      continue;
    }
    merge.added.push_back(record);
  }
  return merge;
}

}  // namespace limber
