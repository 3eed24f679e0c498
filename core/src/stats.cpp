#include "limber/stats.h"

#include <algorithm>

#include "limber/folding.h"

namespace limber {

namespace {
using DayMap = std::map<std::int64_t, DayTotals>;  // day number -> totals

void addRaw(DayMap& days, const std::vector<HistoryRecord>& records, const Folded& folded) {
  for (const HistoryRecord& record : records) {
    if (!isFolded(folded, record.day)) days[dayNumber(record.day)].add(record);
  }
}

void addFolded(DayMap& days, const Folded& folded) {
  for (const auto& [month, totals] : folded.months) {
    const std::int64_t first = dayNumber(month + "-01");
    for (const auto& [dayOfMonth, day] : totals.days) days[first + dayOfMonth - 1].add(day);
  }
}

std::vector<Count> ranked(const std::map<std::string, int>& counts) {
  std::vector<Count> out;
  for (const auto& [id, count] : counts) out.push_back({id, count});
  std::stable_sort(out.begin(), out.end(), [](const Count& a, const Count& b) { return a.count > b.count; });
  return out;
}

DayTotals sumRange(const DayMap& days, std::int64_t from, std::int64_t to) {
  DayTotals sum;
  for (auto it = days.lower_bound(from); it != days.end() && it->first <= to; ++it) sum.add(it->second);
  return sum;
}
}  // namespace

Stats computeStats(const StatsInput& input) {
  DayMap local;
  addRaw(local, input.records, input.folded);
  addFolded(local, input.folded);
  // Other devices' summaries cover recent days only: they count toward today,
  // the streaks and the recent days, not toward all-time totals.
  DayMap days = local;
  for (const DeviceDays& device : input.otherDevices) {
    for (const auto& [day, totals] : device) days[dayNumber(day)].add(totals);
  }

  Stats stats;
  const std::int64_t today = input.now.localDayNumber();
  stats.goal = input.settings.dailyGoal;
  if (const auto found = days.find(today); found != days.end()) stats.today = found->second;
  stats.last7 = sumRange(days, today - 6, today);
  stats.last30 = sumRange(days, today - 29, today);
  for (std::int64_t day = today - 29; day <= today; ++day) {
    const auto found = days.find(day);
    stats.days.push_back({dayName(day), found == days.end() ? 0 : found->second.completed,
                          found == days.end() ? 0 : found->second.seconds});
  }
  for (const auto& [day, totals] : local) stats.total.add(totals);

  // Streaks count working days; other days neither extend nor break them, and
  // today only extends one (it is not over yet).
  const auto working = [&](std::int64_t day) {
    const auto& list = input.settings.workDays;
    return std::find(list.begin(), list.end(), weekdayOf(day)) != list.end();
  };
  const auto completedOn = [&](std::int64_t day) {
    const auto found = days.find(day);
    return found != days.end() && found->second.completed > 0;
  };
  if (!days.empty()) {
    const std::int64_t first = days.begin()->first;
    int run = 0;
    for (std::int64_t day = first; day <= today; ++day) {
      if (!working(day)) continue;
      if (completedOn(day)) {
        stats.longestStreak = std::max(stats.longestStreak, ++run);
      } else if (day != today) {
        run = 0;
      }
    }
    stats.currentStreak = run;
  }

  std::map<std::string, int> exercises;
  std::map<std::string, int> packs;
  for (const HistoryRecord& record : input.records) {
    if (isFolded(input.folded, record.day) || !isMovement(record.outcome)) continue;
    for (const std::string& id : record.exercises) exercises[id] += 1;
    for (const std::string& id : record.packs) packs[id] += 1;
  }
  for (const auto& [month, totals] : input.folded.months) {
    for (const auto& [id, count] : totals.exercises) exercises[id] += count;
    for (const auto& [id, count] : totals.packs) packs[id] += count;
  }
  stats.exercises = ranked(exercises);
  stats.packs = ranked(packs);
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

}  // namespace limber
