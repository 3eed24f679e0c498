// History: one record per break outcome, and the compact form old records are
// folded into so that years of use stay small (see folding.h).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "limber/vocabulary.h"

namespace limber {

// Version 2 records name the device they were made on; version 1 records are read as they are.
constexpr int kHistoryVersion = 2;

struct HistoryRecord {
  std::string id;
  std::int64_t start = 0;  // UTC milliseconds
  std::int64_t end = 0;
  std::string day;  // the user's local calendar day when the break ended: "2026-11-22"
  Outcome outcome = Outcome::Completed;
  std::vector<std::string> exercises;  // ids of the exercises done
  std::vector<std::string> packs;      // ids of their packs
  std::string device;                  // the id of the device it was made on; "" when not known
};

// Every count (outcomes on a day, in total, of one exercise) stays at most
// kMaxCount, and every sum of time at most kMaxSeconds: sums stop there instead
// of wrapping, and readers refuse more, so a hostile backup cannot overflow one.
constexpr int kMaxCount = 1 << 30;
// One break counts as at most a day of time moved, however far apart its start and end are.
constexpr std::int64_t kMaxBreakSeconds = 24 * 60 * 60;
constexpr std::int64_t kMaxSeconds = kMaxCount * kMaxBreakSeconds;
// a + b, at most kMaxCount (b >= 0).
int addCount(int a, std::int64_t b);

// "2026-11-22" and a real calendar date.
bool isCalendarDay(std::string_view text);

// Whether a record's time counts as time moved (completed and partial breaks).
bool isMovement(Outcome outcome);

// One local day's outcomes, counted.
struct DayTotals {
  int completed = 0;
  int partial = 0;
  int skipped = 0;
  int snoozed = 0;
  int natural = 0;
  std::int64_t seconds = 0;  // time moved
  int micro = 0;             // micro-breaks: counted apart, never toward the goal or time moved

  void add(const HistoryRecord& record);
  void add(const DayTotals& other);
  // Takes other's counts away, none below zero.
  void subtract(const DayTotals& other);
};

// A calendar month of history folded into totals: per day, per exercise, per pack.
struct FoldedMonth {
  std::map<int, DayTotals> days;  // day of the month -> totals
  std::map<std::string, int> exercises;
  std::map<std::string, int> packs;

  void add(const HistoryRecord& record);
  // Takes a record, or another month's totals, out again (an import undone); none below zero.
  void subtract(const HistoryRecord& record);
  void subtract(const FoldedMonth& other);
  int completed() const;
};

// Every folded month, by "2026-11", and the ids of raw records the months count
// already: a fold stores the months before it removes the records it folded, so
// a fold cut short leaves records that are known, by id, to be counted.
struct Folded {
  std::map<std::string, FoldedMonth> months;
  std::set<std::string> counted;

  bool counts(const HistoryRecord& record) const { return counted.count(record.id) > 0; }
};

}  // namespace limber
