// Stats: what the new tab and the options page show of the history: today
// against the daily goal, streaks in the user's local days, the last 7 and 30
// days, totals, and the most done exercises and packs. The same whether records
// are raw or folded, and with breaks from the user's other devices counted.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "limber/clock.h"
#include "limber/history.h"
#include "limber/settings.h"

namespace limber {

// A device's breaks per local day.
using DeviceDays = std::map<std::string, DayTotals>;

// Another device's summary from chrome.storage.sync: its id, when it wrote it, its days.
struct DeviceSummary {
  std::string device;
  std::int64_t updated = 0;  // UTC ms
  DeviceDays days;
};

struct StatsInput {
  std::vector<HistoryRecord> records;  // raw records (those in folded months are already counted there)
  Folded folded;
  std::vector<DeviceSummary> otherDevices;
  Settings settings;  // working days and the daily goal
  Moment now;
};

struct Count {
  std::string id;
  int count = 0;
};

struct DayPoint {
  std::string day;
  int completed = 0;
  int partial = 0;  // ended early
  int skipped = 0;
  std::int64_t seconds = 0;
};

struct Stats {
  DayTotals today;  // this device and the others
  int goal = 0;
  int currentStreak = 0;  // working days in a row with a completed break, up to today
  int longestStreak = 0;
  DayTotals last7;               // today and the six days before
  DayTotals last30;              // today and the 29 days before
  std::vector<DayPoint> days;    // the last 30 days, oldest first
  DayTotals total;               // every day on record
  std::vector<Count> exercises;  // most done first (completed and partial breaks, this device)
  std::vector<Count> packs;
};

// A history read once and summed by day, per exercise and per pack, so that
// each stats call afterwards costs microseconds whatever the history's length.
class HistoryIndex {
 public:
  HistoryIndex() = default;
  HistoryIndex(const std::vector<HistoryRecord>& records, const Folded& folded);

  const std::map<std::int64_t, DayTotals>& days() const { return days_; }  // day number -> totals
  const std::vector<Count>& exercises() const { return exercises_; }       // most done first
  const std::vector<Count>& packs() const { return packs_; }
  const DayTotals& total() const { return total_; }
  // The raw records of one device on one day ("2026-11-22"), or nullptr when there are none.
  const DayTotals* fromDevice(const std::string& device, const std::string& day) const;

 private:
  DeviceDays byDevice_;  // "<device> <day>" -> totals
  std::map<std::int64_t, DayTotals> days_;
  std::vector<Count> exercises_;
  std::vector<Count> packs_;
  DayTotals total_;
};

// A device's summary counts on a day only beyond what this history holds of that
// device's own records that day (imported from it, say), so nothing counts twice.
Stats computeStats(const HistoryIndex& index, const std::vector<DeviceSummary>& otherDevices, const Settings& settings,
                   const Moment& now);

// The summaries that can go from sync: those not written for `days` days (they
// count on no day that matters any more), and beyond the `keep` most recently written.
std::vector<std::size_t> staleSummaries(const std::vector<DeviceSummary>& summaries, const Moment& now, int days,
                                        std::size_t keep);
Stats computeStats(const StatsInput& input);

// The per-day totals of this device's history (raw and folded), for its summary
// in sync: the last `days` days up to now.
DeviceDays summarize(const std::vector<HistoryRecord>& records, const Folded& folded, const Moment& now, int days);

}  // namespace limber
