// Folding: records older than 90 days are folded into daily totals (and, per
// calendar month, into counts per exercise and per pack), so ten years of use
// stay under 1 MB. A raw record counts on its own unless the folded history
// names it as counted (a fold cut short between storing the months and removing
// the records); a raw record on a day that is folded already (the clock set
// back) is added to that day when it is folded, never dropped.
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

// At most this many records are folded by one call, so that the list of ids
// the folded history names as counted stays small; the shell folds again until
// nothing is left to remove.
constexpr std::size_t kFoldBatch = 5000;

struct FoldResult {
  Folded folded;                     // `counted` names exactly the removed records
  std::vector<std::size_t> removed;  // indexes of records now held in `folded`
};

FoldResult fold(const std::vector<HistoryRecord>& records, Folded folded, const Moment& now);

}  // namespace limber
