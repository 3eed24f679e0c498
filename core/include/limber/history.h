// History: one record per break outcome, and the stats the new tab and the
// options page show from them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "limber/problem.h"
#include "limber/vocabulary.h"

namespace limber {

constexpr int kHistoryVersion = 1;

struct HistoryRecord {
  std::string id;
  std::int64_t start = 0;  // UTC milliseconds
  std::int64_t end = 0;
  std::string day;  // the user's local calendar day when the break ended: "2026-11-22"
  Outcome outcome = Outcome::Completed;
  std::vector<std::string> exercises;  // ids of the exercises done
  std::vector<std::string> packs;      // ids of their packs
};

// "2026-11-22" and a real calendar date.
bool isCalendarDay(std::string_view text);

struct Stats {
  int breaksToday = 0;   // completed breaks on the given local day
  int secondsToday = 0;  // time spent moving that day, partial breaks included
};

Stats computeStats(const std::vector<HistoryRecord>& history, const std::string& today);

}  // namespace limber
