#include "limber/stats.h"

#include <algorithm>

#include "limber/folding.h"

namespace limber {

namespace {
using DayMap = std::map<std::int64_t, DayTotals>;  // day number -> totals

void addRaw(DayMap& days, const std::vector<HistoryRecord>& records, const Folded& folded) {
  for (const HistoryRecord& record : records) {
    if (!folded.counts(record)) days[dayNumber(record.day)].add(record);
  }
}

void addFolded(DayMap& days, const Folded& folded) {
  for (const auto& [month, totals] : folded.months) {
    const std::int64_t first = dayNumber(month + "-01");
    for (const auto& [dayOfMonth, day] : totals.days) days[first + dayOfMonth - 1].add(day);
  }
}

// Adds sorted counts to sorted counts in one pass over both: ten years of
// months each naming most exercises would otherwise search the map for each.
void addCounts(std::map<std::string, int>& into, const std::map<std::string, int>& counts) {
  auto at = into.begin();
  for (const auto& [id, count] : counts) {
    while (at != into.end() && at->first < id) ++at;
    if (at == into.end() || id < at->first) at = into.emplace_hint(at, id, 0);
    at->second = addCount(at->second, count);
  }
}

std::vector<Count> ranked(const std::map<std::string, int>& counts) {
  std::vector<Count> out;
  for (const auto& [id, count] : counts) out.push_back({id, count});
  // Ties in the order of their ids, as the map gave them; std::sort with the id
  // as tie-break, not std::stable_sort: its merging weighed 1.4 KB of the gzipped wasm.
  std::sort(out.begin(), out.end(),
            [](const Count& a, const Count& b) { return a.count != b.count ? a.count > b.count : a.id < b.id; });
  return out;
}

}  // namespace

HistoryIndex::HistoryIndex(const std::vector<HistoryRecord>& records, const Folded& folded) {
  addRaw(days_, records, folded);
  for (const HistoryRecord& record : records) {
    if (!record.device.empty() && !folded.counts(record)) byDevice_[record.device + ' ' + record.day].add(record);
  }
  addFolded(days_, folded);
  for (const auto& [day, totals] : days_) total_.add(totals);
  std::map<std::string, int> exercises;
  std::map<std::string, int> packs;
  for (const HistoryRecord& record : records) {
    if (folded.counts(record) || !isMovement(record.outcome)) continue;
    for (const std::string& id : record.exercises) {
      int& count = exercises[id];
      count = addCount(count, 1);
    }
    for (const std::string& id : record.packs) {
      int& count = packs[id];
      count = addCount(count, 1);
    }
  }
  for (const auto& [month, totals] : folded.months) {
    addCounts(exercises, totals.exercises);
    addCounts(packs, totals.packs);
  }
  exercises_ = ranked(exercises);
  packs_ = ranked(packs);
}

const DayTotals* HistoryIndex::fromDevice(const std::string& device, const std::string& day) const {
  const auto found = byDevice_.find(device + ' ' + day);
  return found == byDevice_.end() ? nullptr : &found->second;
}

Stats computeStats(const StatsInput& input) {
  return computeStats(HistoryIndex(input.records, input.folded), input.otherDevices, input.settings, input.now);
}

Stats computeStats(const HistoryIndex& index, const std::vector<DeviceSummary>& otherDevices, const Settings& settings,
                   const Moment& now) {
  const DayMap& local = index.days();
  // Other devices' summaries cover recent days only: they count toward today,
  // the streaks and the recent days, not toward all-time totals.
  DayMap recent;
  for (const DeviceSummary& device : otherDevices) {
    for (const auto& [day, totals] : device.days) {
      DayTotals beyond = totals;
      if (const DayTotals* here = index.fromDevice(device.device, day)) beyond.subtract(*here);
      recent[dayNumber(day)].add(beyond);
    }
  }
  const auto on = [&](std::int64_t day) {
    DayTotals totals;
    if (const auto found = local.find(day); found != local.end()) totals.add(found->second);
    if (const auto found = recent.find(day); found != recent.end()) totals.add(found->second);
    return totals;
  };

  Stats stats;
  const std::int64_t today = now.localDayNumber();
  stats.goal = settings.dailyGoal;
  stats.today = on(today);
  for (std::int64_t day = today - 29; day <= today; ++day) {
    const DayTotals totals = on(day);
    if (day > today - 7) stats.last7.add(totals);
    stats.last30.add(totals);
    stats.days.push_back({dayName(day), totals.completed, totals.partial, totals.skipped, totals.seconds});
  }
  stats.total = index.total();

  // Streaks count working days; other days neither extend nor break them, and
  // today only extends one (it is not over yet).
  bool working[7] = {};
  for (Weekday day : settings.workDays) working[static_cast<int>(day)] = true;
  std::int64_t first = today;
  if (!local.empty()) first = std::min(first, local.begin()->first);
  if (!recent.empty()) first = std::min(first, recent.begin()->first);
  // Walk the days in order, stepping through both maps instead of looking each up.
  auto localIt = local.lower_bound(first);
  auto recentIt = recent.lower_bound(first);
  int run = 0;
  for (std::int64_t day = first; day <= today; ++day) {
    while (localIt != local.end() && localIt->first < day) ++localIt;
    while (recentIt != recent.end() && recentIt->first < day) ++recentIt;
    if (!working[static_cast<int>(weekdayOf(day))]) continue;
    const bool done = (localIt != local.end() && localIt->first == day && localIt->second.completed > 0) ||
                      (recentIt != recent.end() && recentIt->first == day && recentIt->second.completed > 0);
    if (done) {
      stats.longestStreak = std::max(stats.longestStreak, ++run);
    } else if (day != today) {
      run = 0;
    }
  }
  stats.currentStreak = run;
  stats.exercises = index.exercises();
  stats.packs = index.packs();
  return stats;
}

DeviceDays summarize(const std::vector<HistoryRecord>& records, const Folded& folded, const Moment& now, int count) {
  DayMap days;
  addRaw(days, records, folded);
  addFolded(days, folded);
  DeviceDays out;
  const std::int64_t today = now.localDayNumber();
  for (auto it = days.lower_bound(today - count + 1); it != days.end() && it->first <= today; ++it) {
    out[dayName(it->first)] = it->second;
  }
  return out;
}

std::vector<std::size_t> staleSummaries(const std::vector<DeviceSummary>& summaries, const Moment& now, int days,
                                        std::size_t keep) {
  std::vector<std::size_t> stale;
  for (std::size_t i = 0; i < summaries.size(); ++i) {
    // Its rank among the summaries by when they were written, newest first (ties by order).
    std::size_t newer = 0;
    for (std::size_t j = 0; j < summaries.size(); ++j) {
      const bool before =
          summaries[j].updated > summaries[i].updated || (summaries[j].updated == summaries[i].updated && j < i);
      newer += before ? 1 : 0;
    }
    if (newer >= keep || summaries[i].updated < now.utc - days * kDayMs) stale.push_back(i);
  }
  return stale;
}

}  // namespace limber
