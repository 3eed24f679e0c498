// Internal: one call's request from the shell. Stored values inside it (settings,
// rotation, schedule state) are read forgivingly and their problems reported;
// the call's own fields are read strictly and make the call fail when wrong.
#pragma once

#include <optional>
#include <string>

#include "bulk_readers.h"
#include "codec.h"
#include "json_reader.h"

namespace limber {

// {"error": [problems]}: the answer of a call that is refused.
std::string refusal(const Problems& problems);

class Request {
 public:
  Request(const std::string& text, std::string call, std::vector<std::string_view> fields);

  // Set when the request is not an object or one of its own fields is wrong.
  bool failed() const { return !wrong_.empty(); }
  std::string errorJson() const;

  Settings settings();
  // The request's "rotation", moved out (as folded() is): asked once per request.
  Rotation rotation();
  // The request's "history", when every record in it was readable (read without
  // a document); nullptr otherwise: then read member("history") record by record.
  std::vector<HistoryRecord>* records() { return records_ ? &records_->records : nullptr; }
  // The request's "folded" months; unreadable ones are reported and left out.
  Folded folded(Problems& problems);
  // The stored state, with times after now (a clock that ran fast) settled to now.
  ScheduleState state(const Settings& settings, const std::optional<Moment>& now);
  Preference preference(const Settings& settings, const std::optional<Moment>& now);
  std::optional<Moment> now(Need need);
  std::string text(std::string_view key, Need need);
  std::vector<std::string> ids(std::string_view key);
  std::optional<long long> number(std::string_view key, Need need, long long min, long long max, Expected expected);
  std::optional<bool> flag(std::string_view key);
  const json& member(std::string_view key) const;
  void fail(Problem problem) { wrong_.push_back(std::move(problem)); }

  // Problems with stored values, reported alongside the answer.
  const Problems& notes() const { return notes_; }

 private:
  json document_;
  // The bulk members, read without a document when they are of the usual shape.
  std::optional<RotationReader> rotation_;
  std::optional<HistoryReader> records_;
  std::optional<FoldedReader> folded_;
  std::string call_;
  Problems wrong_;
  Problems notes_;
  std::optional<ObjectReader> reader_;
};

}  // namespace limber
