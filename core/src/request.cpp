#include "request.h"

#include <algorithm>

namespace limber {

std::string refusal(const Problems& problems) { return dumpJson({{"error", toJson(problems)}}); }

namespace {
bool has(const std::vector<std::string_view>& fields, std::string_view field) {
  return std::find(fields.begin(), fields.end(), field) != fields.end();
}
}  // namespace

Request::Request(const std::string& text, std::string call, std::vector<std::string_view> fields)
    : call_(std::move(call)) {
  // A rotation has an entry per exercise and a history a record per break: read
  // straight into the core's structs, they cost a fraction of their document.
  std::vector<Capture> captures;
  if (has(fields, "rotation")) captures.push_back({"rotation", &rotation_.emplace()});
  if (has(fields, "history")) captures.push_back({"history", &records_.emplace()});
  if (has(fields, "folded")) captures.push_back({"folded", &folded_.emplace()});
  bool gaveUp = false;
  document_ = parseJson(text, captures, gaveUp);
  // One not there is not in the document either, whose readers take that as before.
  const auto found = [&](std::string_view key) {
    return !gaveUp &&
           std::any_of(captures.begin(), captures.end(), [&](const Capture& c) { return c.key == key && c.found; });
  };
  if (!found("rotation")) rotation_.reset();
  if (!found("history")) records_.reset();
  if (!found("folded")) folded_.reset();
  // One not of the usual shape: the document, whose readers say what is wrong.
  if (gaveUp) document_ = parseJson(text);
  if (document_.is_discarded() || !document_.is_object()) {
    wrong_.push_back(document_.is_discarded() ? problemAt(call_, Issue::NotJson)
                                              : wrongValue(call_, expect(Expected::Object), document_));
    document_ = json::object();
    return;
  }
  reader_.emplace(document_, call_, wrong_, std::move(fields));
}

std::string Request::errorJson() const { return refusal(wrong_); }

const json& Request::member(std::string_view key) const {
  static const json null;
  const auto found = document_.find(key);
  return found == document_.end() ? null : *found;
}

Settings Request::settings() {
  const json& value = member("settings");
  if (value.is_null()) return Settings{};
  SettingsRead read = readSettingsValue(value);
  notes_.insert(notes_.end(), read.problems.begin(), read.problems.end());
  return read.settings;
}

// Moved, not copied: a copy cost an allocation per exercise on every plan.
Rotation Request::rotation() {
  return rotation_ ? std::move(rotation_->rotation) : readRotation(member("rotation"), notes_);
}

Folded Request::folded(Problems& problems) {
  return folded_ ? std::move(folded_->folded) : readFolded(member("folded"), "folded", problems);
}

ScheduleState Request::state(const Settings& settings, const std::optional<Moment>& now) {
  const ScheduleState state = readScheduleState(member("state"), notes_);
  return now ? settle(state, settings, *now) : state;
}

Preference Request::preference(const Settings& settings, const std::optional<Moment>& now) {
  Preference preference;
  preference.focusAreas = settings.focusAreas;
  if (now) preference.timeOfDay = timeOfDayAt(now->minuteOfDay());
  preference.seed =
      static_cast<std::uint32_t>(number("seed", Need::Optional, 0, 0xFFFFFFFFLL, Expected::WholeNumber).value_or(0));
  return preference;
}

std::optional<Moment> Request::now(Need need) {
  const json& value = member("now");
  if (value.is_null()) {
    if (need == Need::Required) fail({call_ + ".now", Issue::Missing, expect(Expected::Moment), {}, {}});
    return std::nullopt;
  }
  return readMoment(value, call_ + ".now", wrong_);
}

std::string Request::text(std::string_view key, Need need) { return reader_ ? reader_->text(key, need, 64) : ""; }

std::vector<std::string> Request::ids(std::string_view key) {
  return reader_ ? reader_->texts(key, Need::Required, 0, 200, 64) : std::vector<std::string>{};
}

std::optional<long long> Request::number(std::string_view key, Need need, long long min, long long max,
                                         Expected expected) {
  return reader_ ? reader_->wholeNumber(key, need, min, max, expected) : std::nullopt;
}

std::optional<bool> Request::flag(std::string_view key) {
  return reader_ ? reader_->flag(key, Need::Required) : std::nullopt;
}

}  // namespace limber
