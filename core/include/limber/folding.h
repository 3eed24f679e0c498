// Folding: records older than 90 days are folded into daily totals (and, per
// calendar month, into counts per exercise and per pack), so ten years of use
// stay under 1 MB. A day is either raw or folded: a raw record whose day is
// folded is counted already, and is dropped, never counted twice.
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
