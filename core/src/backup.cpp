#include "limber/backup.h"

#include <map>
#include <set>

#include "limber/folding.h"

namespace limber {

namespace {
bool same(const HistoryRecord& a, const HistoryRecord& b) {
  return a.start == b.start && a.end == b.end && a.day == b.day && a.outcome == b.outcome &&
         a.exercises == b.exercises && a.packs == b.packs;
}
}  // namespace

Merge mergeBackup(const Backup& backup, const std::vector<HistoryRecord>& stored, const Folded& storedFolded) {
  Merge merge;
  merge.folded = storedFolded;
  std::map<std::string, int> byId;  // id -> index in stored
  std::set<std::string> monthsHere;
  for (std::size_t i = 0; i < stored.size(); ++i) {
    byId.emplace(stored[i].id, static_cast<int>(i));
    monthsHere.insert(monthOf(stored[i].day));
  }
  for (const auto& [month, totals] : storedFolded.months) monthsHere.insert(month);

  std::set<std::string> taken;
  for (const auto& [month, totals] : backup.folded.months) {
    if (monthsHere.count(month) > 0) {
      ++merge.monthsHere;
      continue;
    }
    merge.folded.months[month] = totals;
    merge.months.months[month] = totals;
    taken.insert(month);
    for (const auto& [day, t] : totals.days) {
      for (int count : {t.completed, t.partial, t.skipped, t.snoozed, t.natural, t.micro}) {
        merge.monthOutcomes = addCount(merge.monthOutcomes, count);
      }
    }
  }
  std::set<std::string> ids(storedFolded.counted);
  for (const HistoryRecord& record : backup.records) {
    const auto here = byId.find(record.id);
    if (here != byId.end()) {
      ++(same(stored[here->second], record) ? merge.alreadyThere : merge.conflicting);
    } else if (ids.count(record.id) > 0) {
      ++merge.alreadyThere;  // folded here and counted, its raw copy not yet removed
    } else if (taken.count(monthOf(record.day)) == 0 && isFolded(storedFolded, record.day)) {
      ++merge.onFoldedDays;
    } else {
      ids.insert(record.id);
      merge.added.push_back(record);
    }
  }
  return merge;
}

Undo undoImport(const std::vector<HistoryRecord>& stored, Folded folded, const std::vector<HistoryRecord>& added,
                const Folded& months) {
  Undo undo;
  std::map<std::string, int> raw;  // id -> index in stored
  for (std::size_t i = 0; i < stored.size(); ++i) raw.emplace(stored[i].id, static_cast<int>(i));
  for (const HistoryRecord& record : added) {
    const auto here = raw.find(record.id);
    if (here != raw.end() && !folded.counts(stored[here->second])) {
      undo.removed.push_back(static_cast<std::size_t>(here->second));
    } else if (const auto month = folded.months.find(monthOf(record.day)); month != folded.months.end()) {
      month->second.subtract(record);
      if (here != raw.end()) undo.removed.push_back(static_cast<std::size_t>(here->second));
    }
  }
  for (const auto& [name, totals] : months.months) {
    const auto month = folded.months.find(name);
    if (month != folded.months.end()) month->second.subtract(totals);
  }
  for (auto it = folded.months.begin(); it != folded.months.end();) {
    it = it->second.days.empty() ? folded.months.erase(it) : std::next(it);
  }
  undo.folded = std::move(folded);
  return undo;
}

}  // namespace limber
