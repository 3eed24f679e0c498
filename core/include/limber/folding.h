// Folding: a calendar month whose last day is more than 90 days ago is folded
// into totals (per day, per exercise, per pack), so ten years of use stay small.
// Whole months fold at once, so a month is either raw or folded: a raw record
// whose month is folded is counted already, and is dropped, never counted twice.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "limber/clock.h"
#include "limber/history.h"

namespace limber {

constexpr int kRawDays = 90;

// "2026-11" for "2026-11-22".
std::string monthOf(const std::string& day);
bool isFolded(const Folded& folded, const std::string& day);

struct FoldResult {
  Folded folded;
  std::vector<std::size_t> removed;  // indexes of records now held in `folded`
};

FoldResult fold(const std::vector<HistoryRecord>& records, Folded folded, const Moment& now);

}  // namespace limber
