#include "limber/history.h"

#include <algorithm>
#include <cctype>

namespace limber {

bool isCalendarDay(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  const auto number = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const int year = number(0, 4);
  const int month = number(5, 2);
  const int day = number(8, 2);
  if (year < 1970 || month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return day <= days[month - 1];
}

int addCount(int a, std::int64_t b) { return static_cast<int>(std::min<std::int64_t>(kMaxCount, a + b)); }

bool isMovement(Outcome outcome) { return outcome == Outcome::Completed || outcome == Outcome::Partial; }

void DayTotals::add(const HistoryRecord& record) {
  DayTotals one;
  int* counts[] = {&one.completed, &one.partial, &one.skipped, &one.snoozed, &one.natural, &one.micro};
  *counts[static_cast<int>(record.outcome)] = 1;
  if (isMovement(record.outcome)) one.seconds = std::min(kMaxBreakSeconds, (record.end - record.start) / 1000);
  add(one);
}

void DayTotals::add(const DayTotals& other) {
  completed = addCount(completed, other.completed);
  partial = addCount(partial, other.partial);
  skipped = addCount(skipped, other.skipped);
  snoozed = addCount(snoozed, other.snoozed);
  natural = addCount(natural, other.natural);
  micro = addCount(micro, other.micro);
  seconds = std::min(kMaxSeconds, seconds + other.seconds);
}

void DayTotals::subtract(const DayTotals& other) {
  const auto less = [](auto& value, auto by) { value = value > by ? value - by : 0; };
  less(completed, other.completed);
  less(partial, other.partial);
  less(skipped, other.skipped);
  less(snoozed, other.snoozed);
  less(natural, other.natural);
  less(micro, other.micro);
  less(seconds, other.seconds);
}

void FoldedMonth::add(const HistoryRecord& record) {
  days[(record.day[8] - '0') * 10 + (record.day[9] - '0')].add(record);
  if (!isMovement(record.outcome)) return;
  for (const std::string& id : record.exercises) exercises[id] = addCount(exercises[id], 1);
  for (const std::string& id : record.packs) packs[id] = addCount(packs[id], 1);
}

namespace {
void lessCounts(std::map<std::string, int>& counts, const std::string& id, int by) {
  const auto found = counts.find(id);
  if (found == counts.end()) return;
  found->second -= by;
  if (found->second <= 0) counts.erase(found);
}
}  // namespace

void FoldedMonth::subtract(const HistoryRecord& record) {
  FoldedMonth one;
  one.add(record);
  subtract(one);
}

void FoldedMonth::subtract(const FoldedMonth& other) {
  for (const auto& [day, totals] : other.days) {
    const auto found = days.find(day);
    if (found == days.end()) continue;
    found->second.subtract(totals);
    const DayTotals& left = found->second;
    if (left.completed + left.partial + left.skipped + left.snoozed + left.natural + left.micro == 0) days.erase(found);
  }
  for (const auto& [id, count] : other.exercises) lessCounts(exercises, id, count);
  for (const auto& [id, count] : other.packs) lessCounts(packs, id, count);
}

int FoldedMonth::completed() const {
  int total = 0;
  for (const auto& [day, totals] : days) total = addCount(total, totals.completed);
  return total;
}

}  // namespace limber
