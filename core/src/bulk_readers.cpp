#include "bulk_readers.h"

#include <algorithm>
#include <map>

namespace limber {

namespace {
constexpr std::uint64_t kMaxTime = 1ULL << 52;

// A text codec.cpp's readers take: 1 to most characters.
bool fits(const std::string& text, std::size_t most) {
  const auto length = static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  return length > 0 && length <= most;
}

// The index of name among names, or -1; each field may come once (bit i of present).
int fieldOf(const std::string& name, std::initializer_list<std::string_view> names, unsigned& present) {
  int i = 0;
  for (std::string_view candidate : names) {
    if (candidate == name) {
      if ((present & (1U << i)) != 0) return -1;
      present |= 1U << i;
      return i;
    }
    ++i;
  }
  return -1;
}
}  // namespace

// {"version": 2, "clock": n, "seen": {id: [count, at]}}, as readRotation reads it.
enum RotationField { kVersion, kClock, kSeen };

bool RotationReader::key(std::string& name) {
  if (depth_ == 1) return (field_ = fieldOf(name, {"version", "clock", "seen"}, present_)) >= 0;
  if (depth_ != 2) return false;
  id_ = std::move(name);
  return true;
}

bool RotationReader::number(std::uint64_t value) {
  if (depth_ == 3 && item_ < 2) {
    entry_[item_++] = value;
    return item_ > 1 || value < (1ULL << 31);
  }
  if (depth_ != 1 || field_ == kSeen) return false;
  if (field_ == kVersion) return value == 2;
  rotation.clock = value;
  return value <= kMaxTime;
}

bool RotationReader::open(bool array) {
  if (depth_ == 0 && !array) return ++depth_;
  if (depth_ == 1 && !array && field_ == kSeen) return ++depth_;
  if (depth_ != 2 || !array) return false;
  item_ = 0;
  return ++depth_;
}

bool RotationReader::close() {
  if (depth_ == 3) {
    --depth_;
    // The entries are written in the order of their ids, so each goes at the
    // end: hinted there, it costs no search. One already there is a repeat.
    if (item_ != 2) return false;
    const std::size_t before = rotation.seen.size();
    rotation.seen.emplace_hint(rotation.seen.end(), std::move(id_),
                               Seen{static_cast<std::uint32_t>(entry_[0]), entry_[1]});
    return rotation.seen.size() > before;
  }
  if (--depth_ > 0) return true;
  // Every entry seen no later than the clock says now.
  return present_ == 7 && std::all_of(rotation.seen.begin(), rotation.seen.end(),
                                      [&](const auto& entry) { return entry.second.at <= rotation.clock; });
}

// Records as readRecord reads them: every field but the device required.
enum RecordField { kRecordVersion, kId, kStart, kEnd, kDay, kOutcome, kExercises, kPacks, kDevice };
constexpr unsigned kRequiredFields = (1U << kDevice) - 1;

bool HistoryReader::open(bool array) {
  if (depth_ == 0 && array) return ++depth_;
  if (depth_ == 1 && !array) {
    records.emplace_back();
    present_ = 0;
    return ++depth_;
  }
  return depth_ == 2 && array && (field_ == kExercises || field_ == kPacks) && ++depth_;
}

bool HistoryReader::key(std::string& name) {
  return depth_ == 2 &&
         (field_ = fieldOf(name, {"version", "id", "start", "end", "day", "outcome", "exercises", "packs", "device"},
                           present_)) >= 0;
}

bool HistoryReader::number(std::uint64_t value) {
  if (depth_ != 2) return false;
  HistoryRecord& record = records.back();
  switch (field_) {
    case kRecordVersion:
      return value >= 1 && value <= kHistoryVersion;
    case kStart:
      record.start = static_cast<std::int64_t>(value);
      return value <= kMaxTime;
    case kEnd:
      record.end = static_cast<std::int64_t>(value);
      return value <= kMaxTime;
    default:
      return false;
  }
}

bool HistoryReader::text(std::string& value) {
  if (depth_ < 2) return false;
  HistoryRecord& record = records.back();
  if (depth_ == 3) {
    std::vector<std::string>& list = field_ == kExercises ? record.exercises : record.packs;
    if (!fits(value, 64) || list.size() == 200) return false;
    list.push_back(std::move(value));
    return true;
  }
  if (depth_ != 2) return false;
  switch (field_) {
    case kId:
      record.id = std::move(value);
      return fits(record.id, 64);
    case kDay:
      record.day = std::move(value);
      return isCalendarDay(record.day);
    case kOutcome: {
      const auto outcome = parseName<Outcome>(value);
      record.outcome = outcome.value_or(Outcome::Completed);
      return outcome.has_value();
    }
    case kDevice:
      record.device = std::move(value);
      return fits(record.device, 64);
    default:
      return false;
  }
}

bool HistoryReader::close() {
  if (depth_-- != 2) return true;
  const HistoryRecord& record = records.back();
  return (present_ & kRequiredFields) == kRequiredFields && record.end >= record.start;
}

// {"version": 1, "ids": [...], "counted": [...], "months": {"2026-11": {"days": {"22": [counts]},
// "exercises": [index, count, ...], "packs": [...]}}}, as readFolded reads it, the ids before the months.
enum FoldedField { kFoldedVersion, kIds, kCounted, kMonths };
enum MonthField { kDays, kMonthExercises, kMonthPacks };

bool FoldedReader::key(std::string& name) {
  switch (depth_) {
    case 1:
      return (field_ = fieldOf(name, {"version", "ids", "counted", "months"}, present_)) >= 0;
    case 2:  // a month
      if (!isCalendarDay(name + "-01") || folded.months.count(name) > 0) return false;
      month_ = std::move(name);
      current_ = FoldedMonth();
      monthPresent_ = 0;
      return true;
    case 3:
      return (monthField_ = fieldOf(name, {"days", "exercises", "packs"}, monthPresent_)) >= 0;
    case 4: {  // a day of the month, "1" to "31" (or "01")
      if (monthField_ != kDays || name.empty() || name.size() > 2 ||
          !std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return false;
      }
      day_ = name.size() == 1 ? name[0] - '0' : (name[0] - '0') * 10 + (name[1] - '0');
      const char text[3] = {static_cast<char>('0' + day_ / 10), static_cast<char>('0' + day_ % 10), 0};
      return isCalendarDay(month_ + "-" + text) && current_.days.count(day_) == 0;
    }
    default:
      return false;
  }
}

bool FoldedReader::open(bool array) {
  switch (depth_) {
    case 0:
      return !array && ++depth_;
    case 1:
      // The counts of each month name ids by their index: the ids come first.
      if (field_ == kMonths) return !array && (present_ & (1U << kIds)) != 0 && ++depth_;
      return array && (field_ == kIds || field_ == kCounted) && ++depth_;
    case 2:
      return field_ == kMonths && !array && ++depth_;
    case 3:
      item_ = 0;
      return array == (monthField_ != kDays) && ++depth_;
    case 4:
      item_ = 0;
      return array && monthField_ == kDays && ++depth_;
    default:
      return false;
  }
}

bool FoldedReader::number(std::uint64_t value) {
  if (depth_ == 1) return field_ == kFoldedVersion && (version_ = value == 1);
  if (depth_ == 5) {  // a day's counts, as readDayTotals takes them
    if (item_ == 7 || value > (item_ == 5 ? static_cast<std::uint64_t>(kMaxSeconds) : kMaxCount)) return false;
    totals_[item_++] = value;
    return true;
  }
  if (depth_ != 4 || monthField_ == kDays) return false;
  if (item_++ % 2 == 0) {
    at_ = value;
    return value < ids_.size();
  }
  if (value > kMaxCount) return false;
  // The ids are sorted and each month's counts come in their order, so each
  // count goes at the end of its map: hinted there, it costs no search.
  std::map<std::string, int>& counts = monthField_ == kMonthExercises ? current_.exercises : current_.packs;
  const auto entry = counts.emplace_hint(counts.end(), ids_[at_], 0);
  entry->second = addCount(entry->second, static_cast<std::int64_t>(value));
  return true;
}

bool FoldedReader::text(std::string& value) {
  if (depth_ != 2 || !fits(value, 64)) return false;
  if (field_ == kIds) {
    if (ids_.size() == 100000) return false;
    ids_.push_back(std::move(value));
    return true;
  }
  if (field_ != kCounted || folded.counted.size() == 100000) return false;
  folded.counted.insert(std::move(value));
  return true;
}

bool FoldedReader::close() {
  switch (depth_--) {
    case 5: {
      if (item_ < 6) return false;
      DayTotals& t = current_.days[day_];
      t.completed = static_cast<int>(totals_[0]);
      t.partial = static_cast<int>(totals_[1]);
      t.skipped = static_cast<int>(totals_[2]);
      t.snoozed = static_cast<int>(totals_[3]);
      t.natural = static_cast<int>(totals_[4]);
      t.seconds = static_cast<std::int64_t>(totals_[5]);
      t.micro = item_ == 7 ? static_cast<int>(totals_[6]) : 0;
      return true;
    }
    case 4:
      return monthField_ == kDays || item_ % 2 == 0;
    case 3:
      if (monthPresent_ != 7) return false;
      folded.months.emplace(std::move(month_), std::move(current_));
      return true;
    case 2:
      return true;
    default:  // version, ids and months are required, counted is not
      return version_ && (present_ & 0xB) == 0xB;
  }
}

}  // namespace limber
